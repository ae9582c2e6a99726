/// @file primes_cost_figures.cpp
/// @brief The cost of checking primes: trial divisions per number (9-9) and the time to check
/// every number from 1 to n (the seed's own plot).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figure_registry.h"
#include "figures/xy_figure.h"
#include "parlab/prime_check.h"
#include "parlab/sweeps.h"

#include <QCoreApplication>
#include <cmath>

namespace parlab::ui {

namespace {

class PrimeCost : public XyFigure {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("prime-cost"),
                QCoreApplication::translate("Figures", "Cost of one primality check vs n"),
                QCoreApplication::translate(
                    "Figures", "Trial divisions tried by check_prime for numbers n between 10 000 and 1 000 000 "
                               "(a sample), primes and composites in two colours."),
                QCoreApplication::translate(
                    "Figures", "Primes trace the √n/2 envelope (every odd divisor up to √n is tried); composites "
                               "scatter below it — the cost of an item cannot be known before checking it."),
                QStringLiteral("9-9")};
    }
    QStringList settings() const override { return {QStringLiteral("from"), QStringLiteral("to")}; }
    bool measuresTime() const override { return false; } // trial divisions, counted
    QString paramsKey(const FigureParams& fp) const override
    {
        // The sample is the same for the quick and the book preset: quick does not apply.
        return QStringLiteral("from=%1;to=%2;points=%3")
            .arg(fp.first.value_or(kCostFirst))
            .arg(fp.last.value_or(kCostLast))
            .arg(kCostPoints);
    }
    std::optional<QString> measure(const FigureParams& fp, const CancelToken& cancel,
                                   const std::function<void(const QString&)>&) const override
    {
        const quint64 first = fp.first.value_or(kCostFirst), last = std::max(first, fp.last.value_or(kCostLast));
        Payload out;
        const std::vector<CostPoint> pts = sampleCost(first, last, kCostPoints, cancel);
        if (pts.empty())
            return std::nullopt;
        for (const CostPoint& c : pts)
            out.add(c.prime ? QStringLiteral("primes") : QStringLiteral("composites"), static_cast<double>(c.n),
                    static_cast<double>(c.divisions));
        for (int i = 0; i <= 50; ++i) {
            const double n = first + (last - first) * i / 50.0;
            out.add(QStringLiteral("√n / 2"), n, std::sqrt(n) / 2);
        }
        return out.text();
    }

  protected:
    XySpec spec() const override
    {
        return XySpec::of(info().title, QStringLiteral("n"),
                          QCoreApplication::translate("Figures", "trial divisions per check"), [](const QString& n) {
                              return n.startsWith(QLatin1String("√")) ? XySpec::Style::line : XySpec::Style::points;
                          });
    }
};

class PrimesToN : public XyFigure {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("primes-to-n"),
                QCoreApplication::translate("Figures", "Time to check all primes from 1 to n"),
                QCoreApplication::translate(
                    "Figures", "For each n, the time one worker takes to check every number from 1 to n — the "
                               "seed's own plot, measured here."),
                QCoreApplication::translate(
                    "Figures", "The curve bends upwards: bigger numbers cost more (√n divisions for a prime), so "
                               "the total grows faster than n."),
                QString()};
    }
    QStringList settings() const override { return {QStringLiteral("to")}; }
    QString paramsKey(const FigureParams& fp) const override
    {
        return QStringLiteral("to=%1;steps=%2").arg(fp.last.value_or(kToNLast)).arg(kToNSteps);
    }
    std::optional<QString> measure(const FigureParams& fp, const CancelToken& cancel,
                                   const std::function<void(const QString&)>& partial) const override
    {
        const quint64 last = fp.last.value_or(kToNLast);
        Payload out;
        const bool done = timeToN(last, kToNSteps, cancel, [&](std::uint64_t n, double seconds) {
            out.add(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "prime check time")), static_cast<double>(n),
                    seconds);
            partial(out.text());
        });
        if (!done)
            return std::nullopt;
        return out.text();
    }

  protected:
    XySpec spec() const override
    {
        return XySpec::of(info().title, QStringLiteral("n"), QCoreApplication::translate("Figures", "time (s)"),
                          [](const QString&) { return XySpec::Style::line; });
    }
};

} // namespace

void registerPrimesCostFigures(FigureList& list)
{
    list.push_back(std::make_unique<PrimeCost>());
    list.push_back(std::make_unique<PrimesToN>());
}

} // namespace parlab::ui
