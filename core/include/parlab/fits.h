/// @file fits.h
/// @brief What is computed from measurements: speed-ups, the Amdahl fit, per-worker load
///        statistics, and a run's expected length from its work.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace parlab {

/// Speed-up T₁ / Tₖ for every measured worker count k. Empty without a 1-worker time: T₁ is
/// measured, never extrapolated from another count.
std::map<int, double> speedups(const std::map<int, double>& secondsByWorkers);

/// Amdahl's law S(k) = 1 / (f + (1 − f) / k) fitted by least squares to speed-ups at k ≤ upTo.
struct AmdahlFit {
    double serialFraction = 0; ///< f, 0…1
    double rmsError = 0;       ///< root-mean-square distance of the points from the fitted curve
    int points = 0;            ///< speed-ups used (k > 1 only: S(1) = 1 says nothing about f)
};
/// nullopt when fewer than one point with 1 < k ≤ upTo exists.
std::optional<AmdahlFit> fitAmdahl(const std::map<int, double>& speedupByWorkers, int upTo);

/// How evenly a run's work was spread over its workers.
struct LoadStats {
    double imbalance = 0; ///< the busiest worker's busy time ÷ the mean busy time (1 = even)
    double idleShare = 0; ///< share of workers × elapsed time spent outside chunks, 0…1
    double fairShare = 0; ///< 1 / workers
};
LoadStats loadStats(const std::vector<double>& busySeconds, double elapsedSeconds);

/// Trial divisions per second of one core on the seed's check_prime (a conservative figure for
/// the warning beside a long run; the cost-per-number figure shows the real one).
inline constexpr double kDivisionsPerSecond = 2.0e8;

/// Roughly how long checking [first, last] takes on `workers` workers of a `cores`-core machine:
/// primes cost √n/2 divisions and about 1 in ln n numbers is prime.
double estimatePrimesSeconds(std::uint64_t first, std::uint64_t last, int workers, int cores);

} // namespace parlab
