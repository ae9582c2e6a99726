/// @file pi_kernel_batched.cpp
/// @brief The batched π kernel: 1 024-dart blocks the compiler turns into SIMD lanes, and the
///        run-time choice between them and the hand-written AVX-512 path.
///
/// Dispatch is by hand (cpuid once, then a function pointer) rather than GCC target_clones: an
/// ifunc resolver crashes ThreadSanitizer builds at start-up, and a pointer lets tests and
/// benchmarks force each path.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/pi_kernels.h"

#include <algorithm>

namespace parlab::detail {

namespace {

// Hits among `count` (≤ 2^16) darts; the 32-bit accumulator keeps the loop in 32-bit lanes. Inlined
// into each target below, so the vectoriser sees one loop per instruction set.
[[gnu::always_inline]] inline std::uint32_t hitsLoop(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
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

std::uint32_t hitsBlockGeneric(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
{
    return hitsLoop(keys, lo, count);
}

[[gnu::target("avx2")]] std::uint32_t hitsBlockAvx2(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
{
    return hitsLoop(keys, lo, count);
}

// Blocks keep the 32-bit accumulator from overflowing and the loop's trip count short.
template <std::uint32_t (*Block)(DartKeys, std::uint32_t, std::uint32_t) noexcept>
std::uint64_t inBlocks(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
{
    std::uint64_t hits = 0;
    constexpr std::uint32_t kBlock = 1u << 10;
    while (count > 0) {
        const std::uint32_t n = std::min(count, kBlock);
        hits += Block(keys, lo, n);
        lo += n;
        count -= n;
    }
    return hits;
}

using Kernel = std::uint64_t (*)(DartKeys, std::uint32_t, std::uint32_t) noexcept;

Kernel kernelFor(PiIsa isa) noexcept
{
    switch (isa) {
    case PiIsa::avx512:
        return hitsAvx512;
    case PiIsa::avx2:
        return inBlocks<hitsBlockAvx2>;
    case PiIsa::generic:
        break;
    }
    return inBlocks<hitsBlockGeneric>;
}

} // namespace

const char* name(PiIsa isa) noexcept
{
    switch (isa) {
    case PiIsa::avx512:
        return "avx512";
    case PiIsa::avx2:
        return "avx2";
    case PiIsa::generic:
        break;
    }
    return "generic";
}

bool cpuRuns(PiIsa isa) noexcept
{
    // cpuid's answer is also what the OS enabled: GCC checks XCR0 for the AVX and AVX-512 states.
    __builtin_cpu_init();
    switch (isa) {
    case PiIsa::avx512:
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("popcnt");
    case PiIsa::avx2:
        return __builtin_cpu_supports("avx2");
    case PiIsa::generic:
        break;
    }
    return true;
}

PiIsa bestPiIsa() noexcept
{
    for (PiIsa isa : {PiIsa::avx512, PiIsa::avx2})
        if (cpuRuns(isa))
            return isa;
    return PiIsa::generic;
}

std::uint64_t hitsBatched(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
{
    static const Kernel best = kernelFor(bestPiIsa());
    return best(keys, lo, count);
}

std::uint64_t hitsBatchedOn(PiIsa isa, DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
{
    return kernelFor(isa)(keys, lo, count);
}

} // namespace parlab::detail
