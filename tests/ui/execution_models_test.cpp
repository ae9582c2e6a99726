/// @file execution_models_test.cpp
/// @brief The execution models in the GUI (issue 5): process start-ups are their own timeline
/// segments, the queue schedule shows its depth over time and its poison pills, and the π panel
/// explains identical seeding only when it is chosen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/queue_depth_chart.h"
#include "charts/worker_timeline.h"
#include "labs/pi/pi_controls.h"
#include "labs/primes/primes_lab_page.h"
#include "parlab/cancel_token.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace parlab;
using namespace parlab::ui;

namespace {
constexpr int kTimeout = 60'000;

void smallRange(PrimesLabPage& page, const QString& backend, const QString& schedule)
{
    page.applySetting(QStringLiteral("from"), QStringLiteral("1000000"));
    page.applySetting(QStringLiteral("to"), QStringLiteral("1020000"));
    page.applySetting(QStringLiteral("workers"), QStringLiteral("2"));
    page.applySetting(QStringLiteral("backend"), backend);
    page.applySetting(QStringLiteral("schedule"), schedule);
    page.applySetting(QStringLiteral("chunksize"), QStringLiteral("100"));
}

QString resultLine(const PrimesLabPage& page)
{
    for (const QLabel* l : page.findChildren<QLabel*>())
        if (l->text().startsWith(QLatin1String("Last run")))
            return l->text();
    return {};
}
} // namespace

class ExecutionModelsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void timelineCountsProcessStartups()
    {
        PrimesParams p;
        p.first = 1'000'000;
        p.last = 1'020'000;
        p.workers = 3;
        p.backend = Backend::processes;
        p.chunksize = 500;
        Telemetry t(p.workers, rangeSize(p));
        CancelToken cancel;
        const PrimesResult r = runPrimes(p, &t, cancel);
        QCOMPARE(r.checked, quint64(20'001));
        WorkerTimeline view;
        view.reset(p.workers);
        view.pull(t, t.snapshot());
        QCOMPARE(view.startupCount(), std::size_t(3));          // one per worker process
        QCOMPARE(view.rectangleCount(), std::size_t(r.chunks)); // start-ups are not chunks
        QVERIFY(view.chart()->title().contains(QLatin1String("start-up")));
    }

    void startupsSurviveMergingAndPaintGrey()
    {
        // A stored run (as a cached cpu-timeline figure has it): a start-up, then three times
        // more chunks than a lane keeps, so the lane merges — and the start-up must survive.
        std::vector<ChunkEvent> events{ChunkEvent{0, 0, 400'000, 0, 0, 0, ChunkKind::startup}};
        const int total = static_cast<int>(WorkerTimeline::kMaxPerLane) * 3;
        for (int c = 0; c < total; ++c)
            events.push_back(ChunkEvent{0, 400'000 + c * 100LL, 400'000 + c * 100LL + 90, std::uint64_t(c), 1, 3});
        WorkerTimeline view;
        view.resize(600, 200);
        view.showFinished(1, events, 400'000 + total * 100LL + 90);
        QVERIFY(view.merged());
        QCOMPARE(view.startupCount(), std::size_t(1));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage img = view.grab().toImage();
        int grey = 0; // the start-up fill (#bdbdbd) or its hatch (#424242)
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QRgb c = img.pixel(x, y);
                grey += (c & 0xffffff) == 0xbdbdbd || (c & 0xffffff) == 0x424242;
            }
        QVERIFY2(grey > 500, qPrintable(QStringLiteral("start-up painted grey: %1 pixels").arg(grey)));
    }

    void queueRunShowsDepthAndPills_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("processes") << QStringLiteral("processes");
        QTest::newRow("tbb") << QStringLiteral("tbb");
    }
    void queueRunShowsDepthAndPills()
    {
        QFETCH(QString, backend);
        PrimesLabPage page;
        smallRange(page, backend, QStringLiteral("queue"));
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kTimeout);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
        QVERIFY(!page.queueDepthChart()->isHidden());
        QVERIFY2(page.queueDepthChart()->series()->count() > 0, "the queue's depth was sampled");
        QVERIFY(page.queueDepthChart()->maxDepth() > 0);
        QTRY_VERIFY2(resultLine(page).contains(QLatin1String("2 poison pills: each worker exited on its pill")),
                     qPrintable(resultLine(page)));
        if (backend == QLatin1String("processes"))
            QVERIFY(resultLine(page).contains(QLatin1String("process start-up")));

        // The same page, another schedule: no queue, no depth chart.
        ended.clear();
        page.applySetting(QStringLiteral("schedule"), QStringLiteral("chunked"));
        page.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kTimeout);
        QVERIFY(page.queueDepthChart()->isHidden());
        QVERIFY(!resultLine(page).contains(QLatin1String("poison")));
    }

    void seedingLessonOnlyForIdentical()
    {
        PiControls c;
        QVERIFY(c.seedingLesson()->isHidden()); // independent is the default
        c.applySetting(QStringLiteral("seeding"), QStringLiteral("identical"));
        QVERIFY(!c.seedingLesson()->isHidden());
        QVERIFY(c.seedingLesson()->text().contains(QLatin1String("same darts")));
        c.applySetting(QStringLiteral("seeding"), QStringLiteral("independent"));
        QVERIFY(c.seedingLesson()->isHidden());
    }

    void hintsFollowBackendAndKernel()
    {
        PiControls c;
        c.applySetting(QStringLiteral("backend"), QStringLiteral("gil-threads"));
        QVERIFY(c.backendHint()->text().contains(QLatin1String("no speed-up")));
        c.applySetting(QStringLiteral("kernel"), QStringLiteral("batched"));
        QVERIFY(c.kernelHint()->text().contains(QLatin1String("released")));
        c.applySetting(QStringLiteral("backend"), QStringLiteral("processes"));
        QVERIFY(c.backendHint()->text().contains(QLatin1String("start-up")));
        QVERIFY(!c.kernelHint()->text().contains(QLatin1String("released")));
        c.applySetting(QStringLiteral("kernel"), QStringLiteral("scalar"));
        QVERIFY(c.kernelHint()->text().contains(QLatin1String("pure-Python")));
    }

    void panelKeepsItsWidth()
    {
        // The wrapped hints and the lesson must not widen the π panel.
        PiControls c;
        const int before = c.sizeHint().width();
        c.applySetting(QStringLiteral("seeding"), QStringLiteral("identical"));
        QVERIFY(c.sizeHint().width() <= before);
    }
};

QTEST_MAIN(ExecutionModelsTest)
#include "execution_models_test.moc"
