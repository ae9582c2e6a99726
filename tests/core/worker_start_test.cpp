/// @file worker_start_test.cpp
/// @brief Every worker of a run takes part: a oneTBB thread slow to wake must not find the chunks
/// already taken by the first one (the workers start together, like a Pool's processes).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/pi.h"
#include "parlab/primes.h"

#include <gtest/gtest.h>

namespace {

TEST(WorkerStart, EveryWorkerGetsChunksRunAfterRun)
{
    // Many runs in one process, as in the GUI's sweeps: the pool's threads go to sleep between
    // runs and must wake for each. 64 chunks of about a millisecond each: a worker that starts
    // more than a few chunks late would be the run's single worker.
    parlab::PrimesParams p;
    p.first = 100'000'000;
    p.last = 100'000'000 + 63'999;
    p.workers = 2;
    p.schedule = parlab::Schedule::chunked;
    p.chunksize = 1'000;
    for (int run = 0; run < 25; ++run) {
        parlab::CancelToken cancel;
        const parlab::PrimesResult r = parlab::runPrimes(p, nullptr, cancel);
        ASSERT_EQ(r.checked, 64'000u);
        for (const auto& w : r.workers)
            EXPECT_GT(w.chunks, 0u) << "run " << run << ": worker " << w.id << " got no chunk";
    }
}

TEST(WorkerStart, EveryWorkerThrowsDartsRunAfterRun)
{
    parlab::PiParams p;
    p.samples = 50'000'000;
    p.workers = 2;
    p.blocks = 32;
    for (int run = 0; run < 10; ++run) {
        parlab::CancelToken cancel;
        const parlab::PiResult r = parlab::runPi(p, nullptr, cancel);
        for (const auto& w : r.workers)
            EXPECT_GT(w.chunks, 0u) << "run " << run << ": worker " << w.id << " threw no block";
    }
}

} // namespace
