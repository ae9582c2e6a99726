/// @file pi_lab_page_test.cpp
/// @brief The π lab page: a run fills every chart and finishes, Stop cancels promptly, a sweep
/// gives one point per worker count, closing mid-run is quick. (How responsive the GUI thread stays
/// is a timing: tests/bench/gui_latency_bench measures it.)
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dart_board_chart.h"
#include "charts/estimate_chart.h"
#include "charts/worker_bars_chart.h"
#include "figures/figure_switch.h"
#include "figures/xy_figure_view.h"
#include "labs/pi/pi_controls.h"
#include "labs/pi/pi_lab_page.h"
#include "parlab/error.h"
#include "parlab/machine.h"
#include "text/format.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
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

    // A run far under a second still draws the estimate at every checkpoint from 10³ darts on,
    // so the class sees the error shrink like 1/√N; with identical seeding the title says how few
    // of the darts are distinct (the band stops narrowing there).
    void shortRunDrawsTheWholeEstimateCurve_data()
    {
        QTest::addColumn<QString>("seeding");
        QTest::addColumn<bool>("saysDistinct");
        QTest::newRow("independent") << QStringLiteral("independent") << false;
        QTest::newRow("identical") << QStringLiteral("identical") << true;
    }
    void shortRunDrawsTheWholeEstimateCurve()
    {
        QFETCH(QString, seeding);
        QFETCH(bool, saysDistinct);
        PiLabPage page;
        page.applySetting("workers", "2");
        page.applySetting("samples", "1e6");
        page.applySetting("seeding", seeding);
        QSignalSpy ended(&page, &PiLabPage::runEnded);
        page.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
        // 10³ … 10⁶: three decades of eight checkpoints, and the run's last dart.
        QCOMPARE(page.estimateChart()->pointCount(), 8 * 3 + 1);
        const QString title = page.estimateChart()->titleText();
        const QString line =
            QStringLiteral("1 million darts thrown, only %1 distinct").arg(parlab::ui::humanCount(500'000));
        QVERIFY2(title.contains(line) == saysDistinct, qPrintable(title));
    }

    void stopCancelsAndSaysSo()
    {
        PiLabPage page;
        page.applySetting("samples", "1e10");
        QSignalSpy status(&page, &PiLabPage::statusMessage);
        QSignalSpy ended(&page, &PiLabPage::runEnded);
        page.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(page.workerBars()->pointCount() > 0, 10000);
        page.stop();
        // 10^10 darts take many seconds: an end now can only be the Stop (its latency is a
        // timing, measured by tests/bench/gui_latency_bench).
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::cancelled);
        QVERIFY2(lastStatus(status).startsWith("stopped"), qPrintable(lastStatus(status)));
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
        QCOMPARE(page.sweepTimes().size(), std::size_t(4));
        QCOMPARE(page.sweepTimes().begin()->first, 1);
        QCOMPARE(page.sweepTimes().rbegin()->first, 5);
        // Drawn by the time-vs-workers figure: the 4 points, the ideal T1/k at k = 1…5 and the 4
        // points the work predicts.
        const parlab::ui::Payload& data = page.timeWorkers()->data();
        QCOMPARE(data.points(QStringLiteral("tbb")).size(), 4);
        QCOMPARE(page.timeWorkers()->view(0)->pointCount(), 4 + 5 + 4);
        // The speed-up figure of the same data: 4 speed-ups, the ideal, efficiency and the fit.
        page.timeWorkers()->setCurrent(1);
        QVERIFY(page.timeWorkers()->currentView()->pointCount() >= 4 + 5 + 4);
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

    // The reason stands under the field, in red, as soon as it is typed — not only in the status
    // bar after pressing Sweep — and the sweep does not start.
    void sweepListMistakeShownBesideTheField()
    {
        PiLabPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QLabel* note = page.controls()->sweepNote();
        QVERIFY(note);
        QVERIFY(!note->isVisible());
        page.controls()->sweepField()->setText(QStringLiteral("0"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("sweep workers")), qPrintable(note->text()));
        QVERIFY(note->styleSheet().contains(QStringLiteral("#c62828")));
        QSignalSpy ended(&page, &PiLabPage::runEnded);
        page.startSweep(QStringLiteral("workers"));
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::failed);
        QVERIFY(!page.isBusy());
        QVERIFY(page.sweepTimes().empty());
        page.controls()->sweepField()->setText(QStringLiteral("1,2"));
        QVERIFY(!note->isVisible());
        QVERIFY(note->text().isEmpty());
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

    void panelRowsThatGrowAreNotCut()
    {
        // After a sweep the panel gains a "Re-measure N noisy points" button and the darts label
        // reads "2 billion darts": the panel's column widens for them instead of cutting them.
        PiLabPage page;
        page.resize(1280, 800);
        page.show();
        auto* controls = page.findChild<parlab::ui::PiControls*>();
        auto* scroll = page.findChild<QScrollArea*>();
        QVERIFY(controls && scroll);
        QCoreApplication::processEvents();
        const int before = scroll->width();
        controls->setNoisyPoints(12);
        page.applySetting(QStringLiteral("samples"), QStringLiteral("2000000000"));
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QAbstractButton* remeasure = nullptr;
        for (QAbstractButton* b : controls->findChildren<QAbstractButton*>())
            if (b->isVisible() && b->text().startsWith(QStringLiteral("Re-measure")))
                remeasure = b;
        QVERIFY(remeasure);
        QVERIFY2(scroll->width() > before, qPrintable(QString::number(scroll->width())));
        for (QWidget* w : controls->findChildren<QWidget*>()) {
            if (!w->isVisible() || !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QLabel*>(w)))
                continue;
            const QRect r(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
            const QString what =
                w->metaObject()->className() +
                QStringLiteral(" '%1'").arg(qobject_cast<QLabel*>(w) ? qobject_cast<QLabel*>(w)->text()
                                                                     : qobject_cast<QAbstractButton*>(w)->text());
            QVERIFY2(r.right() < scroll->viewport()->width(),
                     qPrintable(what + QStringLiteral(" runs past the panel")));
            if (qobject_cast<QAbstractButton*>(w))
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(what + QStringLiteral(" is squeezed")));
        }
    }

    void closingMidRunCancelsAndJoinsTheRun()
    {
        auto* page = new PiLabPage;
        page->applySetting("samples", "1e10");
        page->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(page->workerBars()->pointCount() > 0, 10000);
        const std::weak_ptr<parlab::Telemetry> run = page->shownTelemetry();
        QVERIFY(!run.expired());
        delete page; // cancels and joins the run: nothing of it may outlive the page
        QVERIFY2(run.expired(), "the run's telemetry outlived the page: its workers were not joined");
    }
};

QTEST_MAIN(PiLabPageTest)
#include "pi_lab_page_test.moc"
