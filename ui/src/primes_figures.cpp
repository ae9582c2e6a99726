/// @file primes_figures.cpp
/// @brief Sampling the cost per number, timing 1…n, and choosing the sweep settings.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "primes_figures.h"

#include "parlab/cancel_token.h"
#include "parlab/primes.h"
#include "parlab/prime_check.h"

#include <algorithm>
#include <chrono>

namespace parlab::ui {

std::vector<CostPoint> sampleCost(std::uint64_t first, std::uint64_t last, std::size_t maxPoints,
                                  const CancelToken& cancel)
{
    std::vector<CostPoint> out;
    if (last < first || maxPoints == 0)
        return out;
    const std::uint64_t n = last - first + 1;
    // An odd step would sample only odd (or only even) numbers on alternate steps; any step is
    // fine as long as both kinds show, which a step of 1 or an odd step guarantees.
    std::uint64_t step = std::max<std::uint64_t>(1, (n + maxPoints - 1) / maxPoints);
    if (step % 2 == 0)
        ++step;
    out.reserve(static_cast<std::size_t>(n / step + 1));
    for (std::uint64_t v = first; v <= last; v += step) {
        if ((v & 1023) == 0 && cancel.cancelled())
            return {};
        const PrimeCheck c = checkPrime(v, &cancel);
        if (c.cancelled)
            return {};
        out.push_back({v, c.divisions, c.prime});
    }
    return out;
}

double timeCheckRange(std::uint64_t first, std::uint64_t last, const CancelToken& cancel)
{
    const auto t0 = std::chrono::steady_clock::now();
    std::uint64_t primes = 0;
    for (std::uint64_t v = first; v <= last; ++v) {
        if ((v & 255) == 0 && cancel.cancelled())
            return -1;
        primes += checkPrime(v).prime ? 1 : 0;
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // `primes` keeps the loop from being optimised away.
    return primes == static_cast<std::uint64_t>(-1) ? 0 : s;
}

std::vector<std::uint64_t> chunksizeSweepValues(std::uint64_t n, int workers)
{
    std::vector<std::uint64_t> v;
    for (std::uint64_t p = 1; p < n; p *= 10)
        for (std::uint64_t m : {1, 2, 5})
            if (m * p < n)
                v.push_back(m * p);
    v.push_back(std::max<std::uint64_t>(1, n));
    v.push_back(defaultChunksize(n, workers));
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

std::vector<ChunkCountSetting> chunkCountSweepValues(std::uint64_t n, std::uint64_t maxChunks)
{
    std::vector<ChunkCountSetting> v;
    std::uint64_t lastSize = 0;
    for (std::uint64_t c = 1; c <= std::min(maxChunks, std::max<std::uint64_t>(1, n)); ++c) {
        const std::uint64_t size = (n + c - 1) / c;
        if (size == lastSize)
            continue;
        lastSize = size;
        v.push_back({c, size});
    }
    return v;
}

} // namespace parlab::ui
