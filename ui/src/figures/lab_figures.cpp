/// @file lab_figures.cpp
/// @brief Figures drawn with the labs' own charts: darts (9-1), cpu-timeline (9-3…9-7) and
/// worker-load. Their payloads rebuild what the charts read (dart samples, a Telemetry).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dart_board_chart.h"
#include "charts/worker_load_chart.h"
#include "charts/worker_timeline.h"
#include "export/chart_export.h"
#include "figures/figure_registry.h"
#include "figures/payload.h"
#include "parlab/machine.h"
#include "parlab/pi.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <QChart>
#include <QCoreApplication>

namespace parlab::ui {

namespace {

class Darts : public Figure {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("darts"), QCoreApplication::translate("Figures", "Darts in the unit square"),
                QCoreApplication::translate(
                    "Figures", "10 000 darts thrown at the unit square; the share inside the quarter circle is π/4."),
                QCoreApplication::translate(
                    "Figures", "The estimate wanders between about 3.0 and 3.2 from seed to seed: its error shrinks "
                               "only like 1/√N, so three decimals need about 10 million darts."),
                QStringLiteral("9-1")};
    }
    QStringList settings() const override { return {QStringLiteral("samples"), QStringLiteral("workers")}; }
    bool measuresTime() const override { return false; } // where darts land, not how fast
    QString paramsKey(const FigureParams& fp) const override
    {
        return QStringLiteral("samples=%1;workers=%2;seed=1").arg(samples(fp)).arg(workers(fp));
    }
    std::optional<QString> measure(const FigureParams& fp, const CancelToken& cancel,
                                   const std::function<void(const QString&)>&) const override
    {
        PiParams p;
        p.samples = samples(fp);
        p.workers = workers(fp);
        Telemetry telemetry(p.workers, p.samples);
        const PiResult r = runPi(p, &telemetry, cancel);
        if (r.cancelled)
            return std::nullopt;
        std::vector<DartSample> darts;
        telemetry.readDarts(darts);
        Payload out;
        out.setFact(QStringLiteral("thrown"), QString::number(r.samples));
        out.setFact(QStringLiteral("hits"), QString::number(r.hits));
        for (const DartSample& d : darts)
            out.add(d.hit ? QStringLiteral("hits") : QStringLiteral("misses"), d.x, d.y);
        return out.text();
    }
    QWidget* createView(QWidget* parent) const override
    {
        auto* board = new DartBoardChart(parent);
        // On the Figures page the button that throws the darts is Measure.
        board->setEmptyTitle(QCoreApplication::translate("DartsFigure", "Dart board<br>press Measure"));
        return board;
    }
    void draw(QWidget* view, const QString& payload, bool) const override
    {
        auto* board = qobject_cast<DartBoardChart*>(view);
        if (!board)
            return;
        const Payload p = Payload::parse(payload);
        std::vector<DartSample> darts;
        for (const QString& series : {QStringLiteral("hits"), QStringLiteral("misses")})
            for (const QPointF& pt : p.points(series))
                darts.push_back(DartSample{static_cast<float>(pt.x()), static_cast<float>(pt.y()), 0,
                                           series == QLatin1String("hits")});
        board->reset();
        board->showDarts(darts, static_cast<quint64>(p.factNumber(QStringLiteral("thrown"))),
                         static_cast<quint64>(p.factNumber(QStringLiteral("hits"))));
    }
    ChartExport exportOf(QWidget* view, const QString& payload) const override
    {
        ChartExport e = Figure::exportOf(view, payload);
        e.svgSensible = false; // a dense cloud of points
        return e;
    }

  private:
    static quint64 samples(const FigureParams& fp) { return fp.samples.value_or(10'000); }
    static int workers(const FigureParams& fp) { return fp.workers.value_or(machine().physicalCores); }
};

// One primes run with telemetry, stored as its chunk events and per-worker totals.
class PrimesRunFigure : public Figure {
  public:
    QStringList settings() const override
    {
        return {QStringLiteral("workers"), QStringLiteral("from"), QStringLiteral("to")};
    }
    void checkParams(const FigureParams& fp) const override { validate(params(fp)); }
    QString paramsKey(const FigureParams& fp) const override
    {
        const PrimesParams p = params(fp);
        return QStringLiteral("from=%1;to=%2;workers=%3;chunked;processes").arg(p.first).arg(p.last).arg(p.workers);
    }
    std::optional<QString> measure(const FigureParams& fp, const CancelToken& cancel,
                                   const std::function<void(const QString&)>&) const override
    {
        const PrimesParams p = params(fp);
        Telemetry telemetry(p.workers, rangeSize(p));
        const PrimesResult r = runPrimes(p, &telemetry, cancel);
        if (r.cancelled)
            return std::nullopt;
        Payload out;
        const Snapshot s = telemetry.snapshot();
        out.setFact(QStringLiteral("workers"), QString::number(p.workers));
        out.setFact(QStringLiteral("elapsed_ns"), QString::number(s.elapsedNs));
        out.setFact(QStringLiteral("items"), QString::number(rangeSize(p)));
        for (int w = 0; w < p.workers; ++w) {
            std::vector<ChunkEvent> events;
            telemetry.readChunks(w, 0, events);
            for (const ChunkEvent& e : events)
                out.addRecord(QStringLiteral("chunk"),
                              {QString::number(e.worker), QString::number(e.startNs), QString::number(e.endNs),
                               QString::number(e.first), QString::number(e.count), QString::number(e.cost),
                               QString::number(static_cast<int>(e.kind))});
            const WorkerCounters& c = s.workers[static_cast<std::size_t>(w)];
            out.add(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "numbers checked")), w,
                    static_cast<double>(c.items));
            out.add(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "trial divisions")), w,
                    static_cast<double>(c.divisions));
            out.add(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "busy seconds")), w,
                    static_cast<double>(c.busyNs) * 1e-9);
        }
        return out.text();
    }

  protected:
    // A stored run, read as plain data: the events as the workers reported them (start-ups
    // included) and each worker's counters. Nothing is replayed through a Telemetry.
    struct StoredRun {
        int workers = 0;
        std::int64_t elapsedNs = 0;
        std::vector<ChunkEvent> events;
        Snapshot snapshot;
    };
    static std::optional<StoredRun> stored(const Payload& p)
    {
        StoredRun run;
        run.workers = static_cast<int>(p.factNumber(QStringLiteral("workers"), 0));
        if (run.workers < 1 || run.workers > kMaxWorkers)
            return std::nullopt;
        run.elapsedNs = static_cast<std::int64_t>(p.factNumber(QStringLiteral("elapsed_ns")));
        for (const QStringList& f : p.records(QStringLiteral("chunk"))) {
            if (f.size() < 6)
                continue;
            ChunkEvent e{f[0].toUInt(),      f[1].toLongLong(),  f[2].toLongLong(),
                         f[3].toULongLong(), f[4].toULongLong(), f[5].toULongLong()};
            if (f.size() > 6)
                e.kind = f[6].toInt() == static_cast<int>(ChunkKind::startup) ? ChunkKind::startup : ChunkKind::work;
            if (static_cast<int>(e.worker) < run.workers)
                run.events.push_back(e);
        }
        run.snapshot.elapsedNs = run.elapsedNs;
        run.snapshot.finished = true;
        run.snapshot.totalItems = static_cast<std::uint64_t>(p.factNumber(QStringLiteral("items")));
        run.snapshot.workers.resize(static_cast<std::size_t>(run.workers));
        const auto fill = [&](const QString& series, auto set) {
            for (const QPointF& pt : p.points(series))
                if (pt.x() >= 0 && pt.x() < run.workers)
                    set(run.snapshot.workers[static_cast<std::size_t>(pt.x())], pt.y());
        };
        fill(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "numbers checked")),
             [](WorkerCounters& c, double v) { c.items = static_cast<std::uint64_t>(v); });
        fill(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "trial divisions")),
             [](WorkerCounters& c, double v) { c.divisions = static_cast<std::uint64_t>(v); });
        fill(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "busy seconds")),
             [](WorkerCounters& c, double v) { c.busyNs = static_cast<std::int64_t>(v * 1e9); });
        for (const WorkerCounters& c : run.snapshot.workers)
            run.snapshot.doneItems += c.items;
        return run;
    }
    static PrimesParams params(const FigureParams& fp)
    {
        PrimesParams p;
        p.first = fp.first.value_or(100'000'000);
        p.last = fp.last.value_or(100'100'000);
        p.workers = fp.workers.value_or(machine().logicalCores * 2);
        p.backend = Backend::processes;
        p.schedule = Schedule::chunked;
        return p;
    }
};

class CpuTimeline : public PrimesRunFigure {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("cpu-timeline"), QCoreApplication::translate("Figures", "Per-worker busy and idle time"),
                QCoreApplication::translate(
                    "Figures", "One lane per worker process: each chunk of the book's range is a bar from when the "
                               "worker started it to when it finished. Gaps are idle time."),
                QCoreApplication::translate(
                    "Figures", "With more workers than cores the lanes stretch: the cores are shared. At the end "
                               "some workers finish early and wait for the last chunks (the hatched tail)."),
                QStringLiteral("9-3…9-7")};
    }
    QWidget* createView(QWidget* parent) const override { return new WorkerTimeline(parent); }
    void draw(QWidget* view, const QString& payload, bool) const override
    {
        auto* timeline = qobject_cast<WorkerTimeline*>(view);
        const auto run = stored(Payload::parse(payload));
        if (!timeline || !run)
            return;
        timeline->showFinished(run->workers, run->events, run->elapsedNs);
    }
    ChartExport exportOf(QWidget* view, const QString& payload) const override
    {
        ChartExport e = Figure::exportOf(view, payload);
        if (auto* v = qobject_cast<WorkerTimeline*>(view)) {
            e.chart = v->chart();
            e.csv = v->eventsCsv(); // the segments, one table (not the stored payload)
        }
        return e;
    }
};

class WorkerLoad : public PrimesRunFigure {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("worker-load"), QCoreApplication::translate("Figures", "Load per worker"),
                QCoreApplication::translate(
                    "Figures", "Numbers checked, trial divisions and busy time per worker process for the book's "
                               "range handed out in Python's default chunks."),
                QCoreApplication::translate(
                    "Figures", "Equal counts of numbers do not mean equal work: the divisions differ, and so do "
                               "the busy times — the imbalance is the slowest worker over the mean."),
                QString()};
    }
    QWidget* createView(QWidget* parent) const override { return new WorkerLoadChart(parent); }
    void draw(QWidget* view, const QString& payload, bool) const override
    {
        auto* chart = qobject_cast<WorkerLoadChart*>(view);
        const auto run = stored(Payload::parse(payload));
        if (!chart || !run)
            return;
        chart->showSnapshot(run->snapshot);
    }
    ChartExport exportOf(QWidget* view, const QString& payload) const override
    {
        // Workers numbered from 1, as on the bars (the stored payload counts from 0).
        Payload shown = Payload::parse(payload);
        for (const QString& name : QStringList(shown.seriesNames())) {
            const QVector<QPointF> points = shown.points(name);
            shown.removeSeries(name);
            for (const QPointF& pt : points)
                shown.add(name, pt.x() + 1, pt.y());
        }
        return Figure::exportOf(view, shown.text());
    }
};

} // namespace

void registerLabFigures(FigureList& list)
{
    list.push_back(std::make_unique<Darts>());
    list.push_back(std::make_unique<CpuTimeline>());
    list.push_back(std::make_unique<WorkerLoad>());
}

} // namespace parlab::ui
