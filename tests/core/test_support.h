/// @file test_support.h
/// @brief Small references shared by the core tests: a sieve, the seed's check_prime, build facts.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace parlab::test {

/// True in sanitizer builds (GCC defines these macros), where the heaviest rows are trimmed.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

/// Sieve of Eratosthenes: isPrime[n] for n ≤ limit.
inline std::vector<bool> sieve(std::uint64_t limit)
{
    std::vector<bool> p(limit + 1, true);
    p[0] = false;
    if (limit >= 1)
        p[1] = false;
    for (std::uint64_t i = 2; i * i <= limit; ++i)
        if (p[i])
            for (std::uint64_t j = i * i; j <= limit; j += i)
                p[j] = false;
    return p;
}

struct SeedCheck {
    bool prime;
    std::uint64_t divisions;
};

/// The seed's check_prime written the plain way (d·d ≤ n as d ≤ n / d, no isqrt), counting `%`.
inline SeedCheck seedCheckPrime(std::uint64_t n)
{
    if (n < 2)
        return {false, 0};
    std::uint64_t divisions = 1;
    if (n % 2 == 0)
        return {n == 2, divisions};
    for (std::uint64_t d = 3; d <= n / d; d += 2) {
        ++divisions;
        if (n % d == 0)
            return {false, divisions};
    }
    return {true, divisions};
}

} // namespace parlab::test
