/// @file prime_check.h
/// @brief Trial division exactly as the seed's check_prime, counting the divisions it tries.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/options.h"

#include <cstddef>
#include <cstdint>

namespace parlab {

class CancelToken;

/// Largest n the prime check accepts: 2^53, the limit of exact doubles in the seed's Python.
inline constexpr std::uint64_t kMaxPrimeCandidate = std::uint64_t{1} << 53;

/// ⌊√n⌋ exactly, for every 64-bit n.
std::uint64_t isqrt(std::uint64_t n) noexcept;

struct PrimeCheck {
    bool prime = false;
    std::uint64_t divisions = 0; ///< number of `%` operations tried (the n % 2 test counts as one)
    bool cancelled = false;      ///< stopped part-way: `prime` is meaningless
};

/// The seed's check_prime: n < 2 is not prime, even n is prime only when n == 2, then odd divisors
/// 3, 5, … up to ⌊√n⌋. For large n the token is polled every 65 536 divisions, so even a single
/// check near 2^53 (≈ 47 million divisions) stops promptly.
PrimeCheck checkPrime(std::uint64_t n, const CancelToken* cancel = nullptr) noexcept;

/// The same answer and the same division count as checkPrime, ~20× faster: each odd divisor is
/// tested by a multiplication with its modular inverse, 8 or 16 divisors per vector instruction
/// (AVX-512 or AVX2, chosen at run time; plain multiplies elsewhere). n ≤ 2^53; the token is
/// polled as often (in divisors) as checkPrime polls it.
PrimeCheck checkPrimeBatched(std::uint64_t n, const CancelToken* cancel = nullptr) noexcept;

/// checkPrime or checkPrimeBatched: the primes lab's `--kernel scalar|batched`.
PrimeCheck checkPrime(Kernel kernel, std::uint64_t n, const CancelToken* cancel = nullptr) noexcept;

/// Checks ns[0..count) into out[0..count) with the kernel and returns how many were answered: all
/// of them, or fewer when the token was cancelled (then only out[0..returned) are answers). The
/// batched kernel tries the small divisors of 16 numbers at once, so a chunk is best checked in
/// groups rather than number by number; the answers are the same.
std::size_t checkPrimes(Kernel kernel, const std::uint64_t* ns, std::size_t count, PrimeCheck* out,
                        const CancelToken* cancel = nullptr) noexcept;

} // namespace parlab
