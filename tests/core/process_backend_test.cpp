/// @file process_backend_test.cpp
/// @brief processes: same answers as oneTBB, and a dying, killed, cancelled or lying worker never
///        leaves a wrong result or a process behind.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend_test_support.h"
#include "parlab/cancel_token.h"
#include "parlab/error.h"
#include "parlab/pi.h"
#include "parlab/prime_check.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <future>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/wait.h>

extern char** environ;

using namespace parlab;
using namespace std::chrono_literals;

namespace {

PiParams piParams(int workers, Kernel k, std::uint64_t samples = 3'000'000)
{
    PiParams p;
    p.samples = samples;
    p.workers = workers;
    p.blocks = 5;
    p.seed = 777;
    p.kernel = k;
    p.backend = Backend::processes;
    p.workerPath = test::workerPath();
    return p;
}

PrimesParams longPrimes(int workers)
{
    PrimesParams p;
    p.first = 1'000'000'000'000ULL; // ~10^6 divisions per prime: minutes of work in all
    p.last = p.first + 10'000'000;
    p.workers = workers;
    p.schedule = Schedule::chunked;
    p.chunksize = 64;
    p.backend = Backend::processes;
    p.workerPath = test::workerPath();
    return p;
}

bool noChildren()
{
    return test::childrenOf(::getpid()).empty();
}

// Runs `run` on a thread; waits (bounded) until every worker has a pid and the last one is inside
// a chunk, then hands the telemetry to `act`. t must outlive the returned future's result.
template <typename Run> auto runAndAct(Telemetry& t, Run run, const std::function<void(Telemetry&)>& act)
{
    const int workers = t.workers();
    auto fut = std::async(std::launch::async, [&] { return run(t); });
    const bool started = test::waitUntil(
        [&] {
            for (int w = 0; w < workers; ++w)
                if (t.workerPid(w) == 0)
                    return false;
            return t.snapshot().workers[static_cast<std::size_t>(workers - 1)].busy;
        },
        20s);
    EXPECT_TRUE(started);
    act(t);
    return fut;
}

} // namespace

TEST(ProcessBackend, PiHitsMatchTbb)
{
    CancelToken cancel;
    for (const Seeding s : {Seeding::independent, Seeding::identical}) {
        for (const Kernel k : {Kernel::scalar, Kernel::batched}) {
            PiParams ref = piParams(2, k);
            ref.backend = Backend::tbb;
            ref.seeding = s;
            const std::uint64_t expected = runPi(ref, nullptr, cancel).hits;
            for (const int w : {1, 2, 3}) {
                PiParams p = piParams(w, k);
                p.seeding = s;
                const PiResult r = runPi(p, nullptr, cancel);
                EXPECT_EQ(r.hits, expected) << name(k) << " " << name(s) << " workers " << w;
                EXPECT_EQ(r.samples, p.samples);
                EXPECT_EQ(r.backendStats.pills, static_cast<std::uint64_t>(w));
            }
        }
    }
    EXPECT_TRUE(noChildren());
}

TEST(ProcessBackend, LeavesTheProgramsSignalDispositionsAlone)
{
    // Ignoring SIGPIPE is the program's decision (parlab's main makes it): a run must not change
    // it behind the program's back, as the pool once did for the whole process.
    const auto old = std::signal(SIGPIPE, SIG_DFL);
    CancelToken cancel;
    const PiResult r = runPi(piParams(2, Kernel::batched, 100'000), nullptr, cancel);
    const auto during = std::signal(SIGPIPE, old);
    EXPECT_EQ(r.samples, 100'000u);
    EXPECT_EQ(during, SIG_DFL);
}

TEST(ProcessBackend, PrimesExactForEverySchedule)
{
    CancelToken cancel;
    for (const Schedule s : {Schedule::static_, Schedule::chunked, Schedule::auto_, Schedule::queue}) {
        for (const int w : {1, 2, 3}) {
            for (const std::uint64_t c : {std::uint64_t{0}, std::uint64_t{7}}) {
                PrimesParams p;
                p.first = 1;
                const bool small = c != 0 || s == Schedule::queue; // ≤ 7 numbers a job: thousands of round trips
                p.last = small ? 30'000 : 100'000;
                p.workers = w;
                p.schedule = s;
                p.chunksize = c;
                p.order = Order::costliest;
                p.kernel = w == 2 ? Kernel::batched : Kernel::scalar; // the same answer either way
                p.backend = Backend::processes;
                p.workerPath = test::workerPath();
                const PrimesResult r = runPrimes(p, nullptr, cancel);
                EXPECT_EQ(r.primes, small ? 3245u : 9592u) << name(s) << " workers " << w << " chunksize " << c;
                EXPECT_EQ(r.checked, p.last);
            }
        }
    }
    EXPECT_TRUE(noChildren());
}

TEST(ProcessBackend, TelemetryShowsStartUpPidsAndChunks)
{
    CancelToken cancel;
    Telemetry t(2, 3'000'000);
    const PiResult r = runPi(piParams(2, Kernel::batched), &t, cancel);
    EXPECT_GT(r.backendStats.startupSeconds, 0.0);
    EXPECT_GT(r.backendStats.messages, 0u);
    std::uint64_t workChunks = 0;
    for (int w = 0; w < 2; ++w) {
        EXPECT_GT(t.workerPid(w), 0);
        std::vector<ChunkEvent> ev;
        t.readChunks(w, 0, ev);
        ASSERT_FALSE(ev.empty());
        EXPECT_EQ(ev.front().kind, ChunkKind::startup); // spawn → ready comes first
        for (const auto& e : ev)
            workChunks += e.kind == ChunkKind::work ? 1 : 0;
    }
    EXPECT_EQ(workChunks, 5u);
    std::vector<DartSample> darts;
    t.readDarts(darts);
    EXPECT_FALSE(darts.empty());
    EXPECT_EQ(t.snapshot().doneItems, 3'000'000u);
}

TEST(ProcessBackend, KilledWorkerFailsTheRunNamingItAndLeavesNoProcess)
{
    CancelToken cancel;
    pid_t victim = 0;
    Telemetry telemetry(2, 1);
    auto fut = runAndAct(
        telemetry, [&](Telemetry& t) { return runPrimes(longPrimes(2), &t, cancel); },
        [&](Telemetry& t) {
            victim = static_cast<pid_t>(t.workerPid(1));
            ::kill(victim, SIGKILL);
        });
    try {
        fut.get();
        ADD_FAILURE() << "the run should have failed";
    } catch (const Error& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("worker 1 (pid " + std::to_string(victim) + ")"), std::string::npos) << msg;
        EXPECT_NE(msg.find("signal 9"), std::string::npos) << msg;
    }
    EXPECT_TRUE(noChildren()); // the other worker was stopped and everyone was reaped
    // The next run works.
    const PiResult r = runPi(piParams(2, Kernel::batched, 100'000), nullptr, cancel);
    EXPECT_EQ(r.samples, 100'000u);
    EXPECT_TRUE(noChildren());
}

TEST(ProcessBackend, CancelStopsEveryWorkerAtOnce)
{
    // Minutes of work, stopped early; "at once" is counted, not timed: every worker went on
    // SIGTERM, none had to be SIGKILLed after its grace, none is left.
    CancelToken cancel;
    Telemetry telemetry(3, 1);
    const PrimesParams p = longPrimes(3);
    auto fut = runAndAct(
        telemetry, [&](Telemetry& t) { return runPrimes(p, &t, cancel); }, [&](Telemetry&) { cancel.cancel(); });
    const PrimesResult r = fut.get();
    EXPECT_TRUE(r.cancelled);
    EXPECT_LT(r.checked, rangeSize(p));
    EXPECT_EQ(r.backendStats.forcedKills, 0u);
    EXPECT_TRUE(noChildren());
}

TEST(ProcessBackend, MisbehavingWorkersFailTheRunAndAreStopped)
{
    struct Case {
        const char* mode;
        const char* expect;
    };
    for (const Case c : {Case{"garbage", "malformed"}, Case{"unknown-type", "unknown message type"},
                         Case{"wrong-pid", "ready with pid"}, Case{"too-many-hits", "out of range"},
                         Case{"short-result", "result for 1 items"}, Case{"unasked-result", "without a job"},
                         Case{"exit-mid-job", "exited with status 7"}}) {
        ::setenv("PARLAB_FAKE_MODE", c.mode, 1);
        CancelToken cancel;
        PiParams p = piParams(2, Kernel::batched, 1'000'000);
        p.workerPath = test::fakeWorkerPath();
        try {
            runPi(p, nullptr, cancel);
            ADD_FAILURE() << c.mode << ": the run should have failed";
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find(c.expect), std::string::npos) << c.mode << ": " << e.what();
        }
        EXPECT_TRUE(noChildren()) << c.mode;
    }
    ::unsetenv("PARLAB_FAKE_MODE");
}

TEST(ProcessBackend, StoppedWorkerFailsTheRunNamingIt)
{
    // SIGSTOP'd, a worker neither dies (no EOF) nor answers: only its silence gives it away.
    CancelToken cancel;
    pid_t victim = 0;
    PrimesParams p = longPrimes(2);
    p.livenessSeconds = 1.0;
    Telemetry telemetry(2, 1);
    auto fut = runAndAct(
        telemetry, [&](Telemetry& t) { return runPrimes(p, &t, cancel); },
        [&](Telemetry& t) {
            victim = static_cast<pid_t>(t.workerPid(1));
            ::kill(victim, SIGSTOP);
        });
    try {
        fut.get();
        ADD_FAILURE() << "the run should have failed";
    } catch (const Error& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("worker 1 (pid " + std::to_string(victim) + ") sent nothing"), std::string::npos) << msg;
    }
    EXPECT_TRUE(noChildren()); // the stopped one was killed, the other stopped, both reaped
}

TEST(ProcessBackend, CancelEndsAStoppedWorkerWithoutWaitingOutItsGrace)
{
    // A stopped worker keeps SIGTERM pending: unless it is woken, stopping the pool waits its whole
    // grace and then SIGKILLs it — the 0.3 s Ctrl+C once took. Counted, not timed.
    CancelToken cancel;
    Telemetry telemetry(2, 1);
    auto fut = runAndAct(
        telemetry, [&](Telemetry& t) { return runPrimes(longPrimes(2), &t, cancel); },
        [&](Telemetry& t) {
            ::kill(static_cast<pid_t>(t.workerPid(1)), SIGSTOP);
            cancel.cancel();
        });
    const PrimesResult r = fut.get();
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.backendStats.forcedKills, 0u);
    EXPECT_TRUE(noChildren());
}

TEST(ProcessBackend, WorkerThatNeverSaysReadyFailsTheRun)
{
    ::setenv("PARLAB_FAKE_MODE", "silent", 1); // any unknown mode: start, then say nothing at all
    CancelToken cancel;
    PiParams p = piParams(2, Kernel::batched, 1'000'000);
    p.workerPath = test::fakeWorkerPath();
    p.livenessSeconds = 0.2;
    try {
        runPi(p, nullptr, cancel);
        ADD_FAILURE() << "the run should have failed";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("sent nothing"), std::string::npos) << e.what();
    }
    ::unsetenv("PARLAB_FAKE_MODE");
    EXPECT_TRUE(noChildren());
}

TEST(ProcessBackend, OneLongJobIsNotMistakenForAHungWorker)
{
    // The 240 numbers just under 2^53 hold 3 primes and several composites without a small
    // factor: ~2·10^8 divisions, about a second here, for one job of fewer than 64 numbers — so
    // no progress frame at all, only heartbeats, for several times the liveness timeout.
    CancelToken cancel;
    PrimesParams p;
    p.last = kMaxPrimeCandidate - 1;
    p.first = p.last - 239;
    p.workers = 1;
    p.chunksize = 1000;
    p.backend = Backend::processes;
    p.workerPath = test::workerPath();
    p.livenessSeconds = 0.2;
    const PrimesResult r = runPrimes(p, nullptr, cancel);
    EXPECT_EQ(r.checked, 240u);
    EXPECT_EQ(r.chunks, 1u);
    EXPECT_EQ(r.primes, 3u);
    EXPECT_EQ(r.divisions, 196'750'214u); // the whole job was done, by one worker that was never killed
    EXPECT_TRUE(noChildren());
}

TEST(ProcessBackend, FindsTheWorkerThroughTheEnvironmentAndSaysWhenItCannot)
{
    CancelToken cancel;
    PiParams p = piParams(1, Kernel::batched, 10'000);
    p.workerPath.clear();
    ::setenv("PARLAB_WORKER", test::workerPath().c_str(), 1);
    EXPECT_EQ(runPi(p, nullptr, cancel).samples, 10'000u);
    ::setenv("PARLAB_WORKER", "/nonexistent/parlab-worker", 1);
    EXPECT_THROW(runPi(p, nullptr, cancel), Error);
    ::unsetenv("PARLAB_WORKER");
}

// Not a test on its own: the body of the process that KillingTheParentEndsItsWorkers kills.
TEST(ProcessBackendHelper, DISABLED_RunUntilKilled)
{
    CancelToken cancel;
    runPrimes(longPrimes(2), nullptr, cancel);
}

TEST(ProcessBackend, KillingTheParentEndsItsWorkers)
{
    // Orphans are re-parented to us (a subreaper), so we can see them exit and reap them.
    ASSERT_EQ(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    std::string self = "/proc/self/exe";
    char exe[4096];
    const ssize_t n = ::readlink(self.c_str(), exe, sizeof exe - 1);
    ASSERT_GT(n, 0);
    std::string path(exe, static_cast<std::size_t>(n));
    std::string filter = "--gtest_filter=ProcessBackendHelper.DISABLED_RunUntilKilled";
    std::string disabled = "--gtest_also_run_disabled_tests";
    char* argv[] = {path.data(), filter.data(), disabled.data(), nullptr};
    pid_t helper = 0;
    ASSERT_EQ(::posix_spawn(&helper, path.c_str(), nullptr, nullptr, argv, environ), 0);

    std::vector<pid_t> workers;
    const bool started = test::waitUntil(
        [&] {
            workers.clear();
            for (const auto& c : test::childrenOf(helper))
                if (c.comm == "parlab-worker")
                    workers.push_back(c.pid);
            return workers.size() == 2;
        },
        20s);
    ASSERT_TRUE(started);
    ::kill(helper, SIGKILL);
    int st = 0;
    ASSERT_EQ(::waitpid(helper, &st, 0), helper);

    // Each worker must be gone (exited and reaped by us). PR_SET_PDEATHSIG makes that immediate;
    // the bound only keeps a failure from hanging the suite, it is not what is tested.
    for (const pid_t w : workers) {
        const bool gone = test::waitUntil(
            [&] {
                const pid_t r = ::waitpid(w, &st, WNOHANG);
                return r == w || (r < 0 && errno == ECHILD && test::childrenOf(::getpid()).empty());
            },
            20s);
        EXPECT_TRUE(gone) << "parlab-worker " << w << " outlived its parent";
        if (!gone)
            ::kill(w, SIGKILL);
    }
    ::prctl(PR_SET_CHILD_SUBREAPER, 0);
    EXPECT_TRUE(noChildren());
}
