/// @file fits.cpp
/// @brief Speed-ups, the Amdahl fit, load statistics and run-length estimates.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/fits.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace parlab {

std::map<int, double> speedups(const std::map<int, double>& secondsByWorkers)
{
    std::map<int, double> out;
    const auto one = secondsByWorkers.find(1);
    if (one == secondsByWorkers.end() || one->second <= 0)
        return out;
    for (const auto& [k, t] : secondsByWorkers)
        if (t > 0)
            out[k] = one->second / t;
    return out;
}

std::optional<AmdahlFit> fitAmdahl(const std::map<int, double>& speedupByWorkers, int upTo)
{
    const auto error = [&](double f) {
        double sum = 0;
        for (const auto& [k, s] : speedupByWorkers) {
            if (k <= 1 || k > upTo)
                continue;
            const double model = 1.0 / (f + (1.0 - f) / k);
            sum += (model - s) * (model - s);
        }
        return sum;
    };
    int points = 0;
    for (const auto& [k, s] : speedupByWorkers)
        points += k > 1 && k <= upTo ? 1 : 0;
    if (points == 0)
        return std::nullopt;
    // The error is smooth and has one minimum in f ∈ [0, 1]: a fine grid, then a golden-section
    // refinement around the best grid point.
    double best = 0, bestErr = std::numeric_limits<double>::max();
    for (int i = 0; i <= 1000; ++i) {
        const double f = i / 1000.0;
        if (const double e = error(f); e < bestErr) {
            bestErr = e;
            best = f;
        }
    }
    double lo = std::max(0.0, best - 0.001), hi = std::min(1.0, best + 0.001);
    const double g = (std::sqrt(5.0) - 1) / 2;
    for (int i = 0; i < 40; ++i) {
        const double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
        if (error(a) < error(b))
            hi = b; // the minimum lies in [lo, b]
        else
            lo = a; // … or in [a, hi]
    }
    const double f = (lo + hi) / 2;
    return AmdahlFit{f, std::sqrt(error(f) / points), points};
}

LoadStats loadStats(const std::vector<double>& busySeconds, double elapsedSeconds)
{
    LoadStats s;
    if (busySeconds.empty())
        return s;
    const double n = static_cast<double>(busySeconds.size());
    double sum = 0, most = 0;
    for (double b : busySeconds) {
        sum += b;
        most = std::max(most, b);
    }
    const double mean = sum / n;
    s.imbalance = mean > 0 ? most / mean : 0;
    const double capacity = elapsedSeconds * n;
    s.idleShare = capacity > 0 ? std::clamp(1.0 - sum / capacity, 0.0, 1.0) : 0;
    s.fairShare = 1.0 / n;
    return s;
}

double estimatePrimesSeconds(std::uint64_t first, std::uint64_t last, int workers, int cores)
{
    if (last < first || workers < 1)
        return 0;
    const double mid = std::max(16.0, (static_cast<double>(first) + static_cast<double>(last)) / 2);
    const double perNumber = std::sqrt(mid) / (2 * std::log(mid)) + 2;
    const double parallel = std::min(workers, std::max(1, cores));
    return (static_cast<double>(last - first) + 1) * perNumber / kDivisionsPerSecond / parallel;
}

} // namespace parlab
