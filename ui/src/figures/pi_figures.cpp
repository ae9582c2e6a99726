/// @file pi_figures.cpp
/// @brief time-vs-workers and speedup (figs 9-2/9-8): π on every backend at 1…K workers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "book_results.h"
#include "figure_registry.h"
#include "measure.h"
#include "parlab/machine.h"
#include "xy_figure.h"

#include <cmath>
#include <limits>

namespace parlab::ui {

namespace {

QString backendLabel(Backend b)
{
    return QString::fromLatin1(name(b).data(), static_cast<int>(name(b).size()));
}

struct WorkersSweep {
    int maxWorkers;
    quint64 samples;
};

WorkersSweep sweepOf(const FigureParams& p)
{
    return {p.workers.value_or(p.quick ? 4 : 10), p.samples.value_or(p.quick ? 100'000'000ULL : 1'000'000'000ULL)};
}

QString sweepKey(const FigureParams& p)
{
    const WorkersSweep s = sweepOf(p);
    return QStringLiteral("pi;kernel=scalar;seed=1;samples=%1;workers=1..%2").arg(s.samples).arg(s.maxWorkers);
}

// One π run (scalar kernel: the pure-Python loop's shape) per backend and worker count.
std::optional<QString> measureSweep(const FigureParams& fp, const CancelToken& cancel,
                                    const std::function<void(const QString&)>& partial)
{
    const WorkersSweep s = sweepOf(fp);
    Payload out;
    out.setFact(QStringLiteral("samples"), QString::number(s.samples));
    for (int k = 1; k <= s.maxWorkers; ++k) {
        for (Backend b : allValues<Backend>()) {
            PiParams p;
            p.samples = s.samples;
            p.workers = k;
            p.backend = b;
            p.kernel = Kernel::scalar;
            const auto t = timePi(p, cancel);
            if (!t)
                return std::nullopt;
            out.add(backendLabel(b), k, *t);
            partial(out.text());
        }
    }
    return out.text();
}

// Both π figures draw the same measurement: one sweep, cached once for each.
class PiSweepFigure : public XyFigure {
public:
    QString cacheKind() const override { return QStringLiteral("pi-workers-sweep"); }
    QStringList settings() const override { return {QStringLiteral("workers"), QStringLiteral("samples")}; }
    QString paramsKey(const FigureParams& p) const override { return sweepKey(p); }
    std::optional<QString> measure(const FigureParams& p, const CancelToken& c,
                                   const std::function<void(const QString&)>& partial) const override
    {
        return measureSweep(p, c, partial);
    }
    bool hasBookOverlay() const override { return true; }
};

class TimeVsWorkers : public PiSweepFigure {
public:
    FigureInfo info() const override
    {
        return {QStringLiteral("time-vs-workers"), QStringLiteral("Computation time vs number of workers (π, scalar)"),
                QStringLiteral("The same number of darts thrown by 1…K workers on each execution model: GIL-bound "
                               "threads, worker processes and oneTBB tasks. The dashed line is the ideal T₁/k."),
                QStringLiteral("gil-threads stay flat: one lock lets one thread compute at a time. processes and tbb "
                               "halve the time with each doubling — until the physical cores run out."),
                QStringLiteral("9-2")};
    }

protected:
    XySpec spec() const override
    {
        return XySpec::of(info().title, QStringLiteral("workers"), QStringLiteral("time (s)"), [](const QString& n) {
            return n.startsWith(QLatin1String("ideal")) || n.startsWith(QLatin1String("book")) ? XySpec::Style::dashed
                                                                                                 : XySpec::Style::lineMarkers;
        });
    }
    QVector<XMark> marks(const Payload&) const override { return coreMarks(); }
    void decorate(Payload& p, bool book) const override
    {
        const auto tbb = p.points(QStringLiteral("tbb"));
        if (!tbb.isEmpty() && tbb.front().x() == 1) {
            const int last = static_cast<int>(tbb.back().x());
            for (int k = 1; k <= last; ++k)
                p.add(QStringLiteral("ideal T₁/k"), k, tbb.front().y() / k);
        }
        if (book)
            overlayBook(p, QStringLiteral("processes"), book::kProcessesPurePython,
                        QStringLiteral("book, 4-core laptop (processes, scaled)"));
    }
};

// Amdahl: S(k) = 1 / (f + (1 − f)/k); the serial fraction f that fits best (least squares).
double amdahlFit(const QVector<QPointF>& speedup, int upTo)
{
    double best = 0, bestErr = std::numeric_limits<double>::max();
    for (int i = 0; i <= 1000; ++i) {
        const double f = i / 1000.0;
        double err = 0;
        for (const QPointF& pt : speedup) {
            if (pt.x() > upTo)
                continue;
            const double model = 1.0 / (f + (1.0 - f) / pt.x());
            err += (model - pt.y()) * (model - pt.y());
        }
        if (err < bestErr) {
            bestErr = err;
            best = f;
        }
    }
    return best;
}

class Speedup : public PiSweepFigure {
public:
    FigureInfo info() const override
    {
        return {QStringLiteral("speedup"), QStringLiteral("Speed-up vs number of workers (π, scalar)"),
                QStringLiteral("The time-vs-workers runs as speed-up T₁/Tₖ per execution model, the ideal line "
                               "y = k, the processes' efficiency (speed-up ÷ k, 0…1) and an Amdahl fit."),
                QStringLiteral("Speed-up follows the ideal line up to the physical cores and then flattens; the "
                               "fitted serial fraction says how much of the run cannot be parallelised."),
                QStringLiteral("9-2")};
    }

protected:
    XySpec spec() const override
    {
        return XySpec::of(info().title, QStringLiteral("workers"), QStringLiteral("speed-up T₁/Tₖ (efficiency 0…1)"), [](const QString& n) {
            return n.startsWith(QLatin1String("ideal")) || n.startsWith(QLatin1String("book")) ||
                           n.startsWith(QLatin1String("Amdahl")) || n.contains(QLatin1String("efficiency"))
                       ? XySpec::Style::dashed
                       : XySpec::Style::lineMarkers;
        });
    }
    QVector<XMark> marks(const Payload&) const override { return coreMarks(); }
    void decorate(Payload& p, bool book) const override
    {
        Payload out;
        int last = 1;
        QVector<QPointF> procSpeedup;
        for (const QString& name : p.seriesNames()) {
            const auto pts = p.points(name);
            if (pts.isEmpty() || pts.front().x() != 1 || pts.front().y() <= 0)
                continue;
            for (const QPointF& pt : pts) {
                out.add(name, pt.x(), pts.front().y() / pt.y());
                last = std::max(last, static_cast<int>(pt.x()));
                if (name == QLatin1String("processes"))
                    procSpeedup.push_back({pt.x(), pts.front().y() / pt.y()});
            }
        }
        for (int k = 1; k <= last; ++k)
            out.add(QStringLiteral("ideal"), k, k);
        if (!procSpeedup.isEmpty()) {
            for (const QPointF& pt : procSpeedup)
                out.add(QStringLiteral("processes efficiency"), pt.x(), pt.y() / pt.x());
            // Fitted where the cores are not shared: beyond them the curve flattens for want of cores,
            // not because of a serial part.
            const double f = amdahlFit(procSpeedup, machine().physicalCores);
            const QString fit = QStringLiteral("Amdahl fit, processes (serial fraction %1 %)").arg(f * 100, 0, 'f', 1);
            for (int k = 1; k <= last; ++k)
                out.add(fit, k, 1.0 / (f + (1.0 - f) / k));
        }
        if (book)
            for (const QPointF& pt : book::kProcessesPurePython)
                out.add(QStringLiteral("book, 4-core laptop (processes)"), pt.x(),
                        book::kProcessesPurePython.front().y() / pt.y());
        p = out;
    }
};

} // namespace

void registerPiFigures(FigureList& list)
{
    list.push_back(std::make_unique<TimeVsWorkers>());
    list.push_back(std::make_unique<Speedup>());
}

} // namespace parlab::ui
