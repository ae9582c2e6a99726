/// @file primes_figures.cpp
/// @brief The prime figures measured on the book's range: chunksize U-curve (9-11/9-12),
/// chunk-count saw-tooth (9-13) and queue workers vs pool vs serial (9-14).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/book_results.h"
#include "figures/figure_registry.h"
#include "figures/predicted_work.h"
#include "figures/timed_points.h"
#include "figures/xy_figure.h"
#include "parlab/dispatch_cost.h"
#include "parlab/machine.h"
#include "parlab/prime_check.h"
#include "parlab/sweeps.h"
#include "parlab/translate.h"
#include "text/format.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace parlab::ui {

namespace {

constexpr quint64 kBookFirst = 100'000'000, kBookLast = 100'100'000;

PrimesParams bookRange(const FigureParams& fp)
{
    PrimesParams p;
    p.first = fp.first.value_or(kBookFirst);
    p.last = fp.last.value_or(kBookLast);
    p.workers = fp.workers.value_or(machine().physicalCores);
    p.backend = Backend::processes; // the chapter's Pool: chunks travel to worker processes
    p.schedule = Schedule::chunked;
    return p;
}

// What the chart's title says of the size measured: the range, its passes, the repeats.
QString sizeNote(const PrimesParams& p, const FigureParams& fp, std::uint64_t fewest, std::uint64_t most)
{
    const QString numbers =
        QCoreApplication::translate("Figures", "%1 numbers").arg(humanCount(static_cast<double>(rangeSize(p))));
    const QString passes = fewest == most ? QString::number(most) : QStringLiteral("%1–%2").arg(fewest).arg(most);
    if (fp.target() <= 0)
        return QCoreApplication::translate("Figures", "the book's size: %1 × %2 repeats").arg(numbers).arg(fp.repeats);
    return QCoreApplication::translate("Figures", "%1 × %2 passes (each point ≥ %3 s) × %4 repeats, per pass")
        .arg(numbers, passes)
        .arg(fp.target())
        .arg(fp.repeats);
}

QString rangeKey(const PrimesParams& p, const FigureParams& fp)
{
    return QStringLiteral("from=%1;to=%2;workers=%3;backend=%4;%5;%6;plan=core2")
        .arg(p.first)
        .arg(p.last)
        .arg(p.workers)
        .arg(toQString(name(p.backend)))
        .arg(fp.quick ? QStringLiteral("quick") : QStringLiteral("full"))
        .arg(fp.measureKey());
}

// Measures a sweep of the core's plan into the payload point by point: every repeat kept, each
// repeat passed over the range until it lasts the target (seconds per pass plotted).
bool measurePoints(const std::vector<PrimesPoint>& plan, const FigureParams& fp, const CancelToken& cancel,
                   Payload& out, const std::function<void(const QString&)>& partial)
{
    std::uint64_t fewest = 0, most = 0;
    MeasureOptions o;
    o.repeats = fp.repeats;
    o.targetSeconds = fp.target();
    return measureSweep(pointsToMeasure(plan, fp, out), o, plainPrimesRunner(cancel), [&](const MeasuredPoint& m) {
        recordPoint(out, m);
        fewest = fewest ? std::min(fewest, m.passes) : m.passes;
        most = std::max(most, m.passes);
        out.setFact(QStringLiteral("size"), sizeNote(plan.front().params, fp, fewest, most));
        partial(out.text());
    });
}

// What handing out one chunk costs here, read off the batched kernel's points (its divisions are
// cheap, so the difference is mostly dispatch): chunksize 1 against Python's default.
void noteDispatchCost(Payload& p)
{
    const auto pts = p.points(QString::fromLatin1(kBatchedChunksizeSeries));
    const double n = p.factNumber(QStringLiteral("numbers")), d = p.factNumber(QStringLiteral("default_chunksize"));
    const int workers = static_cast<int>(p.factNumber(QStringLiteral("workers")));
    double fine = -1, coarse = -1;
    for (const QPointF& pt : pts) {
        if (pt.x() == 1)
            fine = pt.y();
        if (pt.x() == d)
            coarse = pt.y();
    }
    if (fine < 0 || coarse < 0 || n < 1 || d < 1 || workers < 1)
        return;
    const auto chunks = [n](double c) { return static_cast<std::uint64_t>(std::ceil(n / c)); };
    const double perChunk = dispatchSecondsPerChunk(fine, chunks(1), coarse, chunks(d), workers);
    if (perChunk <= 0)
        return;
    const QString note =
        QCoreApplication::translate("Figures", "a chunk's hand-out costs ≈ %1 µs (batched, chunksize 1 vs the default)")
            .arg(perChunk * 1e6, 0, 'f', 1);
    const QString old = p.fact(QStringLiteral("note"));
    p.setFact(QStringLiteral("note"), old.isEmpty() ? note : old + QStringLiteral(" · ") + note);
}

QString backendName(const PrimesParams& p)
{
    return toQString(name(p.backend));
}

const QStringList kRangeSettings{QStringLiteral("workers"), QStringLiteral("from"), QStringLiteral("to")};

XySpec::Style dashedIfBook(const QString& n)
{
    return n.startsWith(QLatin1String("book")) ? XySpec::Style::dashed : XySpec::Style::lineMarkers;
}

// The book's range measured by a process pool: the chunksize and chunk-count sweeps.
class BookRangeSweep : public XyFigure {
  public:
    QStringList settings() const override { return kRangeSettings; }
    QString paramsKey(const FigureParams& fp) const override { return rangeKey(bookRange(fp), fp); }
    void checkParams(const FigureParams& fp) const override { validate(bookRange(fp)); }
    bool hasBookOverlay() const override { return true; }
};

class Chunksize : public BookRangeSweep {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("chunksize"), QCoreApplication::translate("Figures", "Time vs chunksize (primes)"),
                QCoreApplication::translate(
                    "Figures", "The book's range checked by a process pool for chunksizes from 1 to half the "
                               "range: the seed's loop in natural and shuffled order, and the batched kernel (the "
                               "same divisions, ~20× cheaper). The dotted line is Python's default."),
                QCoreApplication::translate(
                    "Figures", "A U: tiny chunks pay a round trip to a worker per chunk; huge chunks leave workers "
                               "idle at the end. Shuffling evens the chunks' cost out a little. With cheap items "
                               "(batched) the round trips dominate longer: the U's bottom moves to larger chunks."),
                QStringLiteral("9-11, 9-12")};
    }
    std::optional<QString> measure(const FigureParams& fp, const CancelToken& cancel,
                                   const std::function<void(const QString&)>& partial) const override
    {
        const PrimesParams p = bookRange(fp);
        Payload out;
        out.setFact(QStringLiteral("default_chunksize"), QString::number(defaultChunksize(rangeSize(p), p.workers)));
        out.setFact(QStringLiteral("backend"), backendName(p));
        out.setFact(QStringLiteral("workers"), QString::number(p.workers));
        out.setFact(QStringLiteral("numbers"), QString::number(rangeSize(p)));
        if (!measurePoints(chunksizeSweep(p), fp, cancel, out, partial))
            return std::nullopt;
        return out.text();
    }

  protected:
    XySpec spec() const override
    {
        XySpec s =
            XySpec::of(info().title, QCoreApplication::translate("Figures", "chunksize (numbers per chunk, log scale)"),
                       QCoreApplication::translate("Figures", "time (s)"), dashedIfBook);
        s.logX = true;
        s.offersLogY = true; // chunksize 1 can cost 100× the default: the linear axis flattens the rest
        return s;
    }
    QVector<XMark> marks(const Payload& p) const override
    {
        const double d = p.factNumber(QStringLiteral("default_chunksize"));
        if (d <= 0)
            return {};
        return {{d, QCoreApplication::translate("Figures", "Python's default (%1)").arg(d), QColor(0x33, 0x33, 0x33)}};
    }
    void decorate(Payload& p, bool book) const override
    {
        noteDispatchCost(p);
        if (book)
            overlayBook(p, QStringLiteral("natural"), book::kChunksize,
                        QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "book, 4-core laptop (scaled)")));
    }
};

class ChunkCount : public BookRangeSweep {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("chunk-count"),
                QCoreApplication::translate("Figures", "Time vs number of chunks (primes)"),
                QCoreApplication::translate("Figures",
                                            "The book's range cut into 1…32 equal chunks for a pool of workers."),
                QCoreApplication::translate(
                    "Figures", "A saw-tooth: dips where the chunks divide evenly among the workers (the dotted "
                               "lines); one chunk more means a last round in which most workers sit idle."),
                QStringLiteral("9-13")};
    }
    std::optional<QString> measure(const FigureParams& fp, const CancelToken& cancel,
                                   const std::function<void(const QString&)>& partial) const override
    {
        const PrimesParams p = bookRange(fp);
        Payload out;
        out.setFact(QStringLiteral("workers"), QString::number(p.workers));
        out.setFact(QStringLiteral("backend"), backendName(p));
        const auto plan = chunkCountSweep(p);
        if (!(fp.remeasureNoisyOf || addWorkSeries(out, plan, cancel)) ||
            !measurePoints(plan, fp, cancel, out, partial))
            return std::nullopt;
        return out.text();
    }

  protected:
    XySpec spec() const override
    {
        return XySpec::of(info().title, QCoreApplication::translate("Figures", "number of chunks"),
                          QCoreApplication::translate("Figures", "time (s)"), [](const QString& n) {
                              return n.startsWith(QLatin1String("predicted")) ? XySpec::Style::dashed : dashedIfBook(n);
                          });
    }
    QVector<XMark> marks(const Payload& p) const override
    {
        const int w = static_cast<int>(p.factNumber(QStringLiteral("workers"), 1));
        const auto pts = p.points(QStringLiteral("measured"));
        const double last = pts.isEmpty() ? 0 : pts.back().x();
        QVector<XMark> out;
        for (int m = w; w > 0 && m <= last; m += w)
            out.push_back(
                {static_cast<double>(m),
                 m == w ? QCoreApplication::translate("Figures", "multiples of %1 workers").arg(w) : QString(),
                 QColor(0x88, 0x88, 0x88)});
        return out;
    }
    void decorate(Payload& p, bool book) const override
    {
        // Why the curve has its shape: the busiest worker's exact divisions, in seconds at the
        // one-chunk run's rate — the saw-tooth with no noise in it.
        scaleWorkSeries(p, QStringLiteral("measured"));
        if (book)
            overlayBook(p, QStringLiteral("measured"), book::kChunkCount,
                        QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "book, 4 workers (scaled)")));
    }
};

class QueueCost : public XyFigure {
  public:
    FigureInfo info() const override
    {
        return {QStringLiteral("queue-cost"),
                QCoreApplication::translate("Figures", "Queue workers vs process pool vs serial"),
                QCoreApplication::translate(
                    "Figures", "The same range checked by Process-style workers fed one number at a time from a "
                               "job queue (ended by one poison pill each), by a chunked pool, and by one serial "
                               "loop."),
                QCoreApplication::translate(
                    "Figures", "With light jobs the queue's per-job communication dominates: more queue workers "
                               "do not help, and the serial loop can win."),
                QStringLiteral("9-14")};
    }
    QStringList settings() const override { return kRangeSettings; }
    QString paramsKey(const FigureParams& fp) const override
    {
        return QStringLiteral("queue;") + rangeKey(range(fp), fp);
    }
    void checkParams(const FigureParams& fp) const override { validate(range(fp)); }
    bool hasBookOverlay() const override { return true; }
    std::optional<QString> measure(const FigureParams& fp, const CancelToken& cancel,
                                   const std::function<void(const QString&)>& partial) const override
    {
        const PrimesParams base = range(fp);
        const int most = fp.workers.value_or(4);
        Payload out;
        out.setFact(QStringLiteral("backend"), QStringLiteral("processes"));
        PrimesParams serial = base;
        serial.workers = 1;
        serial.backend = Backend::tbb;
        serial.schedule = Schedule::static_;
        std::vector<PrimesPoint> plan;
        for (int k = 1; k <= most; ++k) {
            for (const Schedule s : {Schedule::queue, Schedule::chunked}) {
                PrimesParams p = base;
                p.workers = k;
                p.schedule = s;
                p.chunksize = s == Schedule::queue ? 1 : 0;
                plan.push_back({s == Schedule::queue
                                    ? QT_TRANSLATE_NOOP("FigureSeries", "queue + poison pills (processes)")
                                    : QT_TRANSLATE_NOOP("FigureSeries", "chunked pool (processes)"),
                                static_cast<double>(k), p});
            }
        }
        plan.push_back({"serial (one loop)", 1.0, serial}); // the same at every k: measured once, drawn flat
        if (!measurePoints(plan, fp, cancel, out, partial))
            return std::nullopt;
        return out.text();
    }

  protected:
    static PrimesParams range(const FigureParams& fp)
    {
        PrimesParams p = bookRange(fp);
        if (!fp.last)
            p.last = p.first + (fp.quick ? 20'000 : 100'000);
        return p;
    }
    XySpec spec() const override
    {
        return XySpec::of(info().title, QCoreApplication::translate("Figures", "workers"),
                          QCoreApplication::translate("Figures", "time (s)"), dashedIfBook);
    }
    QVector<XMark> marks(const Payload&) const override { return coreMarks(); }
    void decorate(Payload& p, bool book) const override
    {
        const QString serialName = QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "serial (one loop)"));
        auto serial = p.points(serialName);
        double last = 1;
        for (const QString& n : p.seriesNames())
            for (const QPointF& pt : p.points(n))
                last = std::max(last, pt.x());
        if (serial.size() == 1) // measured at one worker; the serial loop has no worker count
            for (int k = 2; k <= static_cast<int>(last); ++k)
                p.add(serialName, k, serial.front().y());
        if (!book || serial.isEmpty())
            return;
        for (const QPointF& pt : book::kQueue)
            p.add(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "book, queue (relative to its serial)")), pt.x(),
                  pt.y() / book::kQueueSerial * serial.front().y());
    }
};

} // namespace

void registerPrimesFigures(FigureList& list)
{
    list.push_back(std::make_unique<Chunksize>());
    list.push_back(std::make_unique<ChunkCount>());
    list.push_back(std::make_unique<QueueCost>());
}

} // namespace parlab::ui
