/// @file queue_schedule_test.cpp
/// @brief The queue schedule on every backend: exact counts, one pill per worker, visible depth.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend_test_support.h"
#include "parlab/cancel_token.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <gtest/gtest.h>

using namespace parlab;

namespace {

PrimesParams queueParams(Backend b, int workers, std::uint64_t chunksize)
{
    PrimesParams p;
    p.first = 1;
    p.last = 100'000;
    p.workers = workers;
    p.schedule = Schedule::queue;
    p.chunksize = chunksize;
    p.backend = b;
    p.workerPath = test::workerPath();
    return p;
}

} // namespace

TEST(QueueSchedule, ExactCountsAndOnePillPerWorkerOnEveryBackend)
{
    CancelToken cancel;
    for (const Backend b : {Backend::tbb, Backend::gil_threads, Backend::processes}) {
        for (const int w : {1, 2, 3, 8}) {
            for (const std::uint64_t c : {std::uint64_t{7}, std::uint64_t{1000}, std::uint64_t{200'000}}) {
                const PrimesParams p = queueParams(b, w, c);
                const PrimesResult r = runPrimes(p, nullptr, cancel);
                SCOPED_TRACE(std::string(name(b)) + " workers " + std::to_string(w) + " chunksize " +
                             std::to_string(c));
                EXPECT_EQ(r.primes, 9592u);
                EXPECT_EQ(r.checked, 100'000u);
                EXPECT_EQ(r.chunks, (100'000 + c - 1) / c);
                EXPECT_EQ(r.backendStats.pills, static_cast<std::uint64_t>(w));
                EXPECT_EQ(r.params.chunksize, c);
                std::uint64_t items = 0;
                for (const auto& ws : r.workers)
                    items += ws.items;
                EXPECT_EQ(items, 100'000u);
            }
        }
    }
}

TEST(QueueSchedule, DefaultIsOneNumberPerJob)
{
    CancelToken cancel;
    PrimesParams p = queueParams(Backend::tbb, 2, 0);
    p.last = 2'000;
    const PrimesResult r = runPrimes(p, nullptr, cancel);
    EXPECT_EQ(r.params.chunksize, 1u);
    EXPECT_EQ(r.chunks, 2'000u);
    EXPECT_EQ(r.primes, 303u);
}

TEST(QueueSchedule, DepthIsPublishedAndBounded)
{
    CancelToken cancel;
    for (const Backend b : {Backend::tbb, Backend::processes}) {
        const PrimesParams p = queueParams(b, 2, 50);
        Telemetry t(2, 100'000);
        const PrimesResult r = runPrimes(p, &t, cancel);
        EXPECT_EQ(r.primes, 9592u);
        std::vector<QueueSample> samples;
        t.readQueueDepth(0, samples);
        ASSERT_FALSE(samples.empty()) << name(b);
        std::uint32_t deepest = 0;
        for (const auto& s : samples) {
            EXPECT_LE(s.depth, 6u); // capacity 2·workers + 2
            EXPECT_GE(s.timeNs, 0);
            deepest = std::max(deepest, s.depth);
        }
        EXPECT_GT(deepest, 0u) << name(b);
        EXPECT_EQ(t.queueDepth(), 0u) << name(b); // every job and pill was taken
    }
}

TEST(QueueSchedule, CancelEndsEveryWorkerThroughItsPill)
{
    for (const Backend b : {Backend::tbb, Backend::gil_threads}) {
        CancelToken cancel;
        PrimesParams p = queueParams(b, 3, 1);
        p.first = 1'000'000'000'000ULL;
        p.last = p.first + 100'000'000;
        cancel.cancel();
        const PrimesResult r = runPrimes(p, nullptr, cancel);
        EXPECT_TRUE(r.cancelled) << name(b);
        EXPECT_EQ(r.backendStats.pills, 3u) << name(b);
    }
}
