/// @file pi_figures.cpp
/// @brief time-vs-workers and speedup (figs 9-2/9-8): π on every backend at 1…K workers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/book_results.h"
#include "figures/figure_registry.h"
#include "figures/predicted_work.h"
#include "figures/timed_points.h"
#include "figures/xy_figure.h"
#include "parlab/fits.h"
#include "parlab/machine.h"
#include "parlab/sweeps.h"
#include "text/format.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace parlab::ui {

namespace {

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
    return QStringLiteral("pi;kernel=scalar;seed=1;samples=%1;workers=1..%2;%3;plan=core2")
        .arg(s.samples)
        .arg(s.maxWorkers)
        .arg(p.measureKey());
}

// One π run (scalar kernel: the pure-Python loop's shape) per backend and worker count, every
// point repeated. Calibrated, the darts grow until the sweep's fastest point — oneTBB at the
// physical core count — lasts the target; the book's size is thrown as it is.
std::optional<QString> measurePiSweep(const FigureParams& fp, const CancelToken& cancel,
                                      const std::function<void(const QString&)>& partial)
{
    const WorkersSweep s = sweepOf(fp);
    Payload out;
    PiParams base;
    base.samples = s.samples;
    base.kernel = Kernel::scalar;
    std::uint64_t scale = 1;
    if (fp.target() > 0 && !fp.remeasureNoisyOf) {
        PiParams pilot = base;
        pilot.workers = std::min(s.maxWorkers, machine().physicalCores);
        const PiRunner run = plainPiRunner(cancel);
        const auto c = calibrate(
            [&](std::uint64_t k) {
                PiParams p = pilot;
                p.samples = base.samples * k;
                return run(p);
            },
            fp.target());
        if (!c)
            return std::nullopt;
        scale = c->scale;
    }
    out.setFact(QStringLiteral("samples"), QString::number(s.samples * scale));
    out.setFact(QStringLiteral("about"), QCoreApplication::translate("Figures", "π, scalar"));
    out.setFact(QStringLiteral("size"),
                fp.target() > 0
                    ? QCoreApplication::translate("Figures", "%1 darts per point (the fastest ≥ %2 s) × %3 repeats")
                          .arg(humanCount(static_cast<double>(s.samples * scale)))
                          .arg(fp.target())
                          .arg(fp.repeats)
                    : QCoreApplication::translate("Figures", "the book's size: %1 darts × %2 repeats")
                          .arg(humanCount(static_cast<double>(s.samples)))
                          .arg(fp.repeats));
    base.samples *= scale;
    std::vector<int> counts;
    for (int k = 1; k <= s.maxWorkers; ++k)
        counts.push_back(k);
    auto plan = pointsToMeasure(workersSweep(base, counts, allValues<Backend>()), fp, out);
    if (fp.remeasureNoisyOf) // the darts measured before, whatever this machine calibrates to now
        for (PiPoint& p : plan)
            p.params.samples = static_cast<std::uint64_t>(out.factNumber(QStringLiteral("samples"), 1));
    const bool done =
        measureSweep(plan, MeasureOptions{fp.repeats}, plainPiRunner(cancel), [&](const MeasuredPoint& m) {
            recordPoint(out, m);
            partial(out.text());
        });
    if (!done)
        return std::nullopt;
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
        return measurePiSweep(p, c, partial);
    }
    bool hasBookOverlay() const override { return true; }
};

class TimeVsWorkers : public PiSweepFigure {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("time-vs-workers"),
                QCoreApplication::translate("Figures", "Computation time vs number of workers"),
                QCoreApplication::translate(
                    "Figures", "The same number of darts thrown by 1…K workers on each execution model: GIL-bound "
                               "threads, worker processes and oneTBB tasks. The dashed line is the ideal T₁/k."),
                QCoreApplication::translate(
                    "Figures", "gil-threads stay flat: one lock lets one thread compute at a time. processes and tbb "
                               "halve the time with each doubling — until the physical cores run out."),
                QStringLiteral("9-2")};
    }

  protected:
    XySpec spec() const override
    {
        return XySpec::of(info().title, QCoreApplication::translate("Figures", "workers"),
                          QCoreApplication::translate("Figures", "time (s)"), [](const QString& n) {
                              return n.startsWith(QLatin1String("ideal")) || n.startsWith(QLatin1String("book")) ||
                                             n.contains(QLatin1String("predicted"))
                                         ? XySpec::Style::dashed
                                         : XySpec::Style::lineMarkers;
                          });
    }
    QVector<XMark> marks(const Payload&) const override { return coreMarks(); }
    void decorate(Payload& p, bool book) const override
    {
        // The ideal from oneTBB's T₁ when it was measured (the figure), else from the one series
        // measured (the π lab sweeps one backend).
        const QString ref = p.seriesNames().contains(QStringLiteral("tbb")) || p.seriesNames().isEmpty()
                                ? QStringLiteral("tbb")
                                : p.seriesNames().front();
        const auto pts = p.points(ref);
        if (!pts.isEmpty() && pts.front().x() == 1) {
            const int last = static_cast<int>(pts.back().x());
            for (int k = 1; k <= last; ++k)
                p.add(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "ideal T₁/k")), k, pts.front().y() / k);
        }
        // Why the curves bend: the busiest worker's darts on the cores there are (plus a worker
        // process's start-up), at the 1-worker rate — for the chapter's processes, or the one
        // parallel backend the π lab measured.
        const auto samples = static_cast<std::uint64_t>(p.factNumber(QStringLiteral("samples")));
        for (const QString& series : {QStringLiteral("processes"), QStringLiteral("tbb")})
            if (p.seriesNames().contains(series)) {
                addPiPrediction(p, series, samples, machine().physicalCores);
                break;
            }
        if (book)
            overlayBook(
                p, QStringLiteral("processes"), book::kProcessesPurePython,
                QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "book, 4-core laptop (processes, scaled)")));
    }
};

class Speedup : public PiSweepFigure {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("speedup"), QCoreApplication::translate("Figures", "Speed-up vs number of workers"),
                QCoreApplication::translate(
                    "Figures", "The time-vs-workers runs as speed-up T₁/Tₖ per execution model, the ideal line "
                               "y = k, the processes' efficiency (speed-up ÷ k, 0…1) and an Amdahl fit."),
                QCoreApplication::translate(
                    "Figures", "Speed-up follows the ideal line up to the physical cores and then flattens; the "
                               "fitted serial fraction says how much of the run cannot be parallelised."),
                QStringLiteral("9-2")};
    }

  protected:
    XySpec spec() const override
    {
        XySpec s =
            XySpec::of(info().title, QCoreApplication::translate("Figures", "workers"),
                       QCoreApplication::translate("Figures", "speed-up T₁/Tₖ (efficiency 0…1)"), [](const QString& n) {
                           return n.startsWith(QLatin1String("ideal")) || n.startsWith(QLatin1String("book")) ||
                                          n.startsWith(QLatin1String("Amdahl")) ||
                                          n.contains(QLatin1String("efficiency"))
                                      ? XySpec::Style::dashed
                                      : XySpec::Style::lineMarkers;
                       });
        s.yText = [](double v) { return QStringLiteral("%1×").arg(v, 0, 'f', 2); };
        // The ideal y = k runs to the last worker count; the axis follows the measurements and
        // the speed-up the cores allow, and the ideal line leaves the plot above them.
        s.setsRange = [](const QString& n) { return !n.startsWith(QLatin1String("ideal")); };
        s.yAtLeast = machine().physicalCores;
        return s;
    }
    QVector<XMark> marks(const Payload&) const override { return coreMarks(); }
    void decorate(Payload& p, bool book) const override
    {
        Payload out;
        for (const QString& fact :
             {QStringLiteral("about"), QStringLiteral("backend"), QStringLiteral("note"), QStringLiteral("samples"),
              QStringLiteral("size"), QStringLiteral("background_cpu")})
            if (!p.fact(fact).isEmpty())
                out.setFact(fact, p.fact(fact));
        // Efficiency and the Amdahl fit for processes (the figure), else for the one series measured.
        const QString fitted = p.seriesNames().contains(QStringLiteral("processes")) || p.seriesNames().isEmpty()
                                   ? QStringLiteral("processes")
                                   : p.seriesNames().front();
        int last = 1;
        std::map<int, double> procSpeedup;
        std::vector<std::map<int, double>> procByRepeat; // the j-th repeat of every worker count
        for (const QString& name : p.seriesNames()) {
            std::map<int, double> times;
            for (const QPointF& pt : p.points(name))
                times[static_cast<int>(pt.x())] = pt.y();
            // T₁ is measured, never extrapolated: a series without a 1-worker run has no speed-up.
            for (const auto& [k, s] : speedups(times)) {
                // Each repeat of Tₖ against the median T₁: the bar shows how far the speed-up moved.
                std::vector<double> each;
                if (const auto reps = p.repeats(name, k); reps && times.count(1))
                    for (double t : *reps)
                        each.push_back(times.at(1) / t);
                if (each.empty())
                    out.add(name, k, s);
                else
                    out.addTiming(name, k, each);
                last = std::max(last, k);
            }
            if (name != fitted)
                continue;
            procSpeedup = speedups(times);
            for (const auto& [k, t] : times)
                if (const auto reps = p.repeats(name, k))
                    for (std::size_t j = 0; j < reps->size(); ++j) {
                        if (procByRepeat.size() <= j)
                            procByRepeat.resize(j + 1);
                        procByRepeat[j][k] = (*reps)[j];
                    }
        }
        for (int k = 1; k <= last; ++k)
            out.add(QStringLiteral("ideal"), k, k);
        for (const auto& [k, s] : procSpeedup)
            out.add(fitted + QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", " efficiency")), k, s / k);
        // Fitted where the cores are not shared: beyond them the curve flattens for want of cores,
        // not because of a serial part.
        // One speed-up fits any serial fraction exactly: the fit is shown only when at least two
        // worker counts within the physical cores can disagree with it, with its misfit, and the
        // spread of the fits of each repeat on its own (its uncertainty).
        const int cores = machine().physicalCores;
        const auto fit = fitAmdahl(procSpeedup, cores);
        if (fit && fit->points >= 2) {
            const double f = fit->serialFraction;
            double lo = f, hi = f;
            for (const auto& times : procByRepeat)
                if (const auto each = fitAmdahl(speedups(times), cores); each && each->points >= 2) {
                    lo = std::min(lo, each->serialFraction);
                    hi = std::max(hi, each->serialFraction);
                }
            const QString spread =
                hi > lo ? QStringLiteral(", repeats %1–%2 %").arg(lo * 100, 0, 'f', 1).arg(hi * 100, 0, 'f', 1)
                        : QString();
            const QString label = QStringLiteral("Amdahl fit, %1 (serial fraction %2 %%3, rms misfit %4)")
                                      .arg(fitted)
                                      .arg(f * 100, 0, 'f', 1)
                                      .arg(spread)
                                      .arg(fit->rmsError, 0, 'f', 2);
            for (int k = 1; k <= last; ++k)
                out.add(label, k, 1.0 / (f + (1.0 - f) / k));
        } else if (!procSpeedup.empty()) {
            const QString why =
                QCoreApplication::translate("Figures", "no Amdahl fit (needs 2+ worker counts within %1 cores)")
                    .arg(cores);
            out.setFact(QStringLiteral("note"), out.fact(QStringLiteral("note")).isEmpty()
                                                    ? why
                                                    : out.fact(QStringLiteral("note")) + QStringLiteral(" · ") + why);
        }
        if (book)
            for (const QPointF& pt : book::kProcessesPurePython)
                out.add(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "book, 4-core laptop (processes)")), pt.x(),
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
