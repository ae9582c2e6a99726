/// @file prime_check.cpp
/// @brief The seed's check_prime in C++, exact up to 2^53 and cancellable inside one number.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/prime_check.h"

#include "parlab/cancel_token.h"

#include <algorithm>
#include <cmath>

namespace parlab {

std::uint64_t isqrt(std::uint64_t n) noexcept
{
    auto r = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(n)));
    while (r > 0 && r > n / r) // r*r > n, written without overflow
        --r;
    while (r + 1 <= n / (r + 1)) // (r+1)^2 <= n
        ++r;
    return r;
}

namespace {

// Divisors are tried in runs of this many between polls of the cancel token.
constexpr std::uint64_t kPollEvery = 1u << 16;

// Odd divisors d = from, from+2, … ≤ limit. Returns the first that divides n, or 0. The 32-bit
// instantiation matters: a 32-bit divide is several times cheaper than a 64-bit one.
template <typename U> std::uint64_t firstDivisor(U n, std::uint64_t from, std::uint64_t limit, std::uint64_t& divisions)
{
    for (std::uint64_t d = from; d <= limit; d += 2) {
        ++divisions;
        if (n % static_cast<U>(d) == 0)
            return d;
    }
    return 0;
}

} // namespace

PrimeCheck checkPrime(std::uint64_t n, const CancelToken* cancel) noexcept
{
    PrimeCheck r;
    if (n < 2)
        return r;
    r.divisions = 1;
    if (n % 2 == 0) {
        r.prime = n == 2;
        return r;
    }
    const std::uint64_t limit = isqrt(n);
    const bool narrow = n <= 0xffffffffULL;
    for (std::uint64_t from = 3; from <= limit; from += 2 * kPollEvery) {
        const std::uint64_t to = std::min(limit, from + 2 * (kPollEvery - 1));
        const std::uint64_t d = narrow ? firstDivisor(static_cast<std::uint32_t>(n), from, to, r.divisions)
                                       : firstDivisor(n, from, to, r.divisions);
        if (d != 0)
            return r; // composite
        if (cancel && to < limit && cancel->cancelled()) {
            r.cancelled = true;
            return r;
        }
    }
    r.prime = true;
    return r;
}

} // namespace parlab
