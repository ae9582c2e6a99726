/// @file primes_run_test.cpp
/// @brief runPrimes: exact prime counts for every schedule, chunk size and worker count, and
///        every number of the range checked exactly once (per-worker items, chunk events).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/prime_check.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace parlab {
namespace {

struct Row {
    std::uint64_t last;
    Schedule schedule;
    std::uint64_t size; // chunksize (chunked) or grainsize (auto); ignored by static
    int workers;
    Order order = Order::natural;
};

std::ostream& operator<<(std::ostream& os, const Row& r)
{
    return os << "to=" << r.last << " " << name(r.schedule) << " size=" << r.size << " workers=" << r.workers << " "
              << name(r.order);
}

PrimesParams paramsOf(const Row& r)
{
    PrimesParams p;
    p.first = 1;
    p.last = r.last;
    p.workers = r.workers;
    p.schedule = r.schedule;
    if (r.schedule == Schedule::chunked)
        p.chunksize = r.size;
    if (r.schedule == Schedule::auto_)
        p.grainsize = r.size;
    p.order = r.order;
    p.seed = 7;
    return p;
}

/// π(n) and the total trial divisions of the seed's check_prime over 1…n (computed once with an
/// independent plain loop; PrimesReference.TableMatchesSerialChecks re-derives them).
struct Reference {
    std::uint64_t last, primes, divisions;
};
constexpr Reference kReferences[] = {
    {20'000, 2'262, 165'071},
    {1'000'000, 78'498, 34'600'559},
    {10'000'000, 664'579, 880'439'155},
};

const Reference& reference(std::uint64_t last)
{
    for (const Reference& r : kReferences)
        if (r.last == last)
            return r;
    throw std::logic_error("no reference for this range");
}

TEST(PrimesReference, TableMatchesSerialChecks)
{
    for (const Reference& ref : kReferences) {
        if (test::kSanitized && ref.last > 1'000'000)
            continue; // 10^7 serially is ~10 s under a sanitizer; the parallel rows still check it
        std::uint64_t primes = 0, divisions = 0;
        for (std::uint64_t n = 1; n <= ref.last; ++n) {
            const PrimeCheck c = checkPrime(n);
            primes += c.prime ? 1 : 0;
            divisions += c.divisions;
        }
        EXPECT_EQ(primes, ref.primes) << ref.last;
        EXPECT_EQ(divisions, ref.divisions) << ref.last;
    }
}

// Chunk-event ring per worker: large enough for every chunk of most rows, small enough that eight
// workers' rings stay a few tens of MB.
constexpr std::uint64_t kRingCap = 1u << 16;

class PrimesRun : public ::testing::TestWithParam<Row> {};

TEST_P(PrimesRun, ExactCountAndEveryNumberOnce)
{
    const Row row = GetParam();
    const PrimesParams p = paramsOf(row);
    const std::uint64_t n = rangeSize(p);
    // Every chunk holds at least one number, so n bounds auto's chunk count.
    const std::uint64_t maxChunks = p.schedule == Schedule::auto_ ? n : chunkCount(p);
    const std::uint64_t capacity = std::min(maxChunks, kRingCap);
    TelemetryLimits limits;
    limits.chunkEventsPerWorker = static_cast<std::uint32_t>(capacity);
    Telemetry telemetry(p.workers, n, limits);
    CancelToken cancel;

    const PrimesResult r = runPrimes(p, &telemetry, cancel);

    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.checked, n);
    EXPECT_EQ(r.primes, reference(p.last).primes);
    // Any number checked twice or skipped changes the division total of the range.
    EXPECT_EQ(r.divisions, reference(p.last).divisions);
    ASSERT_EQ(r.workers.size(), static_cast<std::size_t>(p.workers));

    std::uint64_t items = 0, primes = 0, divisions = 0, chunks = 0;
    for (int w = 0; w < p.workers; ++w) {
        const WorkerStats& s = r.workers[static_cast<std::size_t>(w)];
        EXPECT_EQ(s.id, w);
        EXPECT_GE(s.busySeconds, 0.0);
        items += s.items;
        primes += s.primes;
        divisions += s.divisions;
        chunks += s.chunks;
    }
    EXPECT_EQ(items, n);
    EXPECT_EQ(primes, r.primes);
    EXPECT_EQ(divisions, r.divisions);
    EXPECT_EQ(chunks, r.chunks);
    if (p.schedule != Schedule::auto_) {
        EXPECT_EQ(r.chunks, chunkCount(p));
    }
    if (p.schedule == Schedule::chunked) {
        EXPECT_EQ(r.params.chunksize, p.chunksize ? p.chunksize : defaultChunksize(n, p.workers));
    }

    // The telemetry's final counters are the result's.
    const Snapshot snap = telemetry.snapshot();
    EXPECT_TRUE(snap.finished);
    EXPECT_EQ(snap.doneItems, n);
    for (int w = 0; w < p.workers; ++w) {
        const WorkerCounters& c = snap.workers[static_cast<std::size_t>(w)];
        const WorkerStats& s = r.workers[static_cast<std::size_t>(w)];
        EXPECT_EQ(c.items, s.items) << "worker " << w;
        EXPECT_EQ(c.divisions, s.divisions) << "worker " << w;
        EXPECT_EQ(c.primes, s.primes) << "worker " << w;
        EXPECT_EQ(c.chunks, s.chunks) << "worker " << w;
        EXPECT_FALSE(c.busy);
    }

    // Chunk events cover every position of the range exactly once — when the ring kept them all
    // (not for chunksize 1 over 10^6: the 20 000-number rows check the finest chunks).
    const bool ringHoldsAll =
        std::all_of(r.workers.begin(), r.workers.end(), [&](const WorkerStats& s) { return s.chunks <= capacity; });
    if (!ringHoldsAll)
        return;
    // Position of each number in the order (events name a chunk's first number, not its position).
    const ItemOrder order(p);
    std::vector<std::uint32_t> positionOf(n);
    for (std::uint64_t k = 0; k < n; ++k)
        positionOf[order.at(k) - p.first] = static_cast<std::uint32_t>(k);
    std::vector<bool> covered(n, false);
    std::uint64_t events = 0;
    for (int w = 0; w < p.workers; ++w) {
        std::vector<ChunkEvent> out;
        std::uint64_t lost = 99;
        const std::uint64_t head = telemetry.readChunks(w, 0, out, &lost);
        EXPECT_EQ(lost, 0u);
        EXPECT_EQ(head, out.size());
        EXPECT_EQ(out.size(), r.workers[static_cast<std::size_t>(w)].chunks);
        std::uint64_t cost = 0;
        for (const ChunkEvent& e : out) {
            EXPECT_EQ(e.worker, static_cast<std::uint32_t>(w));
            EXPECT_LE(e.startNs, e.endNs);
            cost += e.cost;
            ++events;
            ASSERT_GE(e.first, p.first);
            ASSERT_LE(e.first, p.last);
            const std::uint64_t k0 = positionOf[e.first - p.first];
            ASSERT_LE(k0 + e.count, n);
            for (std::uint64_t k = k0; k < k0 + e.count; ++k) {
                ASSERT_FALSE(covered[k]) << "position " << k << " in two chunks";
                covered[k] = true;
            }
        }
        EXPECT_EQ(cost, r.workers[static_cast<std::size_t>(w)].divisions);
    }
    EXPECT_EQ(events, r.chunks);
    EXPECT_EQ(std::count(covered.begin(), covered.end(), false), 0);
}

std::vector<Row> matrix()
{
    std::vector<Row> rows;
    const int workerCounts[] = {1, 2, 3, 8};
    constexpr unsigned long long kMillion = 1'000'000;
    for (const int w : workerCounts) {
        rows.push_back({kMillion, Schedule::static_, 0, w});
        for (const std::uint64_t c : {1ULL, 7ULL, 1000ULL, 0ULL, 2 * kMillion})
            rows.push_back({kMillion, Schedule::chunked, c, w});
        for (const std::uint64_t g : {0ULL, 7ULL, 1000ULL, 2 * kMillion})
            rows.push_back({kMillion, Schedule::auto_, g, w});
        // Chunk events for the finest chunks, on a range whose every chunk fits in the ring.
        rows.push_back({20'000, Schedule::chunked, 1, w});
        rows.push_back({20'000, Schedule::chunked, 7, w});
        rows.push_back({20'000, Schedule::auto_, 1, w});
    }
    // Orders other than natural, on the schedules that hand out positions differently.
    for (const Order o : {Order::shuffled, Order::costliest}) {
        rows.push_back({kMillion, Schedule::chunked, 0, 3, o});
        rows.push_back({kMillion, Schedule::static_, 0, 2, o});
        rows.push_back({kMillion, Schedule::auto_, 0, 2, o});
    }
    return rows;
}

INSTANTIATE_TEST_SUITE_P(Million, PrimesRun, ::testing::ValuesIn(matrix()));

// 10^7: only a few rows (each is ~7·10^8 divisions), one per schedule.
std::vector<Row> tenMillion()
{
    std::vector<Row> rows = {{10'000'000, Schedule::auto_, 0, 2}};
    if (!test::kSanitized) {
        rows.push_back({10'000'000, Schedule::static_, 0, 3});
        rows.push_back({10'000'000, Schedule::chunked, 1000, 8});
    }
    return rows;
}

INSTANTIATE_TEST_SUITE_P(TenMillion, PrimesRun, ::testing::ValuesIn(tenMillion()));

TEST(PrimesRun, WorksWithoutTelemetryAndOnAnOffsetRange)
{
    PrimesParams p;
    p.first = 999'000;
    p.last = 1'000'000;
    p.workers = 3;
    p.schedule = Schedule::chunked;
    p.chunksize = 13;
    CancelToken cancel;
    const PrimesResult r = runPrimes(p, nullptr, cancel);
    // π(10^6) − π(998 999) = 78 498 − 78 424 (primes in 999 000…1 000 000: counted by the sieve)
    const auto isPrime = test::sieve(1'000'000);
    std::uint64_t expected = 0;
    for (std::uint64_t n = p.first; n <= p.last; ++n)
        expected += isPrime[n] ? 1 : 0;
    EXPECT_EQ(r.primes, expected);
    EXPECT_EQ(r.checked, 1001u);
    EXPECT_FALSE(r.cancelled);
}

TEST(PrimesRun, BatchedKernelGivesTheSeedsCountsOnThreadedBackends)
{
    // The batched kernel tries the same divisors: the reference division total of 1…10^6 holds,
    // and so does the per-worker and per-chunk bookkeeping (telemetry at chunk granularity).
    for (const Backend b : {Backend::tbb, Backend::gil_threads}) {
        PrimesParams p = paramsOf({1'000'000, Schedule::chunked, 5000, 2});
        p.kernel = Kernel::batched;
        p.backend = b;
        Telemetry telemetry(p.workers, rangeSize(p));
        CancelToken cancel;
        const PrimesResult r = runPrimes(p, &telemetry, cancel);
        EXPECT_EQ(r.primes, 78'498u) << name(b);
        EXPECT_EQ(r.divisions, reference(1'000'000).divisions) << name(b);
        EXPECT_EQ(r.chunks, 200u) << name(b);
        std::uint64_t divisions = 0;
        for (const WorkerStats& s : r.workers)
            divisions += s.divisions;
        EXPECT_EQ(divisions, r.divisions) << name(b);
    }
}

TEST(PrimesRun, SingleNumberRangesAndMoreWorkersThanNumbers)
{
    CancelToken cancel;
    for (const Schedule s : {Schedule::static_, Schedule::chunked, Schedule::auto_}) {
        PrimesParams p;
        p.first = p.last = 9007199254740881ULL - 110; // composite (even): cheap
        p.workers = 8;
        p.schedule = s;
        const PrimesResult r = runPrimes(p, nullptr, cancel);
        EXPECT_EQ(r.checked, 1u) << name(s);
        EXPECT_EQ(r.primes, 0u) << name(s);
        p.first = 2;
        p.last = 4;
        const PrimesResult r2 = runPrimes(p, nullptr, cancel);
        EXPECT_EQ(r2.checked, 3u) << name(s);
        EXPECT_EQ(r2.primes, 2u) << name(s);
    }
}

TEST(PrimesSchedule, DefaultChunksizeIsPythons)
{
    EXPECT_EQ(defaultChunksize(1'000'000, 2), 125'000u);
    EXPECT_EQ(defaultChunksize(1'000'001, 2), 125'001u);
    EXPECT_EQ(defaultChunksize(10, 4), 1u);
    EXPECT_EQ(defaultChunksize(0, 4), 1u);
    PrimesParams p;
    p.first = 1;
    p.last = 100;
    p.workers = 3;
    p.schedule = Schedule::static_;
    EXPECT_EQ(chunkCount(p), 3u);
    p.schedule = Schedule::chunked;
    p.chunksize = 0;
    EXPECT_EQ(resolvedChunksize(p), 9u); // ceil(100 / 12)
    EXPECT_EQ(chunkCount(p), 12u);       // ceil(100 / 9)
    p.chunksize = 1000;
    EXPECT_EQ(chunkCount(p), 1u);
}

} // namespace
} // namespace parlab
