/// @file pi_kernel_batched.cpp
/// @brief The batched π kernel: 1 024-dart blocks the compiler turns into SIMD lanes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/pi_kernels.h"

#include <algorithm>

namespace parlab::detail {

namespace {

// Hits among `count` (≤ 2^16) darts; the 32-bit accumulator keeps the loop in 8 lanes of AVX2.
PARLAB_TARGET_CLONES
std::uint32_t hitsBlock(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
{
    std::uint32_t hits = 0;
    for (std::uint32_t j = 0; j < count; ++j) {
        const Dart24 d = dartAt(keys, lo + j);
        const float x = static_cast<float>(static_cast<std::int32_t>(d.x));
        const float y = static_cast<float>(static_cast<std::int32_t>(d.y));
        hits += (x * x + y * y < 281474976710656.0f) ? 1U : 0U;
    }
    return hits;
}

} // namespace

std::uint64_t hitsBatched(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
{
    std::uint64_t hits = 0;
    constexpr std::uint32_t kBlock = 1u << 10;
    while (count > 0) {
        const std::uint32_t n = std::min(count, kBlock);
        hits += hitsBlock(keys, lo, n);
        lo += n;
        count -= n;
    }
    return hits;
}

} // namespace parlab::detail
