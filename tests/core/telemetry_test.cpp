/// @file telemetry_test.cpp
/// @brief Telemetry: ring cursor semantics, lost events, the frozen clock, and reading while a
///        run writes (the concurrent tests are what ThreadSanitizer checks).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/error.h"
#include "parlab/pi.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

namespace parlab {
namespace {

ChunkEvent event(int w, std::uint64_t k)
{
    return ChunkEvent{static_cast<std::uint32_t>(w),
                      static_cast<std::int64_t>(10 * k),
                      static_cast<std::int64_t>(10 * k + 5),
                      100 * k,
                      k + 1,
                      3 * k};
}

TEST(Telemetry, ReadChunksCursorAndLostWithATinyRing)
{
    TelemetryLimits limits;
    limits.chunkEventsPerWorker = 4;
    Telemetry t(2, 1000, limits);
    std::vector<ChunkEvent> out;
    std::uint64_t lost = 99;

    EXPECT_EQ(t.readChunks(0, 0, out, &lost), 0u);
    EXPECT_TRUE(out.empty());
    EXPECT_EQ(lost, 0u);

    for (std::uint64_t k = 0; k < 3; ++k)
        t.chunkFinished(0, event(0, k));
    std::uint64_t cursor = t.readChunks(0, 0, out, &lost);
    EXPECT_EQ(cursor, 3u);
    EXPECT_EQ(lost, 0u);
    ASSERT_EQ(out.size(), 3u);
    for (std::uint64_t k = 0; k < 3; ++k) {
        EXPECT_EQ(out[k].first, 100 * k);
        EXPECT_EQ(out[k].count, k + 1);
        EXPECT_EQ(out[k].cost, 3 * k);
        EXPECT_EQ(out[k].startNs, static_cast<std::int64_t>(10 * k));
        EXPECT_EQ(out[k].endNs, static_cast<std::int64_t>(10 * k + 5));
        EXPECT_EQ(out[k].worker, 0u);
    }

    // Reading again from the returned cursor gives nothing new; readChunks appends to out.
    EXPECT_EQ(t.readChunks(0, cursor, out, &lost), 3u);
    EXPECT_EQ(out.size(), 3u);
    EXPECT_EQ(lost, 0u);

    // Seven more events: the ring (4) keeps events 6…9; from cursor 3, events 3…5 are lost.
    for (std::uint64_t k = 3; k < 10; ++k)
        t.chunkFinished(0, event(0, k));
    out.clear();
    cursor = t.readChunks(0, cursor, out, &lost);
    EXPECT_EQ(cursor, 10u);
    EXPECT_EQ(lost, 3u);
    ASSERT_EQ(out.size(), 4u);
    for (std::uint64_t i = 0; i < 4; ++i)
        EXPECT_EQ(out[i].first, 100 * (6 + i));

    // From the start: 6 lost, 4 read.
    out.clear();
    EXPECT_EQ(t.readChunks(0, 0, out, &lost), 10u);
    EXPECT_EQ(lost, 6u);
    EXPECT_EQ(out.size(), 4u);

    // Worker 1's ring is its own; an out-of-range worker returns the cursor unchanged.
    out.clear();
    EXPECT_EQ(t.readChunks(1, 0, out, &lost), 0u);
    EXPECT_TRUE(out.empty());
    EXPECT_EQ(t.readChunks(2, 5, out), 5u);
    EXPECT_EQ(t.readChunks(-1, 5, out), 5u);
    EXPECT_TRUE(out.empty());
}

TEST(Telemetry, CountersBusyFlagAndFrozenClock)
{
    Telemetry t(3, 500);
    EXPECT_EQ(t.workers(), 3);
    EXPECT_EQ(t.totalItems(), 500u);
    Snapshot s = t.snapshot();
    EXPECT_FALSE(s.finished);
    EXPECT_EQ(s.totalItems, 500u);
    ASSERT_EQ(s.workers.size(), 3u);
    EXPECT_EQ(s.doneItems, 0u);

    t.chunkStarted(1, t.nowNs());
    t.progress(1, 10, 20, 0, 2);
    t.progress(1, 5, 7, 0, 1);
    t.progress(2, 4, 0, 3, 0);
    s = t.snapshot();
    EXPECT_TRUE(s.workers[1].busy);
    EXPECT_FALSE(s.workers[0].busy);
    EXPECT_EQ(s.workers[1].items, 15u);
    EXPECT_EQ(s.workers[1].divisions, 27u);
    EXPECT_EQ(s.workers[1].primes, 3u);
    EXPECT_EQ(s.workers[2].hits, 3u);
    EXPECT_EQ(s.doneItems, 19u);

    t.chunkFinished(1, ChunkEvent{1, 0, 1000, 0, 15, 27});
    s = t.snapshot();
    EXPECT_FALSE(s.workers[1].busy);
    EXPECT_EQ(s.workers[1].chunks, 1u);
    EXPECT_EQ(s.workers[1].busyNs, 1000);

    t.finish();
    const Snapshot a = t.snapshot();
    const Snapshot b = t.snapshot();
    EXPECT_TRUE(a.finished);
    EXPECT_EQ(a.elapsedNs, b.elapsedNs);
    EXPECT_GE(a.elapsedNs, 0);
}

TEST(Telemetry, DartSampleWrapsWithinItsLimit)
{
    TelemetryLimits limits;
    limits.dartSamples = 8;
    Telemetry t(2, 100, limits);
    std::vector<DartSample> out;
    t.readDarts(out);
    EXPECT_TRUE(out.empty());
    for (std::uint32_t i = 0; i < 100; ++i)
        t.recordDart(static_cast<int>(i % 2), i << 8, (i + 1) << 8, i % 3 == 0);
    t.readDarts(out);
    EXPECT_EQ(out.size(), 8u);
    for (const DartSample& d : out) {
        EXPECT_LT(d.worker, 2);
        const auto i = static_cast<std::uint32_t>(d.x * 16777216.0f) >> 8;
        EXPECT_GE(i, 92u); // only the newest darts survive
        EXPECT_EQ(d.worker, i % 2);
        EXPECT_EQ(d.hit, i % 3 == 0);
        EXPECT_EQ(d.y * 16777216.0f, static_cast<float>((i + 1) << 8));
    }
}

TEST(Telemetry, RejectsABadWorkerCount)
{
    EXPECT_THROW(Telemetry(0, 10), Error);
    EXPECT_THROW(Telemetry(257, 10), Error);
}

/// Reads everything a UI would, as fast as it can, until the run's telemetry says it finished.
/// Returns the number of snapshots taken; checks what must hold of any moment of a run.
struct Reader {
    const Telemetry& t;
    std::uint64_t snapshots = 0, events = 0;
    bool monotonic = true, bounded = true, eventsSane = true;

    void operator()()
    {
        std::vector<std::uint64_t> cursors(static_cast<std::size_t>(t.workers()), 0);
        std::vector<std::uint64_t> lastItems(static_cast<std::size_t>(t.workers()), 0);
        std::vector<ChunkEvent> chunks;
        std::vector<DartSample> darts;
        for (bool done = false; !done;) {
            const Snapshot s = t.snapshot();
            done = s.finished;
            ++snapshots;
            bounded = bounded && s.doneItems <= s.totalItems;
            for (std::size_t w = 0; w < s.workers.size(); ++w) {
                monotonic = monotonic && s.workers[w].items >= lastItems[w];
                lastItems[w] = s.workers[w].items;
                chunks.clear();
                cursors[w] = t.readChunks(static_cast<int>(w), cursors[w], chunks);
                for (const ChunkEvent& e : chunks)
                    eventsSane = eventsSane && e.worker == w && e.startNs <= e.endNs && e.cost >= e.count / 2;
                events += chunks.size();
            }
            t.readDarts(darts);
            for (const DartSample& d : darts)
                bounded = bounded && d.x >= 0 && d.x < 1 && d.y >= 0 && d.y < 1 && d.worker < t.workers();
        }
    }
};

TEST(TelemetryConcurrent, ReaderDuringPiRun)
{
    PiParams p;
    p.samples = 20'000'000;
    p.workers = 3;
    p.blocks = 300;
    p.kernel = Kernel::scalar;
    Telemetry t(p.workers, p.samples);
    CancelToken cancel;
    Reader reader{t};
    std::thread th(std::ref(reader));
    const PiResult r = runPi(p, &t, cancel);
    th.join();

    EXPECT_TRUE(reader.monotonic);
    EXPECT_TRUE(reader.bounded);
    EXPECT_TRUE(reader.eventsSane);
    EXPECT_EQ(reader.events, 300u);
    EXPECT_GE(reader.snapshots, 1u);
    const Snapshot end = t.snapshot();
    EXPECT_EQ(end.doneItems, r.samples);
    std::uint64_t hits = 0;
    for (const WorkerCounters& c : end.workers)
        hits += c.hits;
    EXPECT_EQ(hits, r.hits);
}

TEST(TelemetryConcurrent, ReaderDuringPrimesRunWithATinyRing)
{
    PrimesParams p;
    p.first = 1;
    p.last = 300'000;
    p.workers = 3;
    p.schedule = Schedule::chunked;
    p.chunksize = 50;
    TelemetryLimits limits;
    limits.chunkEventsPerWorker = 8; // the reader will fall behind: events get overwritten
    Telemetry t(p.workers, 300'000, limits);
    CancelToken cancel;
    Reader reader{t};
    std::thread th(std::ref(reader));
    const PrimesResult r = runPrimes(p, &t, cancel);
    th.join();

    EXPECT_TRUE(reader.monotonic);
    EXPECT_TRUE(reader.bounded);
    EXPECT_TRUE(reader.eventsSane);
    EXPECT_LE(reader.events, r.chunks);
    EXPECT_EQ(r.primes, 25'997u); // π(3·10^5)
    const Snapshot end = t.snapshot();
    EXPECT_EQ(end.doneItems, 300'000u);
    std::uint64_t primes = 0;
    for (const WorkerCounters& c : end.workers)
        primes += c.primes;
    EXPECT_EQ(primes, r.primes);
    // Reading the whole history afterwards: at most 8 per worker kept, the rest counted as lost.
    for (int w = 0; w < p.workers; ++w) {
        std::vector<ChunkEvent> out;
        std::uint64_t lost = 0;
        const std::uint64_t head = t.readChunks(w, 0, out, &lost);
        EXPECT_EQ(head, end.workers[static_cast<std::size_t>(w)].chunks);
        EXPECT_EQ(out.size(), std::min<std::uint64_t>(head, 8));
        EXPECT_EQ(lost + out.size(), head);
    }
}

TEST(TelemetryConcurrent, StdThreadWritersAndAReaderWithoutOneTbb)
{
    // The writer protocol on plain std::threads (one per worker slot) against a reader: with no
    // oneTBB frame in any stack, ThreadSanitizer checks every access of the Telemetry here.
    constexpr int kWorkers = 3;
    constexpr std::uint64_t kChunks = 2000, kPerChunk = 50;
    TelemetryLimits limits;
    limits.chunkEventsPerWorker = 64;
    limits.dartSamples = 300;
    Telemetry t(kWorkers, kWorkers * kChunks * kPerChunk, limits);
    std::atomic<int> running{kWorkers};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWorkers; ++w) {
        writers.emplace_back([&t, &running, w] {
            for (std::uint64_t c = 0; c < kChunks; ++c) {
                const std::int64_t start = t.nowNs();
                t.chunkStarted(w, start);
                for (std::uint64_t i = 0; i < kPerChunk; i += 10) {
                    t.progress(w, 10, 20, 5, 1);
                    t.recordDart(w, static_cast<std::uint32_t>(i) << 8, static_cast<std::uint32_t>(c) << 4,
                                 i % 20 == 0);
                }
                t.chunkFinished(w, ChunkEvent{static_cast<std::uint32_t>(w), start, t.nowNs(), c * kPerChunk, kPerChunk,
                                              2 * kPerChunk});
            }
            if (running.fetch_sub(1) == 1)
                t.finish();
        });
    }
    Reader reader{t};
    reader(); // on this thread, until finish()
    for (auto& th : writers)
        th.join();
    EXPECT_TRUE(reader.monotonic);
    EXPECT_TRUE(reader.bounded);
    EXPECT_TRUE(reader.eventsSane);
    EXPECT_LE(reader.events, kWorkers * kChunks);
    const Snapshot end = t.snapshot();
    EXPECT_EQ(end.doneItems, kWorkers * kChunks * kPerChunk);
    for (const WorkerCounters& c : end.workers) {
        EXPECT_EQ(c.chunks, kChunks);
        EXPECT_EQ(c.divisions, 2 * kChunks * kPerChunk);
        EXPECT_EQ(c.hits, kChunks * kPerChunk / 2);
    }
    std::vector<DartSample> darts;
    t.readDarts(darts);
    EXPECT_EQ(darts.size(), 300u);
}

} // namespace
} // namespace parlab
