/// @file gil_backend_test.cpp
/// @brief gil-threads: one computing holder at a time, real hand-overs, same answers as oneTBB.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/gil/gil.h"
#include "parlab/cancel_token.h"
#include "parlab/pi.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace parlab;

namespace {

PiParams piParams(Backend b, Kernel k, int workers, std::uint64_t samples = 3'000'000)
{
    PiParams p;
    p.samples = samples;
    p.workers = workers;
    p.blocks = 7;
    p.seed = 12345;
    p.kernel = k;
    p.backend = b;
    p.switchIntervalMs = 0.2; // many hand-overs in a short test
    return p;
}

} // namespace

TEST(GilBackend, PiHitsMatchTbbForBothKernelsAndSeedings)
{
    CancelToken cancel;
    for (const Seeding s : {Seeding::independent, Seeding::identical}) {
        for (const Kernel k : {Kernel::scalar, Kernel::batched}) {
            PiParams ref = piParams(Backend::tbb, k, 2);
            ref.seeding = s;
            const std::uint64_t expected = runPi(ref, nullptr, cancel).hits;
            for (const int w : {1, 2, 3}) {
                PiParams p = piParams(Backend::gil_threads, k, w);
                p.seeding = s;
                const PiResult r = runPi(p, nullptr, cancel);
                EXPECT_EQ(r.hits, expected) << name(k) << " " << name(s) << " workers " << w;
                EXPECT_EQ(r.samples, p.samples);
                EXPECT_FALSE(r.cancelled);
            }
        }
    }
}

TEST(GilBackend, NeverTwoWorkersComputeUnderTheLockAndTheLockChangesHands)
{
    CancelToken cancel;
    for (const Kernel k : {Kernel::scalar, Kernel::batched}) {
        Telemetry t(4, 4'000'000);
        const PiResult r = runPi(piParams(Backend::gil_threads, k, 4, 4'000'000), &t, cancel);
        EXPECT_EQ(r.backendStats.gilMaxHolders, 1) << name(k);
        EXPECT_GT(r.backendStats.gilSwitches, 4u) << name(k); // more acquisitions than threads: hand-overs
        std::uint64_t items = 0;
        for (const auto& w : t.snapshot().workers)
            items += w.items;
        EXPECT_EQ(items, r.samples);
    }
    PrimesParams p;
    p.first = 1;
    p.last = 200'000;
    p.workers = 3;
    p.backend = Backend::gil_threads;
    p.switchIntervalMs = 0.1;
    const PrimesResult r = runPrimes(p, nullptr, cancel);
    EXPECT_EQ(r.primes, 17984u);
    EXPECT_EQ(r.backendStats.gilMaxHolders, 1);
    EXPECT_GT(r.backendStats.gilDropRequests, 0u); // the holders were asked to let go
}

TEST(GilBackend, WaitingForTheLockIsReportedApartFromWork)
{
    // Four threads, one lock: every thread but the holder waits, and each wait is a `wait` event
    // and (inside a chunk) part of waitNs — never more than the thread's busy time.
    CancelToken cancel;
    PiParams p = piParams(Backend::gil_threads, Kernel::scalar, 4, 4'000'000);
    p.switchIntervalMs = 0.1;
    Telemetry t(4, p.samples);
    const PiResult r = runPi(p, &t, cancel);
    ASSERT_FALSE(r.cancelled);
    const Snapshot s = t.snapshot();
    int workersThatWaited = 0;
    for (int w = 0; w < 4; ++w) {
        std::vector<ChunkEvent> events;
        t.readChunks(w, 0, events);
        std::uint64_t waits = 0;
        for (const ChunkEvent& e : events)
            if (e.kind == ChunkKind::wait) {
                ++waits;
                EXPECT_LE(e.startNs, e.endNs);
                EXPECT_EQ(e.count, 0u); // a wait checks nothing
            }
        const WorkerCounters& c = s.workers[static_cast<std::size_t>(w)];
        EXPECT_LE(c.waitNs, c.busyNs) << w;
        workersThatWaited += waits > 0 ? 1 : 0;
    }
    EXPECT_GE(workersThatWaited, 3); // at most the first holder ran without waiting

    // Without contention (one thread) nothing waits inside a chunk.
    PiParams one = piParams(Backend::gil_threads, Kernel::scalar, 1, 1'000'000);
    Telemetry t1(1, one.samples);
    (void)runPi(one, &t1, cancel);
    EXPECT_EQ(t1.snapshot().workers[0].waitNs, 0);
}

TEST(GilBackend, ComputeCounterSeesOverlapWhenThereIsNoLock)
{
    // The instrument itself can fail: two threads inside at once without the lock are seen.
    detail::Gil gil(std::chrono::milliseconds(5));
    std::atomic<int> arrived{0};
    const auto body = [&] {
        gil.enterCompute();
        arrived.fetch_add(1);
        while (arrived.load() < 2) {
        }
        gil.leaveCompute();
    };
    std::thread a(body), b(body);
    a.join();
    b.join();
    EXPECT_EQ(gil.maxConcurrent(), 2);
}

TEST(GilBackend, HolderThatOnlyChecksTheDropRequestStillHandsOver)
{
    detail::Gil gil(std::chrono::microseconds(200));
    std::atomic<bool> waiterGotIt{false};
    gil.acquire();
    std::thread waiter([&] {
        detail::GilHold hold(gil);
        waiterGotIt.store(true);
    });
    // The holder never releases on its own: only the drop request (set after one interval) and
    // yield() can let the waiter in.
    while (!waiterGotIt.load()) {
        if (gil.dropRequested())
            gil.yield();
    }
    gil.release();
    waiter.join();
    EXPECT_GE(gil.dropRequests(), 1u);
}

TEST(GilBackend, PrimesExactForEverySchedule)
{
    CancelToken cancel;
    for (const Schedule s : {Schedule::static_, Schedule::chunked, Schedule::auto_, Schedule::queue}) {
        for (const int w : {1, 2, 3}) {
            PrimesParams p;
            p.first = 1;
            p.last = 100'000;
            p.workers = w;
            p.schedule = s;
            p.chunksize = s == Schedule::queue ? 97 : 0;
            p.order = Order::shuffled;
            p.backend = Backend::gil_threads;
            const PrimesResult r = runPrimes(p, nullptr, cancel);
            EXPECT_EQ(r.primes, 9592u) << name(s) << " workers " << w;
            EXPECT_EQ(r.checked, 100'000u);
            EXPECT_EQ(r.backendStats.gilMaxHolders, 1);
        }
    }
}

TEST(GilBackend, CancelIsPrompt)
{
    CancelToken cancel;
    PiParams p = piParams(Backend::gil_threads, Kernel::scalar, 3, 50'000'000'000ULL);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100)); // let the run get going
        cancel.cancel();
    });
    const PiResult r = runPi(p, nullptr, cancel);
    stopper.join();
    // 5·10^10 scalar darts under one lock take hours: returning at all, cancelled with darts
    // left, is the proof that the lock's holders and waiters all saw the stop.
    EXPECT_TRUE(r.cancelled);
    EXPECT_LT(r.samples, p.samples);
}
