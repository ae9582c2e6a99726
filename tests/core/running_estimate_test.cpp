/// @file running_estimate_test.cpp
/// @brief The π run's running estimate: log-spaced checkpoints, and at each one the exact hit
/// count of the run's first darts — the same on every backend, for any worker and block count,
/// with independent and identical seeding; distinct darts stop growing with identical seeding.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend_test_support.h"
#include "parlab/cancel_token.h"
#include "parlab/estimate_checkpoints.h"
#include "parlab/pi.h"
#include "parlab/telemetry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

namespace parlab {
namespace {

// Hits among the run's first c darts, from the definition of a block (not from the backends):
// block b reports darts [begin, begin + size) and throws [base, base + size).
std::uint64_t referenceHits(const PiParams& p, std::uint64_t c)
{
    const std::uint64_t blocks = resolvedBlocks(p), q = p.samples / blocks, r = p.samples % blocks;
    std::uint64_t hits = 0;
    for (std::uint64_t b = 0; b < blocks; ++b) {
        const std::uint64_t begin = b * q + std::min(b, r), size = q + (b < r ? 1 : 0);
        if (c <= begin)
            break;
        const std::uint64_t base = p.seeding == Seeding::identical ? 0 : begin;
        hits += countHits(Kernel::scalar, p.seed, base, base + std::min(size, c - begin));
    }
    return hits;
}

TEST(EstimateCheckpoints, EightPerDecadeFrom100EndingAtTheRunsSize)
{
    EXPECT_EQ(nextEstimateCheckpoint(0), 100u);
    EXPECT_EQ(nextEstimateCheckpoint(100), 133u);
    EXPECT_EQ(nextEstimateCheckpoint(999), 1000u);
    EXPECT_EQ(nextEstimateCheckpoint(1000), 1334u);
    const auto c = estimateCheckpoints(1'000'000);
    ASSERT_EQ(c.size(), 8u * 4 + 1); // 10², 10³, 10⁴, 10⁵ decades, then 10⁶ itself
    EXPECT_EQ(c.front(), 100u);
    EXPECT_EQ(c.back(), 1'000'000u);
    for (std::size_t i = 1; i + 1 < c.size(); ++i) {
        const double ratio = static_cast<double>(c[i]) / static_cast<double>(c[i - 1]);
        EXPECT_GT(ratio, 1.25) << i;
        EXPECT_LT(ratio, 1.40) << i;
    }
    EXPECT_EQ(estimateCheckpoints(50), std::vector<std::uint64_t>{50});
    EXPECT_EQ(estimateCheckpoints(kMaxPiSamples).back(), kMaxPiSamples);
}

TEST(DistinctDarts, IdenticalSeedingStopsAtTheLargestBlock)
{
    PiParams p;
    p.samples = 200'000'000;
    p.workers = 2;
    EXPECT_EQ(distinctDarts(p, p.samples), 200'000'000u);
    p.seeding = Seeding::identical;
    EXPECT_EQ(distinctDarts(p, p.samples), 100'000'000u); // "200 M darts thrown, 100 M distinct"
    EXPECT_EQ(distinctDarts(p, 5'000), 5'000u);
    p.samples = 10;
    p.blocks = 3; // blocks of 4, 3, 3
    EXPECT_EQ(distinctDarts(p, 10), 4u);
}

TEST(RunningEstimate, TelemetryReportsOnlyWholePrefixes)
{
    Telemetry t(1, 1'000);
    std::vector<EstimatePoint> out;
    t.addEstimateHits(100, 33, 20); // [100, 133): the second segment first
    t.readEstimates(out);
    EXPECT_TRUE(out.empty()); // darts 0…99 are still to come
    t.addEstimateHits(0, 90, 70);
    t.addEstimateHits(90, 10, 8);
    t.readEstimates(out);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].darts, 100u);
    EXPECT_EQ(out[0].hits, 78u);
    EXPECT_EQ(out[1].darts, 133u);
    EXPECT_EQ(out[1].hits, 98u);
    t.addEstimateHits(130, 10, 5); // crosses the checkpoint at 133: not filed anywhere
    t.addEstimateHits(133, 44, 30);
    t.readEstimates(out);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[2].hits, 128u);
}

using Case = std::tuple<Backend, Seeding, int, std::uint64_t>;

class RunningEstimateOnEveryBackend : public ::testing::TestWithParam<Case> {};

TEST_P(RunningEstimateOnEveryBackend, ExactAtEveryCheckpoint)
{
    const auto [backend, seeding, workers, blocks] = GetParam();
    PiParams p;
    p.samples = 300'007; // odd: blocks of unequal size
    p.workers = workers;
    p.blocks = blocks;
    p.seed = 5;
    p.seeding = seeding;
    p.backend = backend;
    p.workerPath = test::workerPath();
    Telemetry t(p.workers, p.samples);
    CancelToken cancel;
    const PiResult r = runPi(p, &t, cancel);
    ASSERT_FALSE(r.cancelled);
    std::vector<EstimatePoint> points;
    t.readEstimates(points);
    const auto checkpoints = estimateCheckpoints(p.samples);
    ASSERT_EQ(points.size(), checkpoints.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        EXPECT_EQ(points[i].darts, checkpoints[i]);
        EXPECT_EQ(points[i].hits, referenceHits(p, checkpoints[i])) << "at " << checkpoints[i] << " darts";
    }
    EXPECT_EQ(points.back().hits, r.hits);
}

std::string caseName(const ::testing::TestParamInfo<Case>& info)
{
    std::string n = std::string(name(std::get<0>(info.param))) + "_" + std::string(name(std::get<1>(info.param))) +
                    "_w" + std::to_string(std::get<2>(info.param)) + "_b" + std::to_string(std::get<3>(info.param));
    std::replace(n.begin(), n.end(), '-', '_');
    return n;
}

INSTANTIATE_TEST_SUITE_P(BackendsSeedingsWorkersBlocks, RunningEstimateOnEveryBackend,
                         ::testing::Combine(::testing::Values(Backend::tbb, Backend::gil_threads, Backend::processes),
                                            ::testing::Values(Seeding::independent, Seeding::identical),
                                            ::testing::Values(1, 3),
                                            ::testing::Values(std::uint64_t{0}, std::uint64_t{7})),
                         caseName);

} // namespace
} // namespace parlab
