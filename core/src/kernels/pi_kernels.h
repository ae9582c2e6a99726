/// @file pi_kernels.h
/// @brief The two π inner loops over darts [lo, lo+count) of one 2^32-dart key block.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/dart_hash.h"

#include <cstdint>

// Run-time dispatch to AVX2 (GCC target_clones makes an ifunc). Under ThreadSanitizer the ifunc
// resolver is instrumented yet runs during relocation, before TSan's runtime is up, and the program
// crashes at start-up: TSan builds keep the default clone only (hit counts are the same).
#if defined(__SANITIZE_THREAD__)
#define PARLAB_TARGET_CLONES
#else
#define PARLAB_TARGET_CLONES [[gnu::target_clones("avx2", "default")]]
#endif

namespace parlab::detail {

/// Vectorisable: runs as AVX2 where the CPU has it (GCC target_clones), SSE2 elsewhere.
std::uint64_t hitsBatched(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept;
/// One dart at a time: compiled without auto-vectorisation, the shape of the pure-Python loop.
std::uint64_t hitsScalar(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept;

/// numpy's two halves of the batched kernel (count < 2^32 for hitsOfDarts's 32-bit accumulator):
/// the coordinates of darts [lo, lo+count) into xs/ys, then the hits among them.
void drawDarts(DartKeys keys, std::uint32_t lo, std::uint32_t count, std::uint32_t* xs, std::uint32_t* ys) noexcept;
std::uint64_t hitsOfDarts(const std::uint32_t* xs, const std::uint32_t* ys, std::uint32_t count) noexcept;

} // namespace parlab::detail
