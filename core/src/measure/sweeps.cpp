/// @file sweeps.cpp
/// @brief The chapter's sweeps as lists of runs, and measuring such a list with repeats.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/sweeps.h"
#include "parlab/translate.h"

#include "parlab/cancel_token.h"
#include "parlab/error.h"
#include "parlab/prime_check.h"

#include <algorithm>
#include <chrono>

namespace parlab {

std::vector<std::uint64_t> chunksizeValues(std::uint64_t n, int workers)
{
    std::vector<std::uint64_t> v;
    const std::uint64_t half = (n + 1) / 2;
    for (std::uint64_t p = 1; p <= half; p *= 10)
        for (std::uint64_t m : {1, 2, 5})
            if (m * p <= half)
                v.push_back(m * p);
    v.push_back(defaultChunksize(n, workers));
    v.push_back(std::max<std::uint64_t>(1, n));
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

std::vector<PrimesPoint> chunksizeSweep(const PrimesParams& base)
{
    std::vector<PrimesPoint> out;
    const auto sizes = chunksizeValues(rangeSize(base), base.workers);
    // The seed's loop in both orders, then the batched kernel: the same divisions ~20× cheaper,
    // so what a chunk's hand-out costs moves the U's bottom to larger chunks.
    struct Series {
        Order order;
        Kernel kernel;
        std::string label;
    };
    const Series series[] = {{Order::natural, Kernel::scalar, std::string(name(Order::natural))},
                             {Order::shuffled, Kernel::scalar, std::string(name(Order::shuffled))},
                             {Order::natural, Kernel::batched, kBatchedChunksizeSeries}};
    for (const Series& s : series) {
        for (std::uint64_t c : sizes) {
            PrimesParams p = base;
            p.schedule = Schedule::chunked;
            p.chunksize = c;
            p.order = s.order;
            p.kernel = s.kernel;
            out.push_back({s.label, static_cast<double>(c), p});
        }
    }
    return out;
}

std::vector<PrimesPoint> chunkCountSweep(const PrimesParams& base, std::uint64_t maxChunks)
{
    std::vector<PrimesPoint> out;
    const std::uint64_t n = rangeSize(base);
    for (std::uint64_t c = 1; c <= std::min(maxChunks, n); ++c) {
        PrimesParams p = base;
        p.schedule = Schedule::chunked;
        p.chunksize = (n + c - 1) / c;
        if (chunkCount(p) != c)
            continue; // no chunksize cuts the range into exactly c chunks (e.g. 10 numbers, 4 chunks)
        out.push_back({"measured", static_cast<double>(c), p});
    }
    return out;
}

std::vector<PiPoint> workersSweep(const PiParams& base, const std::vector<int>& workers,
                                  const std::vector<Backend>& backends)
{
    std::vector<PiPoint> out;
    // Worker count outermost: a partial sweep (stopped, or still drawing) shows every backend
    // up to the same count.
    for (int k : workers) {
        for (Backend b : backends) {
            PiParams p = base;
            p.workers = k;
            p.backend = b;
            out.push_back({std::string(name(b)), static_cast<double>(k), p});
        }
    }
    return out;
}

PrimesRunner plainPrimesRunner(const CancelToken& cancel)
{
    return [&cancel](const PrimesParams& p) -> std::optional<double> {
        const PrimesResult r = runPrimes(p, nullptr, cancel);
        if (r.cancelled || cancel.cancelled())
            return std::nullopt;
        return r.seconds;
    };
}

PiRunner plainPiRunner(const CancelToken& cancel)
{
    return [&cancel](const PiParams& p) -> std::optional<double> {
        const PiResult r = runPi(p, nullptr, cancel);
        if (r.cancelled || cancel.cancelled())
            return std::nullopt;
        return r.seconds;
    };
}

namespace {

template <typename Point, typename Runner>
bool measureEach(const std::vector<Point>& points, const MeasureOptions& o, const Runner& run,
                 const std::function<void(const MeasuredPoint&)>& onPoint)
{
    if (o.repeats < 1)
        throw Error(
            fill(translate("parlab::Measure", "repeats must be at least 1 (got %1)"), {std::to_string(o.repeats)}));
    if (o.targetSeconds < 0 || o.maxPasses < 1)
        throw Error(translate("parlab::Measure", "the target time must be 0 or more seconds, with at least one pass"));
    for (const Point& pt : points) {
        std::vector<double> seconds;
        seconds.reserve(static_cast<std::size_t>(o.repeats));
        std::uint64_t passes = 0; // fixed by the first repeat
        for (int r = 0; r < o.repeats; ++r) {
            double total = 0;
            std::uint64_t done = 0;
            // The first repeat runs until the target is met; the others repeat its pass count,
            // so every repeat of a point measures the same work.
            while (r == 0 ? (done == 0 || (total < o.targetSeconds && done < o.maxPasses)) : done < passes) {
                const std::optional<double> s = run(pt.params);
                if (!s)
                    return false;
                total += *s;
                ++done;
            }
            if (r == 0)
                passes = done;
            seconds.push_back(total / static_cast<double>(done));
        }
        onPoint({pt.series, pt.x, summarize(std::move(seconds)), passes});
    }
    return true;
}

} // namespace

bool measureSweep(const std::vector<PrimesPoint>& points, int repeats, const PrimesRunner& run,
                  const std::function<void(const MeasuredPoint&)>& onPoint)
{
    return measureEach(points, MeasureOptions{repeats}, run, onPoint);
}

bool measureSweep(const std::vector<PiPoint>& points, int repeats, const PiRunner& run,
                  const std::function<void(const MeasuredPoint&)>& onPoint)
{
    return measureEach(points, MeasureOptions{repeats}, run, onPoint);
}

bool measureSweep(const std::vector<PrimesPoint>& points, const MeasureOptions& options, const PrimesRunner& run,
                  const std::function<void(const MeasuredPoint&)>& onPoint)
{
    return measureEach(points, options, run, onPoint);
}

bool measureSweep(const std::vector<PiPoint>& points, const MeasureOptions& options, const PiRunner& run,
                  const std::function<void(const MeasuredPoint&)>& onPoint)
{
    return measureEach(points, options, run, onPoint);
}

std::vector<CostPoint> sampleCost(std::uint64_t first, std::uint64_t last, std::size_t maxPoints,
                                  const CancelToken& cancel)
{
    std::vector<CostPoint> out;
    if (last < first || maxPoints < 2)
        return out;
    const std::uint64_t n = last - first + 1;
    const std::uint64_t pairs = std::max<std::uint64_t>(1, maxPoints / 2);
    const std::uint64_t step = std::max<std::uint64_t>(1, n / pairs);
    out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(n, 2 * (n / step + 1))));
    for (std::uint64_t v = first; v <= last && out.size() < maxPoints; v += step) {
        // An even step would only ever sample one parity: n and n+1 show both.
        for (std::uint64_t m : {v, v + 1}) {
            if (m > last || (step == 1 && m != v) || out.size() >= maxPoints)
                break;
            const PrimeCheck c = checkPrime(m, &cancel);
            if (c.cancelled || cancel.cancelled())
                return {};
            out.push_back({m, c.divisions, c.prime});
        }
        if (last - v < step)
            break;
    }
    return out;
}

bool timeToN(std::uint64_t last, std::uint64_t steps, const CancelToken& cancel,
             const std::function<void(std::uint64_t, double)>& onPoint)
{
    if (steps == 0 || last == 0)
        throw Error(translate("parlab::Measure", "time to 1…n needs a last number and at least one step"));
    const std::uint64_t step = std::max<std::uint64_t>(1, last / steps);
    double total = 0;
    std::uint64_t primes = 0;
    for (std::uint64_t from = 1; from <= last; from += step) {
        const std::uint64_t to = std::min(last, from + step - 1);
        const auto t0 = std::chrono::steady_clock::now();
        for (std::uint64_t v = from; v <= to; ++v) {
            if ((v & 255) == 0 && cancel.cancelled())
                return false;
            primes += checkPrime(v).prime ? 1 : 0;
        }
        total += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        onPoint(to, total);
    }
    // `primes` is used so the checks cannot be optimised away.
    return primes != static_cast<std::uint64_t>(-1);
}

std::vector<std::uint64_t> divisionsPerItem(const PrimesParams& p, const CancelToken& cancel)
{
    const std::uint64_t n = rangeSize(p);
    const ItemOrder order(p);
    std::vector<std::uint64_t> out;
    out.reserve(static_cast<std::size_t>(n));
    for (std::uint64_t k = 0; k < n; ++k) {
        const PrimeCheck c = checkPrime(order.at(k), &cancel);
        if (c.cancelled || cancel.cancelled())
            return {};
        out.push_back(c.divisions);
    }
    return out;
}

std::uint64_t busiestWorkerDivisions(const std::vector<std::uint64_t>& costs, std::uint64_t chunksize, int workers)
{
    if (costs.empty() || workers < 1)
        return 0;
    chunksize = std::max<std::uint64_t>(1, chunksize);
    // Each worker's finishing time in divisions; the next chunk goes to the one free first (the
    // lowest index on a tie, as the first round hands chunk w to worker w).
    std::vector<std::uint64_t> done(static_cast<std::size_t>(workers), 0);
    for (std::size_t b = 0; b < costs.size(); b += chunksize) {
        const std::size_t e = std::min(costs.size(), b + static_cast<std::size_t>(chunksize));
        std::uint64_t chunk = 0;
        for (std::size_t i = b; i < e; ++i)
            chunk += costs[i];
        *std::min_element(done.begin(), done.end()) += chunk;
    }
    return *std::max_element(done.begin(), done.end());
}

std::uint64_t busiestWorkerDarts(const PiParams& p)
{
    const std::uint64_t blocks = resolvedBlocks(p);
    if (blocks == 0 || p.workers < 1)
        return 0;
    const std::uint64_t workers = static_cast<std::uint64_t>(p.workers);
    if (blocks <= workers || blocks > 1'000'000) {
        // One round (or so many equal blocks that rounds are exact): ⌈blocks / workers⌉ blocks,
        // the first ones a darts larger when samples do not divide evenly.
        const std::uint64_t rounds = (blocks + workers - 1) / workers;
        const std::uint64_t size = p.samples / blocks, extra = p.samples % blocks;
        return rounds * size + std::min(rounds, extra);
    }
    std::vector<std::uint64_t> sizes(static_cast<std::size_t>(blocks));
    for (std::uint64_t b = 0; b < blocks; ++b)
        sizes[static_cast<std::size_t>(b)] = p.samples / blocks + (b < p.samples % blocks ? 1 : 0);
    return busiestWorkerDivisions(sizes, 1, p.workers);
}

} // namespace parlab
