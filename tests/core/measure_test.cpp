/// @file measure_test.cpp
/// @brief The measurement layer on known data: statistics, sweep plans, the Amdahl fit, load
///        statistics — and measuring a plan with a counting runner (no clock involved).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/error.h"
#include "parlab/fits.h"
#include "parlab/machine_load.h"
#include "parlab/prime_check.h"
#include "parlab/statistics.h"
#include "parlab/sweeps.h"

#include <gtest/gtest.h>

#include <map>

#include <chrono>
#include <cmath>
#include <csignal>
#include <set>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

extern char** environ;

using namespace parlab;

TEST(Statistics, MedianMadMinMaxOnKnownValues)
{
    const Timing t = summarize({0.30, 0.10, 0.50, 0.20, 0.90});
    EXPECT_DOUBLE_EQ(t.min, 0.10);
    EXPECT_DOUBLE_EQ(t.max, 0.90);
    EXPECT_DOUBLE_EQ(t.median, 0.30);
    // |x − 0.3| = 0, 0.2, 0.2, 0.1, 0.6 → median 0.2
    EXPECT_DOUBLE_EQ(t.mad, 0.20);
    EXPECT_EQ(t.seconds, (std::vector<double>{0.30, 0.10, 0.50, 0.20, 0.90})) << "every repeat kept, in order";
    EXPECT_DOUBLE_EQ(median({4, 1, 3, 2}), 2.5);
    EXPECT_DOUBLE_EQ(summarize({7}).mad, 0);
    EXPECT_THROW(summarize({}), Error);
}

TEST(Sweeps, ChunksizesRunFromOneToTheWholeRangeWithPythonsDefault)
{
    const auto v = chunksizeValues(100'001, 2);
    EXPECT_EQ(v.front(), 1u);
    EXPECT_EQ(v.back(), 100'001u) << "one chunk: the U's right arm";
    EXPECT_TRUE(std::set<std::uint64_t>(v.begin(), v.end()).count(defaultChunksize(100'001, 2)));
    EXPECT_TRUE(std::is_sorted(v.begin(), v.end()));
    EXPECT_EQ(std::set<std::uint64_t>(v.begin(), v.end()).size(), v.size());
    for (std::uint64_t c : {1, 2, 5, 10, 20, 50, 100, 50'000})
        EXPECT_TRUE(std::set<std::uint64_t>(v.begin(), v.end()).count(c)) << c;
    EXPECT_EQ(chunksizeValues(1, 4), (std::vector<std::uint64_t>{1}));
}

TEST(Sweeps, ChunksizeSweepRunsBothOrdersAndBothKernelsChunked)
{
    PrimesParams base;
    base.workers = 3;
    base.schedule = Schedule::static_;
    const auto plan = chunksizeSweep(base);
    const auto sizes = chunksizeValues(rangeSize(base), 3);
    ASSERT_EQ(plan.size(), 3 * sizes.size());
    for (std::size_t i = 0; i < plan.size(); ++i) {
        EXPECT_EQ(plan[i].params.schedule, Schedule::chunked);
        EXPECT_EQ(plan[i].params.workers, 3);
        EXPECT_EQ(plan[i].params.chunksize, sizes[i % sizes.size()]);
        EXPECT_EQ(plan[i].x, static_cast<double>(plan[i].params.chunksize));
        const std::size_t s = i / sizes.size();
        EXPECT_EQ(plan[i].series, s == 0 ? "natural" : s == 1 ? "shuffled" : kBatchedChunksizeSeries);
        EXPECT_EQ(plan[i].params.kernel, s == 2 ? Kernel::batched : Kernel::scalar);
        EXPECT_EQ(plan[i].params.order, s == 1 ? Order::shuffled : Order::natural);
    }
}

TEST(Sweeps, EveryChunkCountPointCutsTheRangeIntoExactlyThatManyChunks)
{
    for (std::uint64_t n : {1ULL, 10ULL, 31ULL, 100'001ULL}) {
        PrimesParams base;
        base.first = 5;
        base.last = 5 + n - 1;
        base.workers = 2;
        const auto plan = chunkCountSweep(base);
        ASSERT_FALSE(plan.empty());
        EXPECT_EQ(plan.front().x, 1.0);
        for (const PrimesPoint& pt : plan)
            EXPECT_EQ(static_cast<double>(chunkCount(pt.params)), pt.x)
                << "n=" << n << " chunksize=" << pt.params.chunksize;
        if (n == 100'001) {
            EXPECT_EQ(plan.size(), kMaxChunkCount) << "every count 1…32 is reachable for the book's range";
        }
    }
}

TEST(Sweeps, WorkersSweepRunsEveryBackendAtEveryCount)
{
    PiParams base;
    base.samples = 1000;
    const auto plan = workersSweep(base, {1, 2, 4}, {Backend::tbb, Backend::processes});
    ASSERT_EQ(plan.size(), 6u);
    EXPECT_EQ(plan[0].series, "tbb");
    EXPECT_EQ(plan[1].series, "processes");
    EXPECT_EQ(plan[5].params.workers, 4);
    EXPECT_EQ(plan[5].params.backend, Backend::processes);
}

TEST(Sweeps, MeasuringRunsEveryPointRepeatsTimesAndKeepsEveryValue)
{
    PrimesParams base;
    const auto plan = chunkCountSweep(base, 4);
    int calls = 0;
    std::vector<MeasuredPoint> got;
    // A fake runner: seconds = chunksize + call number, so every repeat is told apart.
    const PrimesRunner fake = [&](const PrimesParams& p) -> std::optional<double> {
        return static_cast<double>(p.chunksize) + (calls++);
    };
    ASSERT_TRUE(measureSweep(plan, 3, fake, [&](const MeasuredPoint& m) { got.push_back(m); }));
    EXPECT_EQ(calls, 12);
    ASSERT_EQ(got.size(), 4u);
    const double c1 = static_cast<double>(plan[1].params.chunksize);
    EXPECT_EQ(got[1].timing.seconds, (std::vector<double>{c1 + 3, c1 + 4, c1 + 5}));
    EXPECT_DOUBLE_EQ(got[1].timing.median, c1 + 4);
    EXPECT_EQ(got[1].x, 2.0);

    // Cancelled on the 5th run: the first point was reported, then the sweep says so.
    calls = 0;
    got.clear();
    const PrimesRunner stops = [&](const PrimesParams&) -> std::optional<double> {
        return ++calls == 5 ? std::nullopt : std::optional<double>(1.0);
    };
    EXPECT_FALSE(measureSweep(plan, 3, stops, [&](const MeasuredPoint& m) { got.push_back(m); }));
    EXPECT_EQ(got.size(), 1u);
    EXPECT_THROW(measureSweep(plan, 0, fake, [](const MeasuredPoint&) {}), Error);
}

TEST(Sweeps, ShortRunsArePassedUntilTheTargetAndReportedPerPass)
{
    // A fake clock: the 1-chunk point takes 0.04 s a run, the 2-chunk point 0.5 s.
    PrimesParams base;
    const auto plan = chunkCountSweep(base, 2);
    std::map<std::uint64_t, int> calls;
    const PrimesRunner fake = [&](const PrimesParams& p) -> std::optional<double> {
        ++calls[p.chunksize];
        return p.chunksize == plan[0].params.chunksize ? 0.04 : 0.5;
    };
    std::vector<MeasuredPoint> got;
    MeasureOptions o;
    o.repeats = 3;
    o.targetSeconds = 0.3;
    ASSERT_TRUE(measureSweep(plan, o, fake, [&](const MeasuredPoint& m) { got.push_back(m); }));
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].passes, 8u); // 8 × 0.04 = 0.32 s ≥ 0.3 s, and 7 × 0.04 is not
    EXPECT_EQ(calls[plan[0].params.chunksize], 3 * 8);
    EXPECT_EQ(got[0].timing.seconds.size(), 3u);
    EXPECT_DOUBLE_EQ(got[0].timing.median, 0.04); // per pass, comparable with one run
    EXPECT_EQ(got[1].passes, 1u);                 // long enough alone
    EXPECT_EQ(calls[plan[1].params.chunksize], 3);

    // The pass count is capped, and a negative target is refused.
    o.maxPasses = 5;
    got.clear();
    ASSERT_TRUE(measureSweep(plan, o, fake, [&](const MeasuredPoint& m) { got.push_back(m); }));
    EXPECT_EQ(got[0].passes, 5u);
    o.targetSeconds = -1;
    EXPECT_THROW(measureSweep(plan, o, fake, [](const MeasuredPoint&) {}), Error);
}

TEST(Sweeps, BusiestWorkerDartsIsTheRunsCriticalPath)
{
    PiParams p;
    p.samples = 1000;
    p.workers = 1;
    EXPECT_EQ(busiestWorkerDarts(p), 1000u);
    p.workers = 3; // one block per worker: 334, 333, 333
    EXPECT_EQ(busiestWorkerDarts(p), 334u);
    p.workers = 2;
    p.blocks = 3; // blocks 334, 333, 333 on two workers: the one free first (333) takes the third
    EXPECT_EQ(busiestWorkerDarts(p), 333u + 333u);
    p.blocks = 8; // 125 each, 4 rounds
    EXPECT_EQ(busiestWorkerDarts(p), 500u);
    p.workers = 16; // more workers than blocks: the largest block
    EXPECT_EQ(busiestWorkerDarts(p), 125u);
}

TEST(Sweeps, CostSamplesBothParitiesAndCountsLikeCheckPrime)
{
    CancelToken never;
    const auto pts = sampleCost(kCostFirst, kCostLast, 1000, never);
    ASSERT_FALSE(pts.empty());
    EXPECT_LE(pts.size(), 1000u);
    EXPECT_GE(pts.size(), 900u);
    int odd = 0, even = 0;
    for (const CostPoint& c : pts) {
        EXPECT_GE(c.n, kCostFirst);
        EXPECT_LE(c.n, kCostLast);
        const PrimeCheck pc = checkPrime(c.n);
        EXPECT_EQ(c.divisions, pc.divisions);
        EXPECT_EQ(c.prime, pc.prime);
        (c.n % 2 ? odd : even)++;
    }
    EXPECT_GT(odd, 400);
    EXPECT_GT(even, 400);
    const auto all = sampleCost(1, 10, 100, never);
    ASSERT_EQ(all.size(), 10u) << "a small range is sampled whole, each number once";
    for (std::uint64_t i = 0; i < 10; ++i)
        EXPECT_EQ(all[i].n, i + 1);
    CancelToken stopped;
    stopped.cancel();
    EXPECT_TRUE(sampleCost(kCostFirst, kCostLast, 1000, stopped).empty());
}

TEST(Sweeps, TimeToNReportsEverySegmentEndAndAGrowingTotal)
{
    CancelToken never;
    std::vector<std::uint64_t> ends;
    double last = -1;
    bool growing = true;
    ASSERT_TRUE(timeToN(1000, 10, never, [&](std::uint64_t n, double s) {
        ends.push_back(n);
        growing = growing && s >= last;
        last = s;
    }));
    EXPECT_EQ(ends, (std::vector<std::uint64_t>{100, 200, 300, 400, 500, 600, 700, 800, 900, 1000}));
    EXPECT_TRUE(growing) << "a cumulative time never shrinks";
    EXPECT_THROW(timeToN(0, 10, never, [](std::uint64_t, double) {}), Error);
}

TEST(Fits, SpeedupsNeedAMeasuredSingleWorkerTime)
{
    EXPECT_TRUE(speedups({{2, 1.0}, {4, 0.5}}).empty()) << "T1 is measured, never extrapolated";
    const auto s = speedups({{1, 4.0}, {2, 2.0}, {4, 1.6}});
    EXPECT_DOUBLE_EQ(s.at(1), 1.0);
    EXPECT_DOUBLE_EQ(s.at(2), 2.0);
    EXPECT_DOUBLE_EQ(s.at(4), 2.5);
}

TEST(Fits, AmdahlRecoversTheSerialFractionOfExactData)
{
    for (double f : {0.0, 0.05, 0.25, 0.6}) {
        std::map<int, double> s;
        for (int k = 1; k <= 8; ++k)
            s[k] = 1.0 / (f + (1.0 - f) / k);
        const auto fit = fitAmdahl(s, 8);
        ASSERT_TRUE(fit);
        EXPECT_NEAR(fit->serialFraction, f, 1e-6);
        EXPECT_NEAR(fit->rmsError, 0, 1e-6);
        EXPECT_EQ(fit->points, 7);
    }
    // Only the counts up to `upTo` are fitted: beyond the physical cores the law does not apply.
    const auto capped = fitAmdahl({{1, 1}, {2, 2}, {4, 2}, {8, 2}}, 2);
    ASSERT_TRUE(capped);
    EXPECT_NEAR(capped->serialFraction, 0, 1e-6);
    EXPECT_EQ(capped->points, 1);
    EXPECT_FALSE(fitAmdahl({{1, 1}}, 8)) << "one worker says nothing about f";
}

TEST(Fits, LoadStatsOfAnEvenAndAnUnevenRun)
{
    const LoadStats even = loadStats({2.0, 2.0}, 2.0);
    EXPECT_DOUBLE_EQ(even.imbalance, 1.0);
    EXPECT_DOUBLE_EQ(even.idleShare, 0.0);
    EXPECT_DOUBLE_EQ(even.fairShare, 0.5);
    // 3 chunks on 2 workers: one worker does two, the other one, then waits.
    const LoadStats saw = loadStats({2.0, 1.0}, 2.0);
    EXPECT_DOUBLE_EQ(saw.imbalance, 2.0 / 1.5);
    EXPECT_DOUBLE_EQ(saw.idleShare, 0.25);
    EXPECT_DOUBLE_EQ(loadStats({}, 1.0).imbalance, 0.0);
}

TEST(Fits, EstimateScalesWithTheRangeAndTheWorkers)
{
    const double one = estimatePrimesSeconds(100'000'000, 100'100'000, 1, 2);
    EXPECT_GT(one, 0);
    EXPECT_NEAR(estimatePrimesSeconds(100'000'000, 100'100'000, 2, 2), one / 2, one * 1e-9);
    EXPECT_NEAR(estimatePrimesSeconds(100'000'000, 100'100'000, 8, 2), one / 2, one * 1e-9) << "no more than the cores";
    EXPECT_EQ(estimatePrimesSeconds(10, 5, 1, 2), 0);
}

TEST(MachineLoad, AnotherProgramSpinningShowsAsBackgroundCores)
{
    // A shell spinning on one core, not waited for while measured: its time is another
    // program's, as a browser's would be.
    pid_t spinner = 0;
    char sh[] = "/bin/sh", c[] = "-c", loop[] = "while :; do :; done";
    char* argv[] = {sh, c, loop, nullptr};
    ASSERT_EQ(::posix_spawn(&spinner, "/bin/sh", nullptr, nullptr, argv, environ), 0);
    LoadMeter meter;
    meter.start();
    // The measured span: wall time has to pass for a load to be seen (the assertion is on CPU
    // time the kernel counted, not on how long this took).
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    const MachineLoad load = meter.stop();
    ::kill(spinner, SIGKILL);
    ::waitpid(spinner, nullptr, 0);
    if (!load.known)
        GTEST_SKIP() << "no /proc/stat here";
    EXPECT_GT(load.backgroundCores, 0.7) << "own " << load.ownCores << " over " << load.seconds << " s";
    EXPECT_LT(load.ownCores, 0.3) << "this process only slept";
}

TEST(Prediction, TheSawToothFromDivisionCountsIsExact)
{
    // Equal items: the busiest of 2 workers does ceil(chunks/2) chunks of the work — the
    // saw-tooth: 3 chunks cost as much as 2 (one worker does two), 4 chunks as little as 2.
    const std::vector<std::uint64_t> flat(12, 10);
    EXPECT_EQ(busiestWorkerDivisions(flat, 12, 2), 120u); // 1 chunk: one worker does it all
    EXPECT_EQ(busiestWorkerDivisions(flat, 6, 2), 60u);   // 2 chunks
    EXPECT_EQ(busiestWorkerDivisions(flat, 4, 2), 80u);   // 3 chunks: 2 + 1
    EXPECT_EQ(busiestWorkerDivisions(flat, 3, 2), 60u);   // 4 chunks
    EXPECT_EQ(busiestWorkerDivisions(flat, 1, 3), 40u);
    EXPECT_EQ(busiestWorkerDivisions({}, 4, 2), 0u);
    // Real costs: the book's range in natural order, 2 workers, chunk counts 1…8. Exactly the
    // divisions checkPrime tries, so the prediction does not depend on the machine.
    PrimesParams p;
    p.first = 100'000'000;
    p.last = 100'000'999;
    CancelToken never;
    const auto costs = divisionsPerItem(p, never);
    ASSERT_EQ(costs.size(), 1000u);
    std::uint64_t total = 0;
    for (std::uint64_t n = p.first; n <= p.last; ++n)
        total += checkPrime(n).divisions;
    EXPECT_EQ(busiestWorkerDivisions(costs, 1000, 2), total);
    for (std::uint64_t chunks = 2; chunks <= 8; ++chunks) {
        const std::uint64_t size = (1000 + chunks - 1) / chunks;
        const std::uint64_t busiest = busiestWorkerDivisions(costs, size, 2);
        EXPECT_GE(busiest * 2, total) << chunks << " chunks: the busiest does at least half";
        EXPECT_LT(busiest, total) << chunks << " chunks: two workers share the work";
    }
    // Odd chunk counts leave one worker a chunk more: 3 chunks predict more than 2 and 4.
    EXPECT_GT(busiestWorkerDivisions(costs, 334, 2), busiestWorkerDivisions(costs, 500, 2));
    EXPECT_GT(busiestWorkerDivisions(costs, 334, 2), busiestWorkerDivisions(costs, 250, 2));
}
