/// @file chunk_bookkeeping_test.cpp
/// @brief A chunk means the same on every backend: the telemetry's chunk events and counters
///        add up to the run's result for tbb, gil-threads and processes alike (one chunk runner).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend_test_support.h"
#include "parlab/cancel_token.h"
#include "parlab/options.h"
#include "parlab/pi.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace parlab {
namespace {

constexpr Backend kBackends[] = {Backend::tbb, Backend::gil_threads, Backend::processes};

// The work chunks of every worker (the processes backend adds a start-up segment per worker).
std::vector<ChunkEvent> workEvents(const Telemetry& t, int w)
{
    std::vector<ChunkEvent> all, work;
    std::uint64_t lost = 99;
    t.readChunks(w, 0, all, &lost);
    EXPECT_EQ(lost, 0u);
    for (const ChunkEvent& e : all) {
        EXPECT_EQ(e.worker, static_cast<std::uint32_t>(w));
        EXPECT_LE(e.startNs, e.endNs);
        if (e.kind == ChunkKind::work)
            work.push_back(e);
    }
    return work;
}

// The counters the telemetry ends with are the result's, worker by worker.
template <typename Result> void expectCountersMatch(const Telemetry& t, const Result& r)
{
    const Snapshot snap = t.snapshot();
    EXPECT_TRUE(snap.finished);
    ASSERT_EQ(snap.workers.size(), r.workers.size());
    for (std::size_t w = 0; w < r.workers.size(); ++w) {
        const WorkerCounters& c = snap.workers[w];
        const WorkerStats& s = r.workers[w];
        EXPECT_EQ(c.items, s.items) << "worker " << w;
        EXPECT_EQ(c.hits, s.hits) << "worker " << w;
        EXPECT_EQ(c.divisions, s.divisions) << "worker " << w;
        EXPECT_EQ(c.primes, s.primes) << "worker " << w;
        EXPECT_EQ(c.chunks, s.chunks) << "worker " << w;
        EXPECT_FALSE(c.busy) << "worker " << w;
    }
}

TEST(ChunkBookkeeping, PiBlocksAreTheSameChunksOnEveryBackend)
{
    for (const Backend b : kBackends) {
        SCOPED_TRACE(std::string(name(b)));
        PiParams p;
        p.samples = 1'000'003;
        p.workers = 3;
        p.blocks = 7; // uneven sizes: 142 858 or 142 857 darts
        p.backend = b;
        p.workerPath = test::workerPath();
        Telemetry t(p.workers, p.samples);
        CancelToken cancel;
        const PiResult r = runPi(p, &t, cancel);
        ASSERT_FALSE(r.cancelled);
        expectCountersMatch(t, r);

        // Every dart is reported by exactly one block event, whose cost is its darts.
        std::vector<std::pair<std::uint64_t, std::uint64_t>> spans;
        for (int w = 0; w < p.workers; ++w) {
            const auto events = workEvents(t, w);
            EXPECT_EQ(events.size(), r.workers[static_cast<std::size_t>(w)].chunks);
            for (const ChunkEvent& e : events) {
                EXPECT_EQ(e.cost, e.count);
                spans.emplace_back(e.first, e.count);
            }
        }
        ASSERT_EQ(spans.size(), p.blocks);
        std::sort(spans.begin(), spans.end());
        std::uint64_t next = 0;
        for (const auto& [first, count] : spans) {
            EXPECT_EQ(first, next);
            next = first + count;
        }
        EXPECT_EQ(next, p.samples);

        std::vector<DartSample> darts;
        t.readDarts(darts);
        EXPECT_FALSE(darts.empty());
    }
    EXPECT_TRUE(test::childrenOf(::getpid()).empty()); // every worker reaped
}

TEST(ChunkBookkeeping, PrimesChunksAreTheSameOnEveryBackend)
{
    for (const Backend b : kBackends) {
        for (const Schedule s : {Schedule::static_, Schedule::chunked, Schedule::queue}) {
            SCOPED_TRACE(std::string(name(b)) + " " + std::string(name(s)));
            PrimesParams p;
            p.first = 1'000'000;
            p.last = 1'019'999;
            p.workers = 3;
            p.schedule = s;
            p.chunksize = 1'000;
            p.backend = b;
            p.workerPath = test::workerPath();
            Telemetry t(p.workers, rangeSize(p));
            CancelToken cancel;
            const PrimesResult r = runPrimes(p, &t, cancel);
            ASSERT_FALSE(r.cancelled);
            EXPECT_EQ(r.checked, rangeSize(p));
            expectCountersMatch(t, r);

            // One event per chunk, its count the numbers checked, its cost their divisions.
            std::uint64_t events = 0, items = 0;
            for (int w = 0; w < p.workers; ++w) {
                std::uint64_t cost = 0;
                for (const ChunkEvent& e : workEvents(t, w)) {
                    ++events;
                    items += e.count;
                    cost += e.cost;
                    EXPECT_GE(e.first, p.first);
                    EXPECT_LE(e.first, p.last);
                }
                EXPECT_EQ(cost, r.workers[static_cast<std::size_t>(w)].divisions) << "worker " << w;
            }
            EXPECT_EQ(events, r.chunks);
            EXPECT_EQ(events, chunkCount(p));
            EXPECT_EQ(items, r.checked);
        }
    }
    EXPECT_TRUE(test::childrenOf(::getpid()).empty()); // every worker reaped
}

} // namespace
} // namespace parlab
