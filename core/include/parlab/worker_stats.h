/// @file worker_stats.h
/// @brief One worker's share of a finished run, as reported in results and JSON.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace parlab {

struct WorkerStats {
    int id = 0;
    std::uint64_t items = 0;
    double busySeconds = 0;
    std::uint64_t chunks = 0;
    std::uint64_t divisions = 0; ///< primes only
    std::uint64_t hits = 0;      ///< π only
    std::uint64_t primes = 0;    ///< primes only
};

} // namespace parlab
