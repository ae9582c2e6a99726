/// @file pi_lab_page_test.cpp
/// @brief The π lab page: a run fills every chart and finishes, Stop cancels promptly, a sweep
/// gives one point per worker count, closing mid-run is quick, and the GUI thread stays responsive.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dart_board_chart.h"
#include "estimate_chart.h"
#include "parlab/error.h"
#include "parlab/machine.h"
#include "pi_controls.h"
#include "pi_lab_page.h"
#include "stall_probe.h"
#include "time_workers_chart.h"
#include "worker_bars_chart.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using parlab::ui::PiLabPage;
using parlab::ui::RunOutcome;

namespace {
QString lastStatus(const QSignalSpy& spy)
{
    return spy.isEmpty() ? QString() : spy.constLast().constFirst().toString();
}
} // namespace

class PiLabPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<parlab::ui::RunOutcome>(); }

    void runFillsEveryChartAndFinishes()
    {
        PiLabPage page;
        page.resize(1200, 700);
        page.show();
        page.applySetting("workers", "2");
        page.applySetting("samples", "2e7");
        QSignalSpy status(&page, &PiLabPage::statusMessage);
        QSignalSpy ended(&page, &PiLabPage::runEnded);
        page.startRun();
        QVERIFY(page.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
        QVERIFY(!page.isBusy());
        QVERIFY(page.dartBoard()->pointCount() > 0);
        QVERIFY(page.estimateChart()->pointCount() > 0);
        QVERIFY(page.workerBars()->pointCount() > 0);
        QVERIFY2(page.dartBoard()->titleText().contains("20 million"), qPrintable(page.dartBoard()->titleText()));
        QVERIFY2(lastStatus(status).startsWith("finished in"), qPrintable(lastStatus(status)));
        QVERIFY(lastStatus(status).contains("π ≈ 3.1"));
    }

    void stopCancelsAndSaysSo()
    {
        PiLabPage page;
        page.applySetting("samples", "1e10");
        QSignalSpy status(&page, &PiLabPage::statusMessage);
        QSignalSpy ended(&page, &PiLabPage::runEnded);
        page.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(page.workerBars()->pointCount() > 0, 10000);
        QElapsedTimer clock;
        clock.start();
        page.stop();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        const qint64 ms = clock.elapsed();
        qInfo("stop latency: %lld ms (Stop → runEnded on the GUI thread)", ms);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::cancelled);
        QVERIFY2(lastStatus(status).startsWith("stopped"), qPrintable(lastStatus(status)));
        QVERIFY2(ms < 500, "Stop took far longer than 100 ms");
    }

    void sweepGivesOnePointPerWorkerCount()
    {
        PiLabPage page;
        page.applySetting("samples", "1e5");
        page.controls()->sweepField()->setText("1-3,5");
        QSignalSpy ended(&page, &PiLabPage::runEnded);
        page.startSweep("workers");
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
        QCOMPARE(page.timeWorkers()->pointCount(), 4);
        QCOMPARE(page.timeWorkers()->times().keys(), (QList<int>{1, 2, 3, 5}));
        page.timeWorkers()->setMode(parlab::ui::TimeWorkersChart::Mode::speedup);
        QCOMPARE(page.timeWorkers()->pointCount(), 4);
    }

    void stopMidSweep()
    {
        PiLabPage page;
        page.applySetting("samples", "1e10");
        QSignalSpy ended(&page, &PiLabPage::runEnded);
        page.startSweep("workers");
        QTRY_VERIFY_WITH_TIMEOUT(page.workerBars()->pointCount() > 0, 10000);
        page.stop();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::cancelled);
    }

    void badSweepListFails()
    {
        PiLabPage page;
        page.controls()->sweepField()->setText("5-2");
        QSignalSpy ended(&page, &PiLabPage::runEnded);
        page.startSweep("workers");
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::failed);
    }

    void badSettingNamesTheOption()
    {
        PiLabPage page;
        try {
            page.applySetting("samples", "1e12");
            QFAIL("accepted 1e12 darts");
        } catch (const parlab::Error& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains("--samples"), e.what());
        }
    }

    void closingMidRunIsQuick()
    {
        auto* page = new PiLabPage;
        page->applySetting("samples", "1e10");
        page->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(page->workerBars()->pointCount() > 0, 10000);
        QElapsedTimer clock;
        clock.start();
        delete page;  // cancels and joins the run
        qInfo("closing mid-run took %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 1000);
    }

    // The GUI thread never computes: during a run on every core a 10 ms timer never waits long,
    // and the charts are redrawn at ≥ 20 Hz.
    void eventLoopStaysResponsiveOnAllCores()
    {
        PiLabPage page;
        page.resize(1200, 700);
        page.show();
        page.applySetting("workers", QString::number(parlab::machine().logicalCores));
        page.applySetting("samples", "1e9");
        QSignalSpy ended(&page, &PiLabPage::runEnded);
        parlab::ui::StallProbe probe;
        probe.start();
        QElapsedTimer clock;
        clock.start();
        page.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 120000);
        probe.stop();
        const double seconds = clock.elapsed() / 1000.0;
        const double hz = page.framesDrawn() / seconds;
        qInfo("event loop worst gap %.1f ms over %.2f s on %d workers; %d frames (%.1f Hz)", probe.worstGapMs(),
              seconds, parlab::machine().logicalCores, page.framesDrawn(), hz);
        QVERIFY2(probe.worstGapMs() < 100, "the event loop stalled for more than 100 ms");
        if (seconds > 0.5)
            QVERIFY2(hz >= 20, "charts redrawn at less than 20 Hz");
    }
};

QTEST_MAIN(PiLabPageTest)
#include "pi_lab_page_test.moc"
