/// @file count_hits.cpp
/// @brief Hits among any span of darts: cuts it at the 2^32-dart key blocks and calls a kernel.
///
/// Every backend and the worker process count darts through this one function, which is what
/// makes the hit count independent of backend, kernel and block layout.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/pi.h"

#include "kernels/pi_kernels.h"

#include <algorithm>

namespace parlab {

std::uint64_t countHits(Kernel kernel, std::uint64_t seed, std::uint64_t begin, std::uint64_t end)
{
    std::uint64_t hits = 0;
    while (begin < end) {
        // Darts share keys within a 2^32 block; never let one call cross a block boundary.
        const std::uint64_t hi = begin >> 32;
        const std::uint64_t blockEnd = std::min(end, (hi + 1) << 32);
        const auto lo = static_cast<std::uint32_t>(begin);
        const auto count = static_cast<std::uint32_t>(blockEnd - begin);
        const DartKeys keys = dartKeys(seed, hi);
        hits += kernel == Kernel::batched ? detail::hitsBatched(keys, lo, count) : detail::hitsScalar(keys, lo, count);
        begin = blockEnd;
    }
    return hits;
}

} // namespace parlab
