/// @file primes_figures.h
/// @brief The measurements behind the primes lab's figures, run on the launcher thread: cost per
/// number (fig 9-9), time to check 1…n, and the settings of the chunksize and chunk-count sweeps.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace parlab {
class CancelToken;
}

namespace parlab::ui {

struct CostPoint {
    std::uint64_t n;
    std::uint64_t divisions;
    bool prime;
};

/// checkPrime on at most maxPoints numbers evenly spread over [first, last] (both odd and even
/// numbers, as the book's figure). Empty when cancelled.
std::vector<CostPoint> sampleCost(std::uint64_t first, std::uint64_t last, std::size_t maxPoints,
                                  const CancelToken& cancel);

/// Seconds to check every number of [first, last] on this thread (single-threaded, as the seed);
/// negative when cancelled.
double timeCheckRange(std::uint64_t first, std::uint64_t last, const CancelToken& cancel);

/// Chunksizes for the 9-11 sweep: 1, 2, 5, 10, 20, 50 … below n, then n, plus Python's default.
std::vector<std::uint64_t> chunksizeSweepValues(std::uint64_t n, int workers);

/// Chunk counts 1…maxChunks (the 9-13 sweep), each with chunksize ceil(n / chunks); counts
/// that give the same chunksize as a smaller one are left out (they would be the same run).
struct ChunkCountSetting {
    std::uint64_t chunks;
    std::uint64_t chunksize;
};
std::vector<ChunkCountSetting> chunkCountSweepValues(std::uint64_t n, std::uint64_t maxChunks = 32);

} // namespace parlab::ui
