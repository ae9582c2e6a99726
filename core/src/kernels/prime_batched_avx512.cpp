/// @file prime_batched_avx512.cpp
/// @brief The batched prime kernel on AVX-512: 16 divisors per register below 2^32, 8 above.
///
/// A block of 64 (or 32) divisors costs one multiply per divisor and one compare per block: the
/// products are min-reduced and compared once; only a block that may hold a divisor is re-tested
/// lane by lane to find the first one. Only intrinsics live under the target attribute — no
/// inline library code, whose out-of-line copy the linker might otherwise share with plain code.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/divisor_table.h"
#include "kernels/prime_batched.h"

#include <immintrin.h>

// GCC 12's own min intrinsics pass _mm512_undefined_epi32() as the unused merge source and then
// warn that it "is" or "may be used uninitialized" (a false positive in the system header).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"

#define PARLAB_AVX512 [[gnu::target("avx512f,avx512dq")]]

namespace parlab::detail {

namespace {

PARLAB_AVX512 inline __mmask16 lanes16(std::uint32_t left) noexcept
{
    return left >= 16 ? __mmask16(0xffff) : __mmask16((1u << left) - 1);
}

PARLAB_AVX512 inline __mmask8 lanes8(std::uint64_t left) noexcept
{
    return left >= 8 ? __mmask8(0xff) : __mmask8((1u << left) - 1);
}

// 2^shift64(d0) − 1 for the block starting at divisor index i (d0 = 3 + 2i).
inline std::uint64_t bound64(std::uint64_t i) noexcept
{
    const std::uint64_t d0 = 3 + 2 * i;
    return (std::uint64_t{1} << (55 - (64 - __builtin_clzll(d0)))) - 1;
}

// d⁻¹ mod 2^64 for 8 odd divisors at once (Newton, as inverse64).
PARLAB_AVX512 inline __m512i inverses(__m512i d) noexcept
{
    const __m512i two = _mm512_set1_epi64(2);
    __m512i x = _mm512_xor_si512(_mm512_mullo_epi64(d, _mm512_set1_epi64(3)), two);
    for (int k = 0; k < 4; ++k)
        x = _mm512_mullo_epi64(x, _mm512_sub_epi64(two, _mm512_mullo_epi64(d, x)));
    return x;
}

} // namespace

PARLAB_AVX512 std::uint32_t first32Avx512(const std::uint32_t* inv, const std::uint32_t* lim, std::uint32_t n,
                                          std::uint32_t from, std::uint32_t to) noexcept
{
    // Blocks of 128 divisors, run on past `to` into the table's zero padding (the answer is clamped
    // to `to`), so no masked tail. One compare per block: the 8 products' lane-wise minimum against
    // a bound that no divisor's product exceeds.
    const __m512i nv = _mm512_set1_epi32(static_cast<int>(n));
    for (std::uint32_t i = from; i < to; i += 128) {
        const __m512i q0 = _mm512_mullo_epi32(nv, _mm512_loadu_si512(inv + i));
        const __m512i q1 = _mm512_mullo_epi32(nv, _mm512_loadu_si512(inv + i + 16));
        const __m512i q2 = _mm512_mullo_epi32(nv, _mm512_loadu_si512(inv + i + 32));
        const __m512i q3 = _mm512_mullo_epi32(nv, _mm512_loadu_si512(inv + i + 48));
        const __m512i q4 = _mm512_mullo_epi32(nv, _mm512_loadu_si512(inv + i + 64));
        const __m512i q5 = _mm512_mullo_epi32(nv, _mm512_loadu_si512(inv + i + 80));
        const __m512i q6 = _mm512_mullo_epi32(nv, _mm512_loadu_si512(inv + i + 96));
        const __m512i q7 = _mm512_mullo_epi32(nv, _mm512_loadu_si512(inv + i + 112));
        const __m512i low = _mm512_min_epu32(_mm512_min_epu32(_mm512_min_epu32(q0, q1), _mm512_min_epu32(q2, q3)),
                                             _mm512_min_epu32(_mm512_min_epu32(q4, q5), _mm512_min_epu32(q6, q7)));
        // A divisor's product is n/d ≤ n/d0 and any other is > 2^32/d ≥ 2^32/d_last, so the block's
        // smallest limit lim[i+127] separates them exactly when n ≤ lim[i+127]·d0 (n < 2^31 from
        // d0 = 127 on): no false alarms. Otherwise lane j's first limit, the largest of its column.
        const std::uint64_t last = lim[i + 127];
        const __m512i bound = n <= last * (3 + 2 * std::uint64_t{i}) ? _mm512_set1_epi32(static_cast<int>(last))
                                                                     : _mm512_loadu_si512(lim + i);
        if (_mm512_cmple_epu32_mask(low, bound) == 0)
            continue;
        // Exact test of all 128, the products recomputed rather than kept live, and the first hit
        // read off the bit maps: no branch per register to mispredict.
        std::uint64_t map[2] = {0, 0};
        for (std::uint32_t v = 0; v < 128; v += 16) {
            const __m512i q = _mm512_mullo_epi32(nv, _mm512_loadu_si512(inv + i + v));
            const std::uint64_t m = _mm512_cmple_epu32_mask(q, _mm512_loadu_si512(lim + i + v));
            map[v / 64] |= m << (v % 64);
        }
        if (map[0] | map[1]) {
            const std::uint32_t at =
                i + static_cast<std::uint32_t>(map[0] != 0 ? __builtin_ctzll(map[0]) : 64 + __builtin_ctzll(map[1]));
            return at < to ? at : to;
        }
    }
    return to;
}

PARLAB_AVX512 void firstSmall32Avx512(const std::uint32_t* inv, const std::uint32_t* lim, const std::uint32_t* n,
                                      const std::uint32_t* count, std::uint32_t lanes, std::uint32_t* first) noexcept
{
    // Every lane tries all the small divisors, and the first hit is a running minimum: no lane
    // waits on another, and the only loop-carried dependency is a one-cycle min. A hit past a
    // lane's own ⌊√n⌋ is cut off at the end by the min with its count.
    const __mmask16 live = lanes16(lanes);
    const __m512i nv = _mm512_maskz_loadu_epi32(live, n);
    __m512i found = _mm512_set1_epi32(static_cast<int>(kSmallDivisors));
    for (std::uint32_t i = 0; i < kSmallDivisors; ++i) {
        const __m512i q = _mm512_mullo_epi32(nv, _mm512_set1_epi32(static_cast<int>(inv[i])));
        const __mmask16 hit = _mm512_cmple_epu32_mask(q, _mm512_set1_epi32(static_cast<int>(lim[i])));
        found = _mm512_mask_min_epu32(found, hit, found, _mm512_set1_epi32(static_cast<int>(i)));
    }
    _mm512_mask_storeu_epi32(first, live, _mm512_min_epu32(found, _mm512_maskz_loadu_epi32(live, count)));
}

PARLAB_AVX512 std::uint64_t first64Avx512(const std::uint64_t* inv, std::uint64_t n, std::uint64_t from,
                                          std::uint64_t to) noexcept
{
    const __m512i nv = _mm512_set1_epi64(static_cast<long long>(n));
    std::uint64_t i = from;
    for (; i + 32 <= to; i += 32) {
        const __m512i q0 = _mm512_mullo_epi64(nv, _mm512_loadu_si512(inv + i));
        const __m512i q1 = _mm512_mullo_epi64(nv, _mm512_loadu_si512(inv + i + 8));
        const __m512i q2 = _mm512_mullo_epi64(nv, _mm512_loadu_si512(inv + i + 16));
        const __m512i q3 = _mm512_mullo_epi64(nv, _mm512_loadu_si512(inv + i + 24));
        const __m512i low = _mm512_min_epu64(_mm512_min_epu64(q0, q1), _mm512_min_epu64(q2, q3));
        const __m512i bound = _mm512_set1_epi64(static_cast<long long>(bound64(i)));
        if (_mm512_cmple_epu64_mask(low, bound) == 0)
            continue;
        const __m512i qs[4] = {q0, q1, q2, q3};
        for (std::uint64_t v = 0; v < 4; ++v)
            if (const __mmask8 m = _mm512_cmple_epu64_mask(qs[v], bound))
                return i + 8 * v + static_cast<std::uint64_t>(__builtin_ctz(m));
    }
    for (; i < to; i += 8) {
        const __mmask8 live = lanes8(to - i);
        const __m512i q = _mm512_mullo_epi64(nv, _mm512_maskz_loadu_epi64(live, inv + i));
        const __m512i bound = _mm512_set1_epi64(static_cast<long long>(bound64(i)));
        if (const __mmask8 m = _mm512_mask_cmple_epu64_mask(live, q, bound))
            return i + static_cast<std::uint64_t>(__builtin_ctz(m));
    }
    return to;
}

PARLAB_AVX512 std::uint64_t first64FarAvx512(std::uint64_t n, std::uint64_t from, std::uint64_t to) noexcept
{
    const __m512i nv = _mm512_set1_epi64(static_cast<long long>(n));
    const __m512i step = _mm512_set1_epi64(16); // 8 odd divisors
    __m512i d = _mm512_add_epi64(_mm512_set1_epi64(static_cast<long long>(3 + 2 * from)),
                                 _mm512_setr_epi64(0, 2, 4, 6, 8, 10, 12, 14));
    for (std::uint64_t i = from; i < to; i += 8, d = _mm512_add_epi64(d, step)) {
        const __mmask8 live = lanes8(to - i);
        const __m512i q = _mm512_mullo_epi64(nv, inverses(d));
        const __m512i bound = _mm512_set1_epi64(static_cast<long long>(bound64(i)));
        if (const __mmask8 m = _mm512_mask_cmple_epu64_mask(live, q, bound))
            return i + static_cast<std::uint64_t>(__builtin_ctz(m));
    }
    return to;
}

} // namespace parlab::detail
