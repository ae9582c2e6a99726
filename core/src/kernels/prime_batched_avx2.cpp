/// @file prime_batched_avx2.cpp
/// @brief The batched prime kernel on AVX2: 8 divisors per register below 2^32, 4 above.
///
/// The same blocks as the AVX-512 path, with AVX2's gaps filled: unsigned q ≤ lim is
/// max(q, lim) == lim, and the 64-bit product n·d⁻¹ is put together from three 32×32 multiplies.
/// Only intrinsics live under the target attribute (see prime_batched_avx512.cpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/divisor_table.h"
#include "kernels/prime_batched.h"

#include <immintrin.h>

#define PARLAB_AVX2 [[gnu::target("avx2")]]

namespace parlab::detail {

namespace {

// Bit j set when lane j (of 8 × 32 bits) has q ≤ lim.
PARLAB_AVX2 inline unsigned hits32(__m256i q, __m256i lim) noexcept
{
    const __m256i le = _mm256_cmpeq_epi32(_mm256_max_epu32(q, lim), lim);
    return static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(le)));
}

// Bit j set when lane j (of 4 × 64 bits) has q >> shift == 0.
PARLAB_AVX2 inline unsigned hits64(__m256i q, __m128i shift) noexcept
{
    const __m256i zero = _mm256_cmpeq_epi64(_mm256_srl_epi64(q, shift), _mm256_setzero_si256());
    return static_cast<unsigned>(_mm256_movemask_pd(_mm256_castsi256_pd(zero)));
}

// a·b mod 2^64 per 64-bit lane; ahi = a >> 32 is passed in because n is the same for every block.
PARLAB_AVX2 inline __m256i mullo64(__m256i a, __m256i ahi, __m256i b) noexcept
{
    const __m256i cross = _mm256_add_epi64(_mm256_mul_epu32(ahi, b), _mm256_mul_epu32(a, _mm256_srli_epi64(b, 32)));
    return _mm256_add_epi64(_mm256_mul_epu32(a, b), _mm256_slli_epi64(cross, 32));
}

PARLAB_AVX2 inline __m256i inverses(__m256i d) noexcept
{
    const __m256i two = _mm256_set1_epi64x(2);
    const __m256i dhi = _mm256_srli_epi64(d, 32);
    __m256i x = _mm256_xor_si256(_mm256_add_epi64(d, _mm256_add_epi64(d, d)), two);
    for (int k = 0; k < 4; ++k)
        x = mullo64(x, _mm256_srli_epi64(x, 32), _mm256_sub_epi64(two, mullo64(d, dhi, x)));
    return x;
}

// (A helper, not a lambda: a lambda's body does not inherit the target attribute.)
PARLAB_AVX2 inline __m256i load(const void* p) noexcept
{
    return _mm256_loadu_si256(static_cast<const __m256i*>(p));
}

inline unsigned shift64At(std::uint64_t i) noexcept
{
    return static_cast<unsigned>(55 - (64 - __builtin_clzll(3 + 2 * i)));
}

} // namespace

PARLAB_AVX2 std::uint32_t first32Avx2(const std::uint32_t* inv, const std::uint32_t* lim, std::uint32_t n,
                                      std::uint32_t from, std::uint32_t to) noexcept
{
    const __m256i nv = _mm256_set1_epi32(static_cast<int>(n));
    std::uint32_t i = from;
    for (; i + 32 <= to; i += 32) {
        const __m256i q0 = _mm256_mullo_epi32(nv, load(inv + i));
        const __m256i q1 = _mm256_mullo_epi32(nv, load(inv + i + 8));
        const __m256i q2 = _mm256_mullo_epi32(nv, load(inv + i + 16));
        const __m256i q3 = _mm256_mullo_epi32(nv, load(inv + i + 24));
        const __m256i low = _mm256_min_epu32(_mm256_min_epu32(q0, q1), _mm256_min_epu32(q2, q3));
        if (hits32(low, load(lim + i)) == 0)
            continue;
        const __m256i qs[4] = {q0, q1, q2, q3};
        for (std::uint32_t v = 0; v < 4; ++v)
            if (const unsigned m = hits32(qs[v], load(lim + i + 8 * v)))
                return i + 8 * v + static_cast<std::uint32_t>(__builtin_ctz(m));
    }
    // The tables are zero-padded to whole blocks: lanes past `to` read zeros and are masked off.
    for (; i < to; i += 8) {
        const unsigned live = to - i >= 8 ? 0xffu : (1u << (to - i)) - 1;
        if (const unsigned m = hits32(_mm256_mullo_epi32(nv, load(inv + i)), load(lim + i)) & live)
            return i + static_cast<std::uint32_t>(__builtin_ctz(m));
    }
    return to;
}

PARLAB_AVX2 void firstSmall32Avx2(const std::uint32_t* inv, const std::uint32_t* lim, const std::uint32_t* n,
                                  const std::uint32_t* count, std::uint32_t lanes, std::uint32_t* first) noexcept
{
    // Two registers of 8 lanes; as on AVX-512, the first hit is a running minimum.
    std::uint32_t nn[16] = {}, mm[16] = {}, ff[16];
    for (std::uint32_t j = 0; j < lanes; ++j) {
        nn[j] = n[j];
        mm[j] = count[j];
    }
    const __m256i none = _mm256_set1_epi32(static_cast<int>(kSmallDivisors));
    const __m256i n0 = load(nn), n1 = load(nn + 8);
    __m256i f0 = none, f1 = none;
    for (std::uint32_t i = 0; i < kSmallDivisors; ++i) {
        const __m256i iv = _mm256_set1_epi32(static_cast<int>(i));
        const __m256i d = _mm256_set1_epi32(static_cast<int>(inv[i])), l = _mm256_set1_epi32(static_cast<int>(lim[i]));
        const __m256i q0 = _mm256_mullo_epi32(n0, d), q1 = _mm256_mullo_epi32(n1, d);
        const __m256i h0 = _mm256_cmpeq_epi32(_mm256_max_epu32(q0, l), l);
        const __m256i h1 = _mm256_cmpeq_epi32(_mm256_max_epu32(q1, l), l);
        f0 = _mm256_min_epu32(f0, _mm256_blendv_epi8(none, iv, h0));
        f1 = _mm256_min_epu32(f1, _mm256_blendv_epi8(none, iv, h1));
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(ff), _mm256_min_epu32(f0, load(mm)));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(ff + 8), _mm256_min_epu32(f1, load(mm + 8)));
    for (std::uint32_t j = 0; j < lanes; ++j)
        first[j] = ff[j];
}

PARLAB_AVX2 std::uint64_t first64Avx2(const std::uint64_t* inv, std::uint64_t n, std::uint64_t from,
                                      std::uint64_t to) noexcept
{
    const __m256i nv = _mm256_set1_epi64x(static_cast<long long>(n));
    const __m256i nhi = _mm256_set1_epi64x(static_cast<long long>(n >> 32));
    std::uint64_t i = from;
    for (; i + 16 <= to; i += 16) {
        const __m128i shift = _mm_cvtsi32_si128(static_cast<int>(shift64At(i)));
        const __m256i q0 = mullo64(nv, nhi, load(inv + i));
        const __m256i q1 = mullo64(nv, nhi, load(inv + i + 4));
        const __m256i q2 = mullo64(nv, nhi, load(inv + i + 8));
        const __m256i q3 = mullo64(nv, nhi, load(inv + i + 12));
        // No unsigned 64-bit min in AVX2: a lane is a hit when its high bits are all zero, so OR the
        // zero tests instead.
        const unsigned any = hits64(q0, shift) | hits64(q1, shift) | hits64(q2, shift) | hits64(q3, shift);
        if (any == 0)
            continue;
        const __m256i qs[4] = {q0, q1, q2, q3};
        for (std::uint64_t v = 0; v < 4; ++v)
            if (const unsigned m = hits64(qs[v], shift))
                return i + 4 * v + static_cast<std::uint64_t>(__builtin_ctz(m));
    }
    for (; i < to; i += 4) {
        const unsigned live = to - i >= 4 ? 0xfu : (1u << (to - i)) - 1;
        const __m128i shift = _mm_cvtsi32_si128(static_cast<int>(shift64At(i)));
        if (const unsigned m = hits64(mullo64(nv, nhi, load(inv + i)), shift) & live)
            return i + static_cast<std::uint64_t>(__builtin_ctz(m));
    }
    return to;
}

PARLAB_AVX2 std::uint64_t first64FarAvx2(std::uint64_t n, std::uint64_t from, std::uint64_t to) noexcept
{
    const __m256i nv = _mm256_set1_epi64x(static_cast<long long>(n));
    const __m256i nhi = _mm256_set1_epi64x(static_cast<long long>(n >> 32));
    const __m256i step = _mm256_set1_epi64x(8); // 4 odd divisors
    __m256i d =
        _mm256_add_epi64(_mm256_set1_epi64x(static_cast<long long>(3 + 2 * from)), _mm256_setr_epi64x(0, 2, 4, 6));
    for (std::uint64_t i = from; i < to; i += 4, d = _mm256_add_epi64(d, step)) {
        const unsigned live = to - i >= 4 ? 0xfu : (1u << (to - i)) - 1;
        const __m128i shift = _mm_cvtsi32_si128(static_cast<int>(shift64At(i)));
        if (const unsigned m = hits64(mullo64(nv, nhi, inverses(d)), shift) & live)
            return i + static_cast<std::uint64_t>(__builtin_ctz(m));
    }
    return to;
}

} // namespace parlab::detail
