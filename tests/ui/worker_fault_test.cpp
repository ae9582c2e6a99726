/// @file worker_fault_test.cpp
/// @brief A worker process killed mid-run ends the primes lab's run as failed, with the core's
/// message in the status line, and the next run works.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/primes/primes_lab_page.h"
#include "parlab/telemetry.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace parlab;
using namespace parlab::ui;

class WorkerFaultTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void killedWorkerFailsTheRunAndTheNextRunWorks()
    {
        PrimesLabPage page;
        page.applySetting(QStringLiteral("backend"), QStringLiteral("processes"));
        page.applySetting(QStringLiteral("workers"), QStringLiteral("2"));
        page.applySetting(QStringLiteral("from"), QStringLiteral("100000000"));
        page.applySetting(QStringLiteral("to"), QStringLiteral("900000000")); // minutes of work
        QSignalSpy ended(&page, &LabPage::runEnded);
        QSignalSpy status(&page, &LabPage::statusMessage);
        page.startRun();
        // The pid the telemetry exposes, once the worker has started and done some work.
        QTRY_VERIFY_WITH_TIMEOUT(page.shownTelemetry() && page.shownTelemetry()->workerPid(1) != 0 &&
                                     page.shownTelemetry()->snapshot().doneItems > 0,
                                 30'000);
        const auto pid = static_cast<pid_t>(page.shownTelemetry()->workerPid(1));
        QCOMPARE(::kill(pid, SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10'000);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::failed);
        const QString message = ended.at(0).at(1).toString();
        qInfo() << "failed with:" << message;
        QVERIFY2(message.contains(QLatin1String("worker")), qPrintable(message));
        const QString last = status.constLast().at(0).toString();
        QVERIFY2(last.contains(QLatin1String("failed")) && last.contains(message), qPrintable(last));
        QVERIFY(!page.isBusy());

        // The window keeps working: a small run on the same backend finishes.
        ended.clear();
        page.applySetting(QStringLiteral("to"), QStringLiteral("100020000"));
        page.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60'000);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
    }
};

QTEST_MAIN(WorkerFaultTest)
#include "worker_fault_test.moc"
