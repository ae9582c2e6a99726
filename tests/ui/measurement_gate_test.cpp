/// @file measurement_gate_test.cpp
/// @brief One measurement at a time in the whole window: while the π lab runs, the primes lab and
///        the Figures page wait, say why, and start nothing; when it ends they may run again.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/worker_bars_chart.h"
#include "figures/figures_page.h"
#include "labs/pi/pi_controls.h"
#include "labs/pi/pi_lab_page.h"
#include "labs/primes/primes_lab_page.h"
#include "widgets/run_controls.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parlab::ui;

class MeasurementGateTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunOutcome>(); }

    void otherPagesWaitWhileOneMeasures()
    {
        PiLabPage pi;
        PrimesLabPage primes;
        FiguresPage figures;
        RunControls* primesRun = primes.runControls();
        QVERIFY(primesRun->runButton()->isEnabled());
        QVERIFY(primesRun->waitingText().isEmpty());

        pi.applySetting("samples", "1e10"); // far longer than the test: it ends by Stop only
        QSignalSpy piEnded(&pi, &LabPage::runEnded);
        pi.startRun();
        QVERIFY(pi.isBusy());

        // The other pages' Run buttons wait and say who is measuring.
        QVERIFY(!primesRun->runButton()->isEnabled());
        QVERIFY(!primesRun->sweepButton()->isEnabled());
        QVERIFY2(primesRun->waitingText().contains(QStringLiteral("π lab")), qPrintable(primesRun->waitingText()));
        // Asked anyway (a shortcut, a script): nothing starts, and the status says why.
        QSignalSpy primesStatus(&primes, &LabPage::statusMessage);
        QSignalSpy primesEnded(&primes, &LabPage::runEnded);
        primes.startRun();
        QVERIFY(!primes.isBusy());
        QVERIFY(!primesStatus.isEmpty());
        QVERIFY(primesStatus.constLast().constFirst().toString().startsWith(QStringLiteral("Waiting")));
        QVERIFY(figures.select(QStringLiteral("chunk-count")));
        QSignalSpy figuresStatus(&figures, &LabPage::statusMessage);
        figures.measure(true);
        QVERIFY(!figures.isBusy());
        QVERIFY(!figuresStatus.isEmpty());
        QVERIFY(figuresStatus.constLast().constFirst().toString().startsWith(QStringLiteral("Waiting")));

        pi.stop();
        QTRY_COMPARE_WITH_TIMEOUT(piEnded.count(), 1, 5000);
        QVERIFY(primesRun->runButton()->isEnabled());
        QVERIFY(primesRun->waitingText().isEmpty());
        QCOMPARE(primesEnded.count(), 0);
    }
};

QTEST_MAIN(MeasurementGateTest)
#include "measurement_gate_test.moc"
