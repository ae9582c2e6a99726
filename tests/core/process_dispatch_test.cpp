/// @file process_dispatch_test.cpp
/// @brief processes: short chunks are queued ahead in the workers' pipes, yet every number is
///        checked once, each worker's chunk events stay one after another, and the queue
///        schedule still hands out one job at a time.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend_test_support.h"
#include "parlab/cancel_token.h"
#include "parlab/dispatch_cost.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using namespace parlab;

namespace {

PrimesParams smallChunks(Schedule s, int workers)
{
    PrimesParams p;
    p.first = 1;
    p.last = 6000; // π(6000) = 783; 6 000 one-number chunks fit each worker's event ring
    p.workers = workers;
    p.schedule = s;
    p.chunksize = 1;
    p.backend = Backend::processes;
    p.workerPath = test::workerPath();
    return p;
}

// Every number once, in events that never overlap within a worker; returns the work chunks.
std::uint64_t checkChunkEvents(const Telemetry& t, const PrimesParams& p)
{
    std::vector<int> seen(p.last + 1, 0);
    std::uint64_t chunks = 0;
    for (int w = 0; w < t.workers(); ++w) {
        std::vector<ChunkEvent> ev;
        std::uint64_t lost = 0;
        t.readChunks(w, 0, ev, &lost);
        EXPECT_EQ(lost, 0u);
        std::int64_t lastEnd = 0;
        for (const ChunkEvent& e : ev) {
            EXPECT_LE(e.startNs, e.endNs);
            EXPECT_GE(e.startNs, lastEnd) << "worker " << w << ": a chunk starts before the one before it ended";
            lastEnd = e.endNs;
            if (e.kind != ChunkKind::work)
                continue;
            ++chunks;
            for (std::uint64_t n = e.first; n < e.first + e.count; ++n)
                ++seen[n];
        }
    }
    for (std::uint64_t n = p.first; n <= p.last; ++n)
        EXPECT_EQ(seen[n], 1) << "number " << n;
    return chunks;
}

} // namespace

TEST(ProcessDispatch, ShortChunksAreQueuedAheadAndEveryNumberIsCheckedOnce)
{
    CancelToken cancel;
    for (const int workers : {1, 2, 3}) {
        const PrimesParams p = smallChunks(Schedule::chunked, workers);
        Telemetry t(workers, rangeSize(p));
        const PrimesResult r = runPrimes(p, &t, cancel);
        EXPECT_EQ(r.primes, 783u);
        EXPECT_EQ(r.checked, 6000u);
        EXPECT_EQ(r.chunks, 6000u);
        EXPECT_EQ(r.backendStats.pills, static_cast<std::uint64_t>(workers));
        // One-number chunks take microseconds: the dispatcher queued jobs behind running ones.
        EXPECT_GT(r.backendStats.maxJobsInFlight, 1) << workers << " workers";
        EXPECT_LE(r.backendStats.maxJobsInFlight, 4);
        EXPECT_EQ(checkChunkEvents(t, p), 6000u);
        EXPECT_EQ(t.snapshot().doneItems, 6000u);
    }
    EXPECT_TRUE(test::childrenOf(::getpid()).empty());
}

TEST(ProcessDispatch, TheQueueScheduleStillHandsOutOneJobAtATime)
{
    CancelToken cancel;
    const PrimesParams p = smallChunks(Schedule::queue, 2);
    Telemetry t(2, rangeSize(p));
    const PrimesResult r = runPrimes(p, &t, cancel);
    EXPECT_EQ(r.primes, 783u);
    EXPECT_EQ(r.backendStats.maxJobsInFlight, 1);
    EXPECT_EQ(checkChunkEvents(t, p), 6000u);
}

TEST(ProcessDispatch, OneChunkPerWorkerIsNeverQueuedAhead)
{
    // static: one block per worker, so nothing can be committed early.
    CancelToken cancel;
    PrimesParams p = smallChunks(Schedule::static_, 2);
    const PrimesResult r = runPrimes(p, nullptr, cancel);
    EXPECT_EQ(r.primes, 783u);
    EXPECT_EQ(r.chunks, 2u);
    EXPECT_EQ(r.backendStats.maxJobsInFlight, 1);
}

TEST(DispatchCost, PerChunkIsTheExtraTimeOverTheChunksEachWorkerHandled)
{
    PrimesResult fine, coarse;
    fine.params.workers = 2;
    fine.seconds = 0.050;
    fine.chunks = 10'002;
    coarse.params.workers = 2;
    coarse.seconds = 0.030;
    coarse.chunks = 2;
    EXPECT_DOUBLE_EQ(dispatchSecondsPerChunk(fine, coarse), 0.020 / 5000.0);
    coarse.seconds = 0.060; // noise made the coarse run slower: no negative cost
    EXPECT_EQ(dispatchSecondsPerChunk(fine, coarse), 0.0);
    fine.chunks = 2; // no extra chunks: nothing to divide by
    EXPECT_EQ(dispatchSecondsPerChunk(fine, coarse), 0.0);
    // From a sweep's points: chunksize 1 (3 000 chunks) vs Python's default (12 chunks), 3 workers.
    EXPECT_DOUBLE_EQ(dispatchSecondsPerChunk(0.040, 3000, 0.010, 12, 3), 0.030 / 996.0);
}

TEST(DispatchCost, MeasuresTwoRunsOfTheSameRange)
{
    CancelToken cancel;
    PrimesParams p = smallChunks(Schedule::chunked, 2);
    p.last = 2000;
    const DispatchCost c = measureDispatchCost(p, cancel);
    EXPECT_EQ(c.fineChunks, 2000u);
    EXPECT_GT(c.fineSeconds, 0.0);
    EXPECT_GT(c.coarseSeconds, 0.0);
    EXPECT_GE(c.secondsPerChunk, 0.0);
}
