/// @file pi_run_test.cpp
/// @brief runPi and countHits: the hit count depends on (seed, samples, seeding) only.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/dart_hash.h"
#include "parlab/pi.h"
#include "parlab/telemetry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <ostream>
#include <utility>
#include <vector>

namespace parlab {
namespace {

std::uint64_t naiveHits(std::uint64_t seed, std::uint64_t begin, std::uint64_t end)
{
    std::uint64_t hits = 0;
    for (std::uint64_t i = begin; i < end; ++i)
        hits += dartHits(dartAt(dartKeys(seed, i >> 32), static_cast<std::uint32_t>(i))) ? 1 : 0;
    return hits;
}

TEST(CountHits, BothKernelsEqualANaiveLoopOverDarts)
{
    struct Span {
        std::uint64_t begin, end;
    };
    const std::uint64_t two32 = std::uint64_t{1} << 32;
    // Odd sizes (not multiples of a SIMD width or of the 1 024-dart block) and a span crossing
    // the 2^32 boundary where the keys change.
    const Span spans[] = {{0, 0},
                          {0, 1},
                          {0, 7},
                          {5, 1029},
                          {123, 100'003},
                          {two32 - 3001, two32 + 4999},
                          {7 * two32 + 11, 7 * two32 + 70'000}};
    for (const std::uint64_t seed : {0ULL, 1ULL, 0x123456789abcdefULL}) {
        for (const Span& s : spans) {
            const std::uint64_t ref = naiveHits(seed, s.begin, s.end);
            EXPECT_EQ(countHits(Kernel::scalar, seed, s.begin, s.end), ref) << seed << " " << s.begin;
            EXPECT_EQ(countHits(Kernel::batched, seed, s.begin, s.end), ref) << seed << " " << s.begin;
        }
    }
}

TEST(CountHits, SplittingARangeDoesNotChangeTheCount)
{
    const std::uint64_t whole = countHits(Kernel::batched, 9, 0, 1'000'000);
    std::uint64_t parts = 0;
    for (std::uint64_t b = 0; b < 1'000'000; b += 77'777)
        parts += countHits(Kernel::scalar, 9, b, std::min<std::uint64_t>(b + 77'777, 1'000'000));
    EXPECT_EQ(parts, whole);
}

TEST(DartHash, CoordinatesAre24BitAndDifferInXAndY)
{
    const DartKeys k = dartKeys(1, 0);
    EXPECT_NE(k.kx, k.ky);
    std::uint64_t equal = 0;
    for (std::uint32_t i = 0; i < 100'000; ++i) {
        const Dart24 d = dartAt(k, i);
        ASSERT_LT(d.x, 1u << 24);
        ASSERT_LT(d.y, 1u << 24);
        equal += d.x == d.y ? 1 : 0;
    }
    EXPECT_LT(equal, 10u);
}

struct PiRow {
    int workers;
    std::uint64_t blocks;
    Kernel kernel;
};

std::ostream& operator<<(std::ostream& os, const PiRow& r)
{
    return os << "workers=" << r.workers << " blocks=" << r.blocks << " " << name(r.kernel);
}

constexpr std::uint64_t kSamples = 3'000'017; // prime: never a multiple of the block count
constexpr std::uint64_t kSeed = 20261125;

std::uint64_t referenceHits()
{
    static const std::uint64_t hits = naiveHits(kSeed, 0, kSamples);
    return hits;
}

class PiRun : public ::testing::TestWithParam<PiRow> {};

TEST_P(PiRun, SameSeedSameHitsForAnyWorkersBlocksAndKernel)
{
    const PiRow row = GetParam();
    PiParams p;
    p.samples = kSamples;
    p.workers = row.workers;
    p.blocks = row.blocks;
    p.kernel = row.kernel;
    p.seed = kSeed;
    Telemetry telemetry(p.workers, p.samples);
    CancelToken cancel;
    const PiResult r = runPi(p, &telemetry, cancel);

    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.samples, kSamples);
    EXPECT_EQ(r.hits, referenceHits());
    EXPECT_DOUBLE_EQ(r.pi, 4.0 * static_cast<double>(r.hits) / static_cast<double>(kSamples));
    EXPECT_EQ(r.params.blocks, row.blocks ? row.blocks : static_cast<std::uint64_t>(row.workers));
    ASSERT_EQ(r.workers.size(), static_cast<std::size_t>(p.workers));
    std::uint64_t items = 0, hits = 0, chunks = 0;
    const Snapshot snap = telemetry.snapshot();
    for (int w = 0; w < p.workers; ++w) {
        const WorkerStats& s = r.workers[static_cast<std::size_t>(w)];
        EXPECT_EQ(s.id, w);
        items += s.items;
        hits += s.hits;
        chunks += s.chunks;
        const WorkerCounters& c = snap.workers[static_cast<std::size_t>(w)];
        EXPECT_EQ(c.items, s.items);
        EXPECT_EQ(c.hits, s.hits);
        EXPECT_EQ(c.chunks, s.chunks);
    }
    EXPECT_EQ(items, kSamples);
    EXPECT_EQ(hits, r.hits);
    EXPECT_EQ(chunks, r.params.blocks); // every block is one chunk
    EXPECT_EQ(snap.doneItems, kSamples);
    EXPECT_TRUE(snap.finished);
}

std::vector<PiRow> piMatrix()
{
    std::vector<PiRow> rows;
    for (const Kernel k : {Kernel::scalar, Kernel::batched})
        for (const int w : {1, 2, 3, 8})
            for (const std::uint64_t b : {0ULL, 1ULL, 7ULL, 1000ULL})
                rows.push_back({w, b, k});
    return rows;
}

INSTANTIATE_TEST_SUITE_P(Matrix, PiRun, ::testing::ValuesIn(piMatrix()));

TEST(PiRun, EstimateWithinFiveStandardErrorsFor10Pow7Darts)
{
    constexpr double kN = 1e7;
    const double p = std::numbers::pi / 4;
    const double standardError = 4 * std::sqrt(p * (1 - p) / kN); // of 4·hits/N
    CancelToken cancel;
    for (const std::uint64_t seed : {1ULL, 2ULL, 3ULL, 12345ULL}) {
        PiParams params;
        params.samples = 10'000'000;
        params.workers = 2;
        params.seed = seed;
        const PiResult r = runPi(params, nullptr, cancel);
        EXPECT_NEAR(r.pi, std::numbers::pi, 5 * standardError) << "seed " << seed;
    }
}

TEST(PiRun, DifferentSeedsGiveDifferentDarts)
{
    CancelToken cancel;
    PiParams a;
    a.samples = 1'000'000;
    a.seed = 1;
    PiParams b = a;
    b.seed = 2;
    EXPECT_NE(runPi(a, nullptr, cancel).hits, runPi(b, nullptr, cancel).hits);
}

TEST(PiRun, IdenticalSeedingReplaysOneBlock)
{
    CancelToken cancel;
    for (const Kernel k : {Kernel::scalar, Kernel::batched}) {
        PiParams p;
        p.samples = 1'000'000;
        p.workers = 3;
        p.blocks = 8;
        p.seed = 5;
        p.kernel = k;
        p.seeding = Seeding::identical;
        // 8 equal blocks of 125 000 darts, each the darts 0…124 999.
        const PiResult r = runPi(p, nullptr, cancel);
        EXPECT_EQ(r.samples, 1'000'000u);
        EXPECT_EQ(r.hits, 8 * naiveHits(5, 0, 125'000));

        // Uneven blocks: the first samples % blocks blocks hold one dart more.
        p.samples = 1'000'003;
        const PiResult u = runPi(p, nullptr, cancel);
        EXPECT_EQ(u.hits, 3 * naiveHits(5, 0, 125'001) + 5 * naiveHits(5, 0, 125'000));
        EXPECT_NE(u.hits, countHits(k, 5, 0, 1'000'003)); // not the independent stream's count
    }
}

TEST(PiRun, DartSampleIsBoundedAndHoldsRealDarts)
{
    // A run smaller than the sample records every dart: exactly darts 0…n−1 of the seed.
    CancelToken cancel;
    PiParams p;
    p.samples = 5000;
    p.workers = 3;
    p.blocks = 10;
    p.seed = 77;
    Telemetry small(p.workers, p.samples);
    runPi(p, &small, cancel);
    std::vector<DartSample> darts;
    small.readDarts(darts);
    ASSERT_EQ(darts.size(), 5000u);
    std::vector<int> seen(5000, 0);
    const DartKeys keys = dartKeys(77, 0);
    // Index the expected darts by their coordinates.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> expected;
    for (std::uint32_t i = 0; i < 5000; ++i) {
        const Dart24 d = dartAt(keys, i);
        expected.emplace_back((std::uint64_t{d.x} << 24) | d.y, i);
    }
    std::sort(expected.begin(), expected.end());
    for (const DartSample& s : darts) {
        ASSERT_LT(s.worker, 3);
        const auto x = static_cast<std::uint32_t>(s.x * 16777216.0f);
        const auto y = static_cast<std::uint32_t>(s.y * 16777216.0f);
        const auto it = std::lower_bound(expected.begin(), expected.end(),
                                         std::make_pair((std::uint64_t{x} << 24) | y, std::uint32_t{0}));
        ASSERT_TRUE(it != expected.end() && it->first == ((std::uint64_t{x} << 24) | y)) << "not a dart of the run";
        ++seen[it->second];
        EXPECT_EQ(s.hit, dartHits(Dart24{x, y}));
    }
    for (int c : seen)
        EXPECT_EQ(c, 1);

    // A big run with a small limit keeps at most the limit.
    p.samples = 2'000'000;
    TelemetryLimits limits;
    limits.dartSamples = 1000;
    Telemetry bounded(p.workers, p.samples, limits);
    runPi(p, &bounded, cancel);
    bounded.readDarts(darts);
    EXPECT_LE(darts.size(), 1000u);
    EXPECT_GT(darts.size(), 0u);
    for (const DartSample& s : darts) {
        EXPECT_GE(s.x, 0.0f);
        EXPECT_LT(s.x, 1.0f);
        EXPECT_GE(s.y, 0.0f);
        EXPECT_LT(s.y, 1.0f);
        EXPECT_EQ(s.hit, s.x * s.x + s.y * s.y < 1.0f);
    }
}

} // namespace
} // namespace parlab
