/// @file primes_lab_page_test.cpp
/// @brief The primes lab end to end, offscreen: a run's per-worker items add up to the range on
/// the bars, sweeps give one point per setting, Stop ends a sweep at once.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/worker_load_chart.h"
#include "charts/worker_timeline.h"
#include "figures/xy_figure_view.h"
#include "labs/primes/primes_controls.h"
#include "labs/primes/primes_lab_page.h"
#include "parlab/primes.h"
#include "parlab/sweeps.h"

#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace parlab;
using namespace parlab::ui;

namespace {
// Small enough for a 2-core CI machine: 20 001 numbers near a million.
void smallRange(PrimesLabPage& page)
{
    page.applySetting(QStringLiteral("from"), QStringLiteral("1000000"));
    page.applySetting(QStringLiteral("to"), QStringLiteral("1020000"));
    page.applySetting(QStringLiteral("workers"), QStringLiteral("2"));
    page.setRepeats(1);
    page.setTarget(0.01); // passes kept short: the test is about the points, not their timing
}
constexpr int kTimeout = 60'000;
} // namespace

class PrimesLabPageTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void runItemsAddUpOnTheBars_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("chunksize");
        QTest::newRow("chunked default") << QStringLiteral("chunked") << QStringLiteral("0");
        QTest::newRow("chunked 7") << QStringLiteral("chunked") << QStringLiteral("7");
        QTest::newRow("static") << QStringLiteral("static") << QStringLiteral("0");
        QTest::newRow("auto") << QStringLiteral("auto") << QStringLiteral("100");
    }
    void runItemsAddUpOnTheBars()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, chunksize);
        PrimesLabPage page;
        smallRange(page);
        page.applySetting(QStringLiteral("schedule"), schedule);
        page.applySetting(QStringLiteral("chunksize"), chunksize);
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.startRun();
        QVERIFY(page.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kTimeout);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
        const QVector<quint64>& items = page.loadChart()->items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(std::accumulate(items.begin(), items.end(), quint64(0)), quint64(20'001));
        QVERIFY(page.loadChart()->imbalance() >= 1.0);
        if (schedule == QLatin1String("chunked") || schedule == QLatin1String("static"))
            QCOMPARE(page.timeline()->rectangleCount(), std::size_t(chunkCount(page.controls()->params())));
        QVERIFY(page.costChart()->pointCount() > 10'000); // filled in with the first run
    }

    void chunkCountSweepOnePointPerSetting()
    {
        PrimesLabPage page;
        smallRange(page);
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.startSweep(QStringLiteral("chunks"));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kTimeout);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
        PrimesParams p = page.controls()->params();
        QCOMPARE(page.chunkCountChart()->seriesPointCount(QStringLiteral("measured")), int(chunkCountSweep(p).size()));
        QCOMPARE(page.chunkCountChart()->seriesPointCount(QStringLiteral("measured")), 32);
        // Beside it, the curve the work predicts (exact division counts), at every chunk count.
        QCOMPARE(page.chunkCountChart()->seriesPointCount(QStringLiteral("predicted from the work")), 32);
        QCOMPARE(page.chunkCountChart()->markCount(), 16); // 2, 4, … 32
    }

    void chunksizeSweepOnePointPerSettingAndOrder()
    {
        PrimesLabPage page;
        smallRange(page);
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.startSweep(QStringLiteral("chunksize"));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kTimeout);
        const auto sizes = chunksizeValues(20'001, 2);
        // The seed's loop in both orders, and the batched kernel in natural order.
        QCOMPARE(page.chunksizeChart()->pointCount(), int(3 * sizes.size()));
        QCOMPARE(page.chunksizeChart()->markCount(), 1);
        QCOMPARE(page.chunksizeChart()->marks().front().x, double(defaultChunksize(20'001, 2)));
    }

    void timeToNOnePointPerStep()
    {
        PrimesLabPage page;
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.startSweep(QStringLiteral("to-n"));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kTimeout);
        QCOMPARE(page.timeToNChart()->pointCount(), 100);
    }

    void stopEndsASweepPromptly()
    {
        PrimesLabPage page;
        page.applySetting(QStringLiteral("workers"), QStringLiteral("2")); // the book's range: slow enough
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.startSweep(QStringLiteral("chunks"));
        QTRY_VERIFY_WITH_TIMEOUT(page.chunkCountChart()->seriesPointCount(QStringLiteral("measured")) >= 1, kTimeout);
        page.stop();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::cancelled);
        QVERIFY(page.chunkCountChart()->seriesPointCount(QStringLiteral("measured")) < 32);
    }

    void closingMidRunCancelsAndJoins()
    {
        auto* page = new PrimesLabPage;
        page->applySetting(QStringLiteral("from"), QStringLiteral("1e12"));
        page->applySetting(QStringLiteral("to"), QStringLiteral("1.001e12")); // minutes of work
        page->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(page->loadChart()->imbalance() > 0, kTimeout);
        const std::weak_ptr<Telemetry> run = page->shownTelemetry();
        QVERIFY(!run.expired());
        delete page; // cancels and joins the launcher thread: minutes of work cannot have finished
        QVERIFY2(run.expired(), "the run's telemetry outlived the page: its thread was not joined");
    }
};

QTEST_MAIN(PrimesLabPageTest)
#include "primes_lab_page_test.moc"
