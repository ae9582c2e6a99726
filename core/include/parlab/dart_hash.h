/// @file dart_hash.h
/// @brief Counter-based random darts: dart i of a seed is a pure function of (seed, i).
///
/// Because no generator state is carried from one dart to the next, the set of darts — and so
/// the hit count — is the same however the darts are cut into blocks and handed to workers.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace parlab {

/// SplitMix64's finaliser: a strong 64-bit mixer, used once per 2^32 darts to derive keys.
constexpr std::uint64_t splitmix64(std::uint64_t z) noexcept
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// Chris Wellons' "lowbias32": a 32-bit bijective hash with very low bias; cheap in SIMD lanes.
constexpr std::uint32_t lowbias32(std::uint32_t x) noexcept
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

/// Keys for darts [hi·2^32, (hi+1)·2^32) of a seed. x and y hash the same 32-bit counter under two
/// keys whose xor is never 0, so x ≠ y as functions of the counter.
struct DartKeys {
    std::uint32_t kx;
    std::uint32_t ky;
};

constexpr DartKeys dartKeys(std::uint64_t seed, std::uint64_t hi) noexcept
{
    const std::uint64_t z = splitmix64(seed ^ splitmix64(hi));
    const auto kx = static_cast<std::uint32_t>(z);
    const auto d = static_cast<std::uint32_t>(z >> 32) | 1U;
    return {kx, kx ^ d};
}

/// A dart's coordinates as 24-bit integers: the dart is (x / 2^24, y / 2^24) in [0,1)².
struct Dart24 {
    std::uint32_t x;
    std::uint32_t y;
};

constexpr Dart24 dartAt(DartKeys k, std::uint32_t lo) noexcept
{
    return {lowbias32(lo ^ k.kx) >> 8, lowbias32(lo ^ k.ky) >> 8};
}

/// The hit test, in single precision as (x·2^-24)² + (y·2^-24)² < 1 would be, without the
/// power-of-two scaling (which does not change IEEE rounding). Compiled with -ffp-contract=off so
/// no build fuses it into an FMA: every build and every SIMD width gives the same hits.
inline bool dartHits(Dart24 d) noexcept
{
    const float x = static_cast<float>(d.x);
    const float y = static_cast<float>(d.y);
    return x * x + y * y < 281474976710656.0f; // 2^48
}

} // namespace parlab
