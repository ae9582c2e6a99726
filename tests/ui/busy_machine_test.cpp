/// @file busy_machine_test.cpp
/// @brief A busy machine is said in the window: while another program spins on a core, a π run
///        ends with the warning that other programs used that core.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/pi/pi_lab_page.h"
#include "run/run_session.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

using namespace parlab::ui;

class BusyMachineTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunOutcome>(); }

    void aSpinningProgramIsSaidAfterTheRun()
    {
        pid_t spinner = 0;
        char sh[] = "/bin/sh", c[] = "-c", loop[] = "while :; do :; done";
        char* argv[] = {sh, c, loop, nullptr};
        QCOMPARE(::posix_spawn(&spinner, "/bin/sh", nullptr, nullptr, argv, environ), 0);
        PiLabPage page;
        page.applySetting("workers", "1");
        page.applySetting("samples", "5e8"); // long enough for the kernel's 10 ms ticks to count it
        QSignalSpy status(&page, &LabPage::statusMessage);
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.startRun();
        const bool done = QTest::qWaitFor([&] { return ended.count() == 1; }, 60'000);
        ::kill(spinner, SIGKILL);
        ::waitpid(spinner, nullptr, 0);
        QVERIFY(done);
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
        const QString last = status.constLast().constFirst().toString();
        QVERIFY2(last.contains(QStringLiteral("the machine was busy")), qPrintable(last));
    }
};

QTEST_MAIN(BusyMachineTest)
#include "busy_machine_test.moc"
