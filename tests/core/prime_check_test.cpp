/// @file prime_check_test.cpp
/// @brief checkPrime and isqrt against a sieve, the seed's algorithm and known large values.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/prime_check.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace parlab {
namespace {

TEST(Isqrt, ExactNearEverySquareUpTo2Pow20)
{
    for (std::uint64_t r = 1; r <= (1u << 20); ++r) {
        const std::uint64_t sq = r * r;
        ASSERT_EQ(isqrt(sq), r) << sq;
        ASSERT_EQ(isqrt(sq - 1), r - 1) << sq - 1;
        ASSERT_EQ(isqrt(sq + 2 * r), r) << sq + 2 * r; // (r+1)² − 1
    }
    EXPECT_EQ(isqrt(0), 0u);
}

TEST(Isqrt, ExactNearLargeSquaresWhereDoublesRound)
{
    // Around 2^53 and 2^64 a double cannot hold r² ± 1, so the float sqrt must be corrected.
    const std::uint64_t roots[] = {94906265ULL,   94906266ULL,   3037000499ULL, 3037000500ULL,   4294967295ULL,
                                   4294967294ULL, 2147483648ULL, 1ULL << 31,    (1ULL << 26) + 1};
    for (const std::uint64_t r : roots) {
        const std::uint64_t sq = r * r;
        EXPECT_EQ(isqrt(sq), r) << sq;
        EXPECT_EQ(isqrt(sq - 1), r - 1) << sq - 1;
        EXPECT_EQ(isqrt(sq + 2 * r), r) << sq + 2 * r; // (r+1)² − 1: 2^64 − 1 for the last root
    }
}

TEST(Isqrt, Uint64Max)
{
    EXPECT_EQ(isqrt(std::numeric_limits<std::uint64_t>::max()), 4294967295ULL);
    EXPECT_EQ(isqrt(std::numeric_limits<std::uint64_t>::max() - 1), 4294967295ULL);
    EXPECT_EQ(isqrt(4294967295ULL * 4294967295ULL - 1), 4294967294ULL);
}

TEST(CheckPrime, MatchesSieveAndSeedDivisionsUpTo200000)
{
    constexpr std::uint64_t kLimit = 200'000;
    const auto isPrime = test::sieve(kLimit);
    std::uint64_t primes = 0;
    for (std::uint64_t n = 0; n <= kLimit; ++n) {
        const PrimeCheck c = checkPrime(n);
        const test::SeedCheck ref = test::seedCheckPrime(n);
        ASSERT_EQ(c.prime, bool(isPrime[n])) << n;
        ASSERT_EQ(c.divisions, ref.divisions) << n;
        ASSERT_FALSE(c.cancelled);
        primes += c.prime ? 1 : 0;
    }
    EXPECT_EQ(primes, 17984u); // π(2·10^5)
}

TEST(CheckPrime, DivisionCountsOfTheSeedAlgorithm)
{
    EXPECT_EQ(checkPrime(0).divisions, 0u);
    EXPECT_EQ(checkPrime(1).divisions, 0u);
    EXPECT_EQ(checkPrime(2).divisions, 1u); // n % 2 only
    EXPECT_TRUE(checkPrime(2).prime);
    EXPECT_EQ(checkPrime(1'000'000).divisions, 1u);
    EXPECT_EQ(checkPrime(3).divisions, 1u);  // no odd divisor ≤ ⌊√3⌋
    EXPECT_EQ(checkPrime(9).divisions, 2u);  // 9 % 2, 9 % 3
    EXPECT_EQ(checkPrime(25).divisions, 3u); // 3, 5
    // A prime tries every odd d in 3…⌊√n⌋: 1 + (⌊√n⌋ − 1) / 2 divisions.
    EXPECT_EQ(checkPrime(1'000'003).divisions, 1u + (isqrt(1'000'003) - 1) / 2);
}

TEST(CheckPrime, AroundThe32BitBoundary)
{
    // Both sides of the switch between the 32-bit and the 64-bit divide loop, plus prime squares.
    const std::uint64_t values[] = {4294967291ULL, 4294967295ULL,       4294967296ULL,       4294967297ULL,
                                    4294967311ULL, 65521ULL * 65521ULL, 65537ULL * 65537ULL, 65521ULL * 65537ULL,
                                    2147483647ULL, 4294967279ULL};
    for (const std::uint64_t n : values) {
        const test::SeedCheck ref = test::seedCheckPrime(n);
        const PrimeCheck c = checkPrime(n);
        EXPECT_EQ(c.prime, ref.prime) << n;
        EXPECT_EQ(c.divisions, ref.divisions) << n;
    }
    EXPECT_TRUE(checkPrime(4294967291ULL).prime);
    EXPECT_TRUE(checkPrime(4294967311ULL).prime);
    EXPECT_FALSE(checkPrime(65537ULL * 65537ULL).prime);
    EXPECT_EQ(checkPrime(65537ULL * 65537ULL).divisions, 1u + (65537u - 1) / 2);
}

TEST(CheckPrime, LargeValuesNear2Pow53)
{
    // 2^53 − 111 is the largest prime below 2^53: ⌊√n⌋ = 94906265, so 47 453 132 odd divisors.
    const PrimeCheck big = checkPrime(9007199254740881ULL);
    EXPECT_TRUE(big.prime);
    EXPECT_EQ(big.divisions, 1u + (94906265u - 1) / 2);
    EXPECT_FALSE(big.cancelled);

    // 2^53 − 1 = 6361 · 69431 · 20394401: stops at 6361.
    const PrimeCheck mersenne = checkPrime(9007199254740991ULL);
    EXPECT_FALSE(mersenne.prime);
    EXPECT_EQ(mersenne.divisions, 1u + (6361u - 1) / 2);

    // 2^53 itself is even.
    EXPECT_FALSE(checkPrime(kMaxPrimeCandidate).prime);
    EXPECT_EQ(checkPrime(kMaxPrimeCandidate).divisions, 1u);

    if (!test::kSanitized) {
        // The product of the two largest primes below √(2^53): found only at its smaller factor.
        const PrimeCheck semi = checkPrime(94906249ULL * 94906247ULL);
        EXPECT_FALSE(semi.prime);
        EXPECT_EQ(semi.divisions, 1u + (94906247u - 1) / 2);
    }
}

TEST(CheckPrime, CancelledTokenStopsALargeCheck)
{
    CancelToken cancel;
    cancel.cancel();
    const PrimeCheck c = checkPrime(9007199254740881ULL, &cancel);
    EXPECT_TRUE(c.cancelled);
    EXPECT_LT(c.divisions, 47'453'133u);
    // A check that finishes before the first poll is complete, not cancelled.
    const PrimeCheck small = checkPrime(1'000'003, &cancel);
    EXPECT_FALSE(small.cancelled);
    EXPECT_TRUE(small.prime);
}

} // namespace
} // namespace parlab
