/// @file pi_kernels.h
/// @brief The π inner loops over darts [lo, lo+count) of one 2^32-dart key block, and the choice
///        of instruction set the batched one runs on.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/dart_hash.h"

#include <cstdint>

// gil-threads' split kernel still uses GCC target_clones (an ifunc). Under ThreadSanitizer the
// ifunc resolver is instrumented yet runs during relocation, before TSan's runtime is up, and the
// program crashes at start-up: TSan builds keep its default clone only (hit counts are the same).
// The batched kernel dispatches by hand (see PiIsa), which TSan builds run on every path.
#if defined(__SANITIZE_THREAD__)
#define PARLAB_TARGET_CLONES
#else
#define PARLAB_TARGET_CLONES [[gnu::target_clones("avx512f", "avx2", "default")]]
#endif

namespace parlab::detail {

/// The batched kernel's code paths, narrowest first. Every path counts the same hits: the same
/// 32-bit integer hash and the same single-precision test, with FMA contraction off.
enum class PiIsa {
    generic, ///< what the compiler vectorises for the baseline x86-64 (SSE2: 4 lanes)
    avx2,    ///< the same loop vectorised for AVX2 (8 lanes)
    avx512,  ///< hand-written AVX-512F/BW intrinsics: 16 lanes, hits counted from the compare mask
};
const char* name(PiIsa isa) noexcept;
/// Whether this CPU (and OS) runs the path.
bool cpuRuns(PiIsa isa) noexcept;
/// The widest path this CPU runs: the one hitsBatched takes (chosen once, at its first call).
PiIsa bestPiIsa() noexcept;

/// Vectorised, on the widest path the CPU runs (bestPiIsa).
std::uint64_t hitsBatched(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept;
/// hitsBatched forced onto one path, for tests and benchmarks; the caller checks cpuRuns(isa).
std::uint64_t hitsBatchedOn(PiIsa isa, DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept;
/// The AVX-512 path itself (pi_kernel_avx512.cpp); only call it where cpuRuns(PiIsa::avx512).
std::uint64_t hitsAvx512(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept;
/// One dart at a time: compiled without auto-vectorisation, the shape of the pure-Python loop.
std::uint64_t hitsScalar(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept;

/// numpy's two halves of the batched kernel (count < 2^32 for hitsOfDarts's 32-bit accumulator):
/// the coordinates of darts [lo, lo+count) into xs/ys, then the hits among them.
void drawDarts(DartKeys keys, std::uint32_t lo, std::uint32_t count, std::uint32_t* xs, std::uint32_t* ys) noexcept;
std::uint64_t hitsOfDarts(const std::uint32_t* xs, const std::uint32_t* ys, std::uint32_t count) noexcept;

} // namespace parlab::detail
