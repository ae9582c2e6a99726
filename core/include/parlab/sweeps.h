/// @file sweeps.h
/// @brief The chapter's sweeps as data: which runs each one makes, and measuring them with
///        repeats. The labs, the Figures page and `parlab figure` all build their sweeps here, so
///        a sweep has the same points wherever it is shown.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/pi.h"
#include "parlab/primes.h"
#include "parlab/statistics.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace parlab {

class CancelToken;

/// One run of a sweep: the series it belongs to, its place on the x axis, and what it runs.
struct PrimesPoint {
    std::string series;
    double x = 0;
    PrimesParams params;
};
struct PiPoint {
    std::string series;
    double x = 0;
    PiParams params;
};

/// A point once measured: every repeat kept (statistics.h), in seconds per pass.
struct MeasuredPoint {
    std::string series;
    double x = 0;
    Timing timing;
    std::uint64_t passes = 1; ///< runs summed in each repeat (see MeasureOptions::targetSeconds)
};

/// How each point of a sweep is measured.
struct MeasureOptions {
    int repeats = 1; ///< separate measurements of each point, all kept
    /// 0: one run per repeat. Otherwise each repeat of a point is `passes` back-to-back runs, timed
    /// as one and reported per pass, with `passes` chosen on the point's first repeat as Python's
    /// timeit.autorange does: runs are added until together they last this long. A 40 ms run is
    /// mostly noise; eight of them timed together are not, and each still is the book's run.
    double targetSeconds = 0;
    std::uint64_t maxPasses = 256;
};

/// Chunksizes of the U-curve (figs 9-11/9-12) for n numbers: 1, 2, 5, 10, 20, 50 … up to half the
/// range, Python's default ceil(n / (4·workers)), and the whole range as one chunk (the U's right arm).
std::vector<std::uint64_t> chunksizeValues(std::uint64_t n, int workers);

/// The chunksize sweep's series for the batched kernel (natural order).
inline constexpr const char* kBatchedChunksizeSeries = "natural, batched kernel";
/// The chunksize sweep: `base` (its range, workers, backend) run chunked at every chunksizeValues,
/// with the seed's loop in natural and in shuffled order (series "natural", "shuffled") and with the
/// batched kernel in natural order (kBatchedChunksizeSeries); x = chunksize.
std::vector<PrimesPoint> chunksizeSweep(const PrimesParams& base);

/// The largest chunk count of the saw-tooth (fig 9-13).
inline constexpr std::uint64_t kMaxChunkCount = 32;

/// The chunk-count sweep: `base` run chunked in exactly c equal chunks for c = 1 … maxChunks, where
/// some chunksize gives exactly c chunks (series "measured"; x = chunks).
std::vector<PrimesPoint> chunkCountSweep(const PrimesParams& base, std::uint64_t maxChunks = kMaxChunkCount);

/// Time vs workers (figs 9-2/9-8): `base` run at every worker count on every backend given
/// (series = the backend's name; x = workers).
std::vector<PiPoint> workersSweep(const PiParams& base, const std::vector<int>& workers,
                                  const std::vector<Backend>& backends);

/// Runs one point, returning its seconds, or nullopt when cancelled. The labs pass a runner that
/// publishes telemetry for the live charts; plain runners just call runPrimes / runPi.
using PrimesRunner = std::function<std::optional<double>(const PrimesParams&)>;
using PiRunner = std::function<std::optional<double>(const PiParams&)>;
PrimesRunner plainPrimesRunner(const CancelToken& cancel);
PiRunner plainPiRunner(const CancelToken& cancel);

/// Measures every point `repeats` times (all repeats of a point together), calling `onPoint` as
/// each point is done. Returns false when a run was cancelled (the points so far were reported).
bool measureSweep(const std::vector<PrimesPoint>& points, int repeats, const PrimesRunner& run,
                  const std::function<void(const MeasuredPoint&)>& onPoint);
bool measureSweep(const std::vector<PiPoint>& points, int repeats, const PiRunner& run,
                  const std::function<void(const MeasuredPoint&)>& onPoint);
bool measureSweep(const std::vector<PrimesPoint>& points, const MeasureOptions& options, const PrimesRunner& run,
                  const std::function<void(const MeasuredPoint&)>& onPoint);
bool measureSweep(const std::vector<PiPoint>& points, const MeasureOptions& options, const PiRunner& run,
                  const std::function<void(const MeasuredPoint&)>& onPoint);

/// The cost of one check (fig 9-9): trial divisions for numbers spread evenly over [first, last],
/// taken in pairs n, n+1 so both odd and even numbers show (as the book's figure).
struct CostPoint {
    std::uint64_t n = 0;
    std::uint64_t divisions = 0;
    bool prime = false;
};
inline constexpr std::uint64_t kCostFirst = 10'000, kCostLast = 1'000'000;
inline constexpr std::size_t kCostPoints = 20'000;
/// At most maxPoints points (maxPoints ≥ 2); empty when cancelled.
std::vector<CostPoint> sampleCost(std::uint64_t first, std::uint64_t last, std::size_t maxPoints,
                                  const CancelToken& cancel);

/// Time to check every number of 1…n on one thread (the seed's own plot), for n = last/steps,
/// 2·last/steps, … last: each segment timed once and the times summed, so the whole curve costs
/// one pass over 1…last. `onPoint(n, seconds)` after each segment; false when cancelled.
inline constexpr std::uint64_t kToNLast = 1'000'000, kToNSteps = 100;
bool timeToN(std::uint64_t last, std::uint64_t steps, const CancelToken& cancel,
             const std::function<void(std::uint64_t n, double seconds)>& onPoint);

/// The curve the work predicts (no clock involved): each chunk's exact trial divisions, handed
/// out in order to whichever worker is free first (Pool.map's queue, first round one chunk per
/// worker), gives every worker its divisions; the busiest worker's total is the run's critical
/// path. `costs` are the divisions of each item in the run's order (divisionsPerItem).
std::vector<std::uint64_t> divisionsPerItem(const PrimesParams& p, const CancelToken& cancel);
std::uint64_t busiestWorkerDivisions(const std::vector<std::uint64_t>& costs, std::uint64_t chunksize, int workers);

/// The π run's critical path in darts: its blocks (sizes as runPi cuts them) handed out in order
/// to whichever worker is free first, the busiest worker's darts. With one block per worker it is
/// the largest block, ⌈samples / workers⌉.
std::uint64_t busiestWorkerDarts(const PiParams& p);

} // namespace parlab
