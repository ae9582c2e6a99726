/// @file estimate_checkpoints.h
/// @brief The dart counts at which a π run's running estimate is recorded: eight per decade
/// from 100, log-spaced and the same for every run, so every writer (a thread, a worker process)
/// cuts its counting at the same places without being told where.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace parlab {

/// The smallest checkpoint above n: 100, 133, 177, 237, 316, 421, 562, 749, 1000, 1334, … —
/// integer arithmetic only, so the parent and a worker process agree to the dart.
constexpr std::uint64_t nextEstimateCheckpoint(std::uint64_t n) noexcept
{
    constexpr std::uint64_t kMantissa[8] = {1000, 1334, 1778, 2371, 3162, 4217, 5623, 7499}; // 10^(k/8)·1000
    for (std::uint64_t decade = 100; decade <= 1'000'000'000'000'000'000ULL; decade *= 10)
        for (const std::uint64_t m : kMantissa) {
            const std::uint64_t c = decade >= 1000 ? m * (decade / 1000) : m * decade / 1000;
            if (c > n)
                return c;
        }
    return std::numeric_limits<std::uint64_t>::max();
}

/// The checkpoints of a run of `samples` darts: those below it, then `samples` itself.
inline std::vector<std::uint64_t> estimateCheckpoints(std::uint64_t samples)
{
    std::vector<std::uint64_t> out;
    for (std::uint64_t c = nextEstimateCheckpoint(0); c < samples; c = nextEstimateCheckpoint(c))
        out.push_back(c);
    if (samples > 0)
        out.push_back(samples);
    return out;
}

} // namespace parlab
