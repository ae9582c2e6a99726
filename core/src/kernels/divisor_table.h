/// @file divisor_table.h
/// @brief Modular inverses of the odd trial divisors, so the batched prime kernel can test
/// divisibility with a multiplication and a compare instead of a divide.
///
/// Divisor index i stands for d = 3 + 2i, the order the seed's loop tries them in.
/// For odd d and w-bit n: d | n ⇔ n·inv(d) mod 2^w ≤ ⌊(2^w − 1)/d⌋ (Granlund–Montgomery, Lemire).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bit>
#include <cstdint>

namespace parlab::detail {

/// Every odd divisor a 32-bit n can need: d = 3 … 65 535 (⌊√(2^32 − 1)⌋ = 65 535).
inline constexpr std::uint32_t kOddDivisors32 = 32767;
/// 64-bit inverses are stored for d < 2^20 (4 MiB), enough for n < 2^40 (and 10^12); above it the
/// kernels compute them on the fly, since all of them up to √(2^53) would take 380 MB.
inline constexpr std::uint64_t kOddDivisors64 = (std::uint64_t{1} << 19) - 1;

/// inv[i] = d⁻¹ mod 2^32 and lim[i] = ⌊(2^32 − 1)/d⌋ for d = 3 + 2i, i < kOddDivisors32. Both arrays
/// run on past the end with zeros for a whole 128-entry block from any real divisor, so a vector
/// load never leaves them; both start on a 64-byte line.
struct DivisorTable32 {
    const std::uint32_t* inv;
    const std::uint32_t* lim;
};

/// Built on first use (thread-safe: a function-local static), ~256 KiB.
const DivisorTable32& divisorTable32();
/// d⁻¹ mod 2^64 for d = 3 + 2i, i < kOddDivisors64 (zero-padded like the 32-bit table); built on
/// the first 64-bit number, so a run below 2^32 never pays for it.
const std::uint64_t* divisorTable64();

/// d⁻¹ mod 2^64 for odd d by Newton's iteration: x = 3d ⊕ 2 is right in the low 5 bits, and each
/// step x·(2 − d·x) doubles the correct bits (5 → 10 → 20 → 40 → 80).
constexpr std::uint64_t inverse64(std::uint64_t d) noexcept
{
    std::uint64_t x = (3 * d) ^ 2;
    for (int k = 0; k < 4; ++k)
        x *= 2 - d * x;
    return x;
}

/// The divisibility bound of the 64-bit kernels for a run of divisors starting at d0 and spanning
/// less than 2^9·d0 (any block of up to 2^8 divisors): for n ≤ 2^53, q = n·d⁻¹ mod 2^64 is the exact
/// quotient n/d ≤ 2^(54−b) when d | n (b = bit width of d0), and otherwise q·d ≥ 2^64 makes
/// q ≥ 2^(55−b). So d | n ⇔ q >> shift64(d0) == 0 — no per-divisor limit table needed.
constexpr unsigned shift64(std::uint64_t d0) noexcept
{
    return 55 - static_cast<unsigned>(std::bit_width(d0));
}

} // namespace parlab::detail
