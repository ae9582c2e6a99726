/// @file pi_kernel_avx512.cpp
/// @brief The batched π kernel written for AVX-512: 16 darts per register, hits from the mask.
///
/// The hash (lowbias32) is 32-bit, so a 512-bit register holds 16 darts. The compare gives a
/// 16-bit mask whose popcount is added on the scalar side: the vector ports, which the two
/// hashes keep busy, are spared the accumulation. Two registers per iteration keep the
/// multipliers' latency hidden. The integers and the float test are those of dartAt/dartHits,
/// so the hits equal every other path's.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/pi_kernels.h"

#include <immintrin.h>

// GCC 12's AVX-512 headers build set1/cvt results from _mm512_undefined_*() and then warn that
// they "may be used uninitialized" where they are inlined (GCC bug 105593, fixed in GCC 13).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#define PARLAB_AVX512 [[gnu::target("avx512f,avx512bw,popcnt")]]

namespace parlab::detail {

namespace {

// x >> 16 in each 32-bit lane as a byte shuffle: the shift unit is the port the multiplies need,
// the shuffle unit is another one.
PARLAB_AVX512 inline __m512i shr16(__m512i x) noexcept
{
    const __m512i c = _mm512_set4_epi32(-1 << 16 | 0x0f0e, -1 << 16 | 0x0b0a, -1 << 16 | 0x0706, -1 << 16 | 0x0302);
    return _mm512_shuffle_epi8(x, c);
}

// lowbias32(x) >> 8, scaled by 2^8: the low byte is cleared instead of shifted out (one ternary
// logic op instead of a shift and an xor). Converted to float it is 2^8 times the dart's
// coordinate, exactly (24 significant bits), and the squares' sum 2^16 times theirs: scaling by
// a power of two changes no rounding, so comparing with 2^64 gives dartHits' answer.
PARLAB_AVX512 inline __m512i coord16(__m512i x) noexcept
{
    x = _mm512_xor_si512(x, shr16(x));
    x = _mm512_mullo_epi32(x, _mm512_set1_epi32(0x7feb352d));
    x = _mm512_xor_si512(x, _mm512_srli_epi32(x, 15));
    x = _mm512_mullo_epi32(x, _mm512_set1_epi32(static_cast<int>(0x846ca68bU)));
    // (x ^ shr16(x)) & ~0xff: truth table 0x28 is (a ^ b) & c for a, b, c.
    return _mm512_ternarylogic_epi32(x, shr16(x), _mm512_set1_epi32(~0xff), 0x28);
}

// Which of the 16 darts idx, idx+1, … idx+15 hit.
PARLAB_AVX512 inline __mmask16 hits16(__m512i idx, __m512i kx, __m512i ky) noexcept
{
    const __m512 x = _mm512_cvtepu32_ps(coord16(_mm512_xor_si512(idx, kx)));
    const __m512 y = _mm512_cvtepu32_ps(coord16(_mm512_xor_si512(idx, ky)));
    const __m512 r2 = _mm512_add_ps(_mm512_mul_ps(x, x), _mm512_mul_ps(y, y));
    return _mm512_cmp_ps_mask(r2, _mm512_set1_ps(18446744073709551616.0f), _CMP_LT_OQ); // 2^64
}

} // namespace

PARLAB_AVX512 std::uint64_t hitsAvx512(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
{
    const __m512i kx = _mm512_set1_epi32(static_cast<int>(keys.kx));
    const __m512i ky = _mm512_set1_epi32(static_cast<int>(keys.ky));
    const __m512i sixteen = _mm512_set1_epi32(16);
    // Lane i holds dart lo+i; the 32-bit adds wrap exactly as lo + j does in dartAt.
    __m512i idx = _mm512_add_epi32(_mm512_set1_epi32(static_cast<int>(lo)),
                                   _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
    std::uint64_t a = 0, b = 0;
    std::uint32_t j = 0;
    for (; count - j >= 32; j += 32) {
        const __m512i idx2 = _mm512_add_epi32(idx, sixteen);
        a += static_cast<std::uint64_t>(_mm_popcnt_u32(_cvtmask16_u32(hits16(idx, kx, ky))));
        b += static_cast<std::uint64_t>(_mm_popcnt_u32(_cvtmask16_u32(hits16(idx2, kx, ky))));
        idx = _mm512_add_epi32(idx2, sixteen);
    }
    for (; j < count; j += 16) {
        const std::uint32_t left = count - j;
        const auto valid = static_cast<std::uint32_t>(left >= 16 ? 0xffffU : (1U << left) - 1U);
        a += static_cast<std::uint64_t>(_mm_popcnt_u32(_cvtmask16_u32(hits16(idx, kx, ky)) & valid));
        idx = _mm512_add_epi32(idx, sixteen);
        if (left <= 16)
            break;
    }
    return a + b;
}

} // namespace parlab::detail
