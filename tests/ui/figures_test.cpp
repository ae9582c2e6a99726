/// @file figures_test.cpp
/// @brief Every figure measures (small settings), draws data into its view and exports a PNG of
/// the requested size and a CSV with exactly the plotted points; the cache returns a stored
/// measurement without measuring again and misses when a setting changes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/worker_timeline.h"
#include "export/chart_export.h"
#include "figures/figure_registry.h"
#include "figures/figure_store.h"
#include "figures/figures_page.h"
#include "figures/payload.h"
#include "figures/xy_figure_view.h"
#include "parlab/error.h"
#include "parlab/result_cache.h"
#include "parlab/sweeps.h"

#include <QAbstractSeries>
#include <QChart>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace parlab;
using namespace parlab::ui;

namespace {

// Small settings so the whole matrix runs in seconds on two cores.
FigureParams smallParams(const Figure& f)
{
    FigureParams p;
    p.quick = true;
    p.repeats = 2;          // a spread to draw, cheaply
    p.targetSeconds = 1e-3; // calibration on, but short
    const QStringList s = f.settings();
    if (s.contains(QStringLiteral("workers")))
        p.workers = 2;
    if (s.contains(QStringLiteral("samples")))
        p.samples = f.info().id == QLatin1String("darts") ? 5'000 : 2'000'000;
    if (s.contains(QStringLiteral("from")))
        p.first = f.info().id == QLatin1String("prime-cost") ? 10'000 : 1'000'000;
    if (s.contains(QStringLiteral("to")))
        p.last = f.info().id == QLatin1String("prime-cost")    ? 40'000
                 : f.info().id == QLatin1String("primes-to-n") ? 50'000
                                                               : 1'004'000;
    return p;
}

// Pixels that are neither (near-)white nor (near-)grey: drawn data, not background or grid.
int colouredPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.saturation() > 80 && c.value() > 40)
                ++n;
        }
    return n;
}

// A figure that counts its measurements, to prove a cache hit does not measure.
class CountingFigure : public Figure {
  public:
    mutable int measured = 0;
    FigureInfo info() const override { return {QStringLiteral("counting"), {}, {}, {}, {}}; }
    QStringList settings() const override { return {QStringLiteral("workers")}; }
    QString paramsKey(const FigureParams& p) const override
    {
        return QStringLiteral("w=%1").arg(p.workers.value_or(1));
    }
    std::optional<QString> measure(const FigureParams& p, const CancelToken&,
                                   const std::function<void(const QString&)>&) const override
    {
        ++measured;
        Payload out;
        out.add(QStringLiteral("s"), p.workers.value_or(1), 0.5 * measured);
        return out.text();
    }
    QWidget* createView(QWidget* parent) const override { return new QWidget(parent); }
    void draw(QWidget*, const QString&, bool) const override {}
};

// Measures through the store the way the page and `parlab figure` do: cache first.
QString measureCached(FigureStore& store, const Figure& f, const FigureParams& p)
{
    if (auto hit = store.find(f, p))
        return hit->payload;
    CancelToken cancel;
    const QString payload = *f.measure(p, cancel, [](const QString&) {});
    store.store(f, p, payload);
    return payload;
}

} // namespace

class FiguresTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(cacheDir_.isValid());
        qputenv("PARLAB_CACHE_DIR", cacheDir_.path().toLocal8Bit());
    }

    void everyFigureIsListed()
    {
        const QStringList design{QStringLiteral("darts"),       QStringLiteral("time-vs-workers"),
                                 QStringLiteral("speedup"),     QStringLiteral("cpu-timeline"),
                                 QStringLiteral("prime-cost"),  QStringLiteral("primes-to-n"),
                                 QStringLiteral("chunksize"),   QStringLiteral("chunk-count"),
                                 QStringLiteral("worker-load"), QStringLiteral("queue-cost")};
        QStringList ids;
        for (const auto& f : allFigures()) {
            ids << f->info().id;
            QVERIFY2(!f->info().description.isEmpty() && !f->info().lookFor.isEmpty(), qPrintable(f->info().id));
        }
        QCOMPARE(ids, design);
    }

    void rendersWithData_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto& f : allFigures())
            QTest::newRow(qPrintable(f->info().id)) << f->info().id;
    }

    void rendersWithData()
    {
        QFETCH(QString, id);
        const Figure* f = findFigure(id);
        QVERIFY(f);
        CancelToken cancel;
        int partials = 0;
        const auto payload = f->measure(smallParams(*f), cancel, [&](const QString&) { ++partials; });
        QVERIFY(payload.has_value());
        const Payload parsed = Payload::parse(*payload);
        QVERIFY2(!parsed.isEmpty(), qPrintable(*payload));

        std::unique_ptr<QWidget> view(f->createView(nullptr));
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->resize(900, 600);
        view->show();
        f->draw(view.get(), *payload, f->hasBookOverlay());
        QCoreApplication::processEvents();

        ChartExport e = f->exportOf(view.get(), *payload);
        e.footer = standardFooter(f->paramsKey(smallParams(*f)));
        const QImage image = renderImage(e, 1.0, false);
        QCOMPARE(image.size(), QSize(900, 600));
        QVERIFY2(colouredPixels(image) > 200,
                 qPrintable(QStringLiteral("%1: %2 coloured pixels").arg(id).arg(colouredPixels(image))));
        const QImage twice = renderImage(e, 2.0, true);
        QCOMPARE(twice.size(), QSize(1800, 2 * (600 + footerHeight(e.footer, 900))));
        int measuredPoints = 0;
        for (const QString& s : parsed.seriesNames())
            measuredPoints += static_cast<int>(parsed.points(s).size());

        // The CSV holds exactly the measured points, one row each — or, for the timeline, one
        // row per segment drawn.
        const QString csv = chartCsv(e, true);
        if (auto* timeline = qobject_cast<WorkerTimeline*>(view.get())) {
            QVERIFY(csv.contains(QStringLiteral("\nworker,kind,start_s,end_s,items,cost\n")));
            const int rows = static_cast<int>(csv.count(QLatin1Char('\n'))) - 3; // two comments, one header
            QCOMPARE(rows, static_cast<int>(timeline->rectangleCount() + timeline->startupCount()));
        } else {
            const Payload fromCsv = Payload::parse(csv);
            int csvPoints = 0;
            for (const QString& s : fromCsv.seriesNames())
                csvPoints += static_cast<int>(fromCsv.points(s).size());
            QCOMPARE(csvPoints, measuredPoints);
            QVERIFY2(!csv.contains(QLatin1Char('@')) && !csv.contains(QLatin1Char('!')),
                     "a tidy table: facts are comments");
            QVERIFY(csv.contains(QStringLiteral("\nseries,x,y,median_seconds,min_seconds,max_seconds,repeats\n")));
        }
        QVERIFY(csv.startsWith(QStringLiteral("# ") + id));

        // XY figures plot every measured point (derived series such as the ideal line come on top).
        if (auto* xy = qobject_cast<XyFigureView*>(view.get()))
            QVERIFY2(xy->pointCount() >= measuredPoints || id == QLatin1String("speedup"),
                     qPrintable(QStringLiteral("%1 plotted of %2").arg(xy->pointCount()).arg(measuredPoints)));
    }

    // The cpu-timeline of a processes run, stored as text (as the cache keeps it) and drawn again:
    // every worker's start-up is still a start-up segment, not blank idle time.
    void cachedTimelineKeepsStartups()
    {
        const Figure* f = findFigure(QStringLiteral("cpu-timeline"));
        QVERIFY(f);
        FigureParams p = smallParams(*f);
        p.workers = 2;
        CancelToken cancel;
        const auto payload = f->measure(p, cancel, [](const QString&) {});
        QVERIFY(payload.has_value());
        const QString storedText = Payload::parse(*payload).text(); // what the cache returns
        std::unique_ptr<QWidget> view(f->createView(nullptr));
        f->draw(view.get(), storedText, false);
        auto* timeline = qobject_cast<WorkerTimeline*>(view.get());
        QVERIFY(timeline);
        QCOMPARE(timeline->startupCount(), std::size_t(2));
        QVERIFY(timeline->rectangleCount() > 0);
    }

    // The chunksize and chunk-count figures measure exactly the points the primes lab's sweeps
    // measure for the same settings (both come from parlab/sweeps.h).
    void figuresAndLabSweepTheSamePoints()
    {
        for (const QString& id : {QStringLiteral("chunksize"), QStringLiteral("chunk-count")}) {
            const Figure* f = findFigure(id);
            QVERIFY(f);
            FigureParams fp = smallParams(*f);
            CancelToken cancel;
            const Payload got = Payload::parse(*f->measure(fp, cancel, [](const QString&) {}));
            PrimesParams lab;
            lab.first = *fp.first;
            lab.last = *fp.last;
            lab.workers = *fp.workers;
            const auto plan = id == QLatin1String("chunksize") ? chunksizeSweep(lab) : chunkCountSweep(lab);
            QStringList want, have;
            for (const PrimesPoint& pt : plan)
                want << QStringLiteral("%1@%2").arg(QString::fromStdString(pt.series)).arg(pt.x);
            for (const QString& series : got.seriesNames())
                for (const QPointF& pt : got.points(series.startsWith(QLatin1String("work:")) ? QString() : series))
                    have << QStringLiteral("%1@%2").arg(series).arg(pt.x());
            want.sort();
            have.sort();
            QCOMPARE(have, want);
        }
    }

    // One speed-up within the cores fits any serial fraction: no fit is drawn, and the title says why.
    void noAmdahlFitFromASingleSpeedup()
    {
        const Figure* f = findFigure(QStringLiteral("speedup"));
        QVERIFY(f);
        Payload data;
        data.add(QStringLiteral("processes"), 1, 2.0);
        data.add(QStringLiteral("processes"), 2, 1.1);
        std::unique_ptr<QWidget> view(f->createView(nullptr));
        f->draw(view.get(), data.text(), false);
        auto* xy = qobject_cast<XyFigureView*>(view.get());
        QVERIFY(xy);
        QVERIFY2(xy->chart()->title().contains(QStringLiteral("no Amdahl fit")), qPrintable(xy->chart()->title()));
        for (QAbstractSeries* s : xy->chart()->series())
            QVERIFY2(!s->name().startsWith(QStringLiteral("Amdahl")), qPrintable(s->name()));
    }

    void cacheReturnsStoredDataWithoutMeasuring()
    {
        FigureStore store;
        CountingFigure f;
        FigureParams two;
        two.workers = 2;
        const QString first = measureCached(store, f, two);
        QCOMPARE(f.measured, 1);
        const QString again = measureCached(store, f, two);
        QCOMPARE(f.measured, 1); // no run happened
        QCOMPARE(again, first);
        FigureParams three;
        three.workers = 3;
        measureCached(store, f, three);
        QCOMPARE(f.measured, 2); // a changed parameter misses
        store.clear();
        measureCached(store, f, two);
        QCOMPARE(f.measured, 3);
    }

    void damagedCacheIsRecoveredWithAWarning()
    {
        QTemporaryDir dir;
        qputenv("PARLAB_CACHE_DIR", dir.path().toLocal8Bit());
        {
            QFile junk(FigureStore::path());
            QVERIFY(junk.open(QIODevice::WriteOnly));
            junk.write(QByteArray(8192, 'x'));
        }
        FigureStore store;
        CountingFigure f;
        measureCached(store, f, {});
        QVERIFY(store.warning().contains(QStringLiteral("moved to")));
        QVERIFY(store.find(f, {}).has_value());
        qputenv("PARLAB_CACHE_DIR", cacheDir_.path().toLocal8Bit());
    }

    void unusableCacheIsSaidOnceNotPerFigure()
    {
        // A cache path under a regular file can never be opened: every figure goes uncached, and
        // the user hears about it once, not at every figure selected.
        QTemporaryDir dir;
        {
            QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        qputenv("PARLAB_CACHE_DIR", dir.filePath(QStringLiteral("not-a-folder/cache")).toLocal8Bit());
        {
            FigureStore store;
            CountingFigure f;
            QVERIFY(!store.find(f, {}).has_value());
            const QString first = store.takeWarning();
            QVERIFY2(first.contains(QStringLiteral("cannot be used")), qPrintable(first));
            QVERIFY(!store.find(f, {}).has_value());
            QVERIFY(store.takeWarning().isEmpty());
            QCOMPARE(store.warning(), first); // still there for whoever asks
        }
        {
            FiguresPage page; // shows the first figure from its constructor, before anyone listens
            QSignalSpy said(&page, &LabPage::statusMessage);
            QVERIFY(page.select(QStringLiteral("prime-cost")));
            QVERIFY(page.select(QStringLiteral("chunksize")));
            QTRY_COMPARE(said.count(), 1); // still heard, once the event loop runs
            QVERIFY2(said.at(0).at(0).toString().contains(QStringLiteral("cannot be used")),
                     qPrintable(said.at(0).at(0).toString()));
            QVERIFY(page.select(QStringLiteral("darts")));
            QCoreApplication::processEvents();
            QCOMPARE(said.count(), 1);
        }
        qputenv("PARLAB_CACHE_DIR", cacheDir_.path().toLocal8Bit());
    }

    void pageMeasuresThenShowsFromCache()
    {
        {
            FiguresPage page;
            QVERIFY(page.select(QStringLiteral("prime-cost")));
            QVERIFY(page.provenance().contains(QStringLiteral("not measured")));
            QSignalSpy ended(&page, &LabPage::runEnded);
            page.startRun();
            QVERIFY(page.isBusy());
            QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
            QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
            QVERIFY2(page.provenance().contains(QStringLiteral("measured now")), qPrintable(page.provenance()));
            auto* view = qobject_cast<XyFigureView*>(page.currentView());
            QVERIFY(view && view->pointCount() > 1000);
        }
        FiguresPage reopened; // as after restarting the app: shown at once, marked cached
        QVERIFY(reopened.select(QStringLiteral("prime-cost")));
        QVERIFY2(reopened.provenance().startsWith(QStringLiteral("cached, measured")),
                 qPrintable(reopened.provenance()));
        QVERIFY(!reopened.isBusy());
        auto* view = qobject_cast<XyFigureView*>(reopened.currentView());
        QVERIFY(view && view->pointCount() > 1000);
        QVERIFY_EXCEPTION_THROWN(reopened.applySetting(QStringLiteral("figure"), QStringLiteral("nope")),
                                 parlab::Error);
    }

    void pageStopsMidMeasurement()
    {
        FiguresPage page;
        QVERIFY(page.select(QStringLiteral("time-vs-workers")));
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.startRun();
        page.stop();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::cancelled);
    }

  private:
    QTemporaryDir cacheDir_;
};

QTEST_MAIN(FiguresTest)
#include "figures_test.moc"
