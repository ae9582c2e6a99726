/// @file prime_batched_test.cpp
/// @brief The batched prime kernel against the seed's loop: the same prime flag and the same
/// division count for every number checked, on every instruction-set path this CPU has.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/divisor_table.h"
#include "kernels/prime_batched.h"
#include "parlab/cancel_token.h"
#include "parlab/prime_check.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

namespace parlab {
namespace {

using detail::PrimeIsa;

class BatchedPrimes : public ::testing::TestWithParam<PrimeIsa> {
  protected:
    void SetUp() override
    {
        if (!detail::isaSupported(GetParam()))
            GTEST_SKIP() << "this CPU has no " << detail::isaName(GetParam());
    }

    // Every number of `ns` checked on this path, one by one and in groups (whose small divisors
    // are tried 16 numbers at a time), and by the seed's loop (checkPrime).
    void expectSameAsScalar(const std::vector<std::uint64_t>& ns) const
    {
        std::vector<PrimeCheck> grouped(ns.size());
        constexpr std::size_t kGroup = 61; // not a multiple of 16: partly filled lanes too
        for (std::size_t k = 0; k < ns.size(); k += kGroup)
            detail::checkPrimesBatchedOn(GetParam(), ns.data() + k, std::min(kGroup, ns.size() - k), grouped.data() + k,
                                         nullptr);
        for (std::size_t k = 0; k < ns.size(); ++k) {
            const std::uint64_t n = ns[k];
            const PrimeCheck ref = checkPrime(n);
            const PrimeCheck got = detail::checkPrimeBatchedOn(GetParam(), n);
            ASSERT_EQ(got.prime, ref.prime) << n;
            ASSERT_EQ(got.divisions, ref.divisions) << n;
            ASSERT_FALSE(got.cancelled) << n;
            ASSERT_EQ(grouped[k].prime, ref.prime) << n << " in a group";
            ASSERT_EQ(grouped[k].divisions, ref.divisions) << n << " in a group";
            ASSERT_FALSE(grouped[k].cancelled) << n << " in a group";
        }
    }

    static std::vector<std::uint64_t> run(std::uint64_t first, std::uint64_t count)
    {
        std::vector<std::uint64_t> v;
        for (std::uint64_t n = first; n < first + count; ++n)
            v.push_back(n);
        return v;
    }
};

TEST_P(BatchedPrimes, EveryNumberBelow2Million)
{
    constexpr std::uint64_t kEnd = test::kSanitized ? 300'000 : 2'000'000;
    const auto isPrime = test::sieve(kEnd);
    std::uint64_t primes = 0;
    std::uint64_t group[50];
    PrimeCheck grouped[50];
    for (std::uint64_t n = 0; n < kEnd; ++n) {
        const test::SeedCheck ref = test::seedCheckPrime(n);
        const PrimeCheck got = detail::checkPrimeBatchedOn(GetParam(), n);
        ASSERT_EQ(got.prime, bool(isPrime[n])) << n;
        ASSERT_EQ(got.divisions, ref.divisions) << n;
        primes += got.prime ? 1 : 0;
        // The same numbers in groups of 50, checked as a chunk would check them.
        group[n % 50] = n;
        if (n % 50 == 49) {
            detail::checkPrimesBatchedOn(GetParam(), group, 50, grouped, nullptr);
            for (std::uint64_t k = 0; k < 50; ++k) {
                ASSERT_EQ(grouped[k].prime, bool(isPrime[group[k]])) << group[k];
                ASSERT_EQ(grouped[k].divisions, test::seedCheckPrime(group[k]).divisions) << group[k];
            }
        }
    }
    if (!test::kSanitized) {
        EXPECT_EQ(primes, 148'933u); // π(2·10^6)
    }
}

TEST_P(BatchedPrimes, AroundThe32BitSwitch)
{
    // Both sides of the change from 32-bit to 64-bit lanes, and the largest 32-bit divisor.
    expectSameAsScalar(run((std::uint64_t{1} << 32) - 1000, 2000));
    expectSameAsScalar({65521ULL * 65521ULL, 65521ULL * 65537ULL, 65537ULL * 65537ULL, 4294967291ULL});
}

TEST_P(BatchedPrimes, Near2Pow40AndTheEndOfTheInverseTable)
{
    // √(2^40) = 2^20: the primes here try the last stored 64-bit inverses and the first computed ones.
    expectSameAsScalar(run((std::uint64_t{1} << 40) - (test::kSanitized ? 200 : 1000), test::kSanitized ? 400 : 2000));
    // Squares and products of primes either side of 2^20, found at exactly their smaller factor.
    const std::uint64_t p = 1048573, q = 1048583; // the primes around 2^20 = 1048576
    expectSameAsScalar({p * p, p * q, q * q, 1048571ULL * p});
}

TEST_P(BatchedPrimes, Near2Pow53)
{
    // Each prime here takes the seed loop 47 million divisions: a short run holds a few of them.
    expectSameAsScalar(run(kMaxPrimeCandidate - (test::kSanitized ? 20 : 60), test::kSanitized ? 21 : 61));
    expectSameAsScalar({94906249ULL * 94906247ULL, 94906249ULL * 94906249ULL, 9007199254740881ULL});
}

TEST_P(BatchedPrimes, PastTheSupportedRangeStillExact)
{
    // Beyond 2^53 the 64-bit bound no longer holds; the kernel must still answer like the seed loop.
    expectSameAsScalar({1000003ULL * 9007199254741ULL, (std::uint64_t{1} << 53) + 1, (std::uint64_t{1} << 60) + 3,
                        (std::uint64_t{1} << 54) + 5});
}

TEST_P(BatchedPrimes, RandomNumbersUpTo2Pow53)
{
    std::mt19937_64 rng(20261130);
    std::vector<std::uint64_t> ns;
    // Mostly below 2^40 (cheap for the reference), a few spread to 2^53.
    for (int k = 0; k < (test::kSanitized ? 500 : 3000); ++k)
        ns.push_back(rng() >> (24 + rng() % 40));
    for (int k = 0; k < (test::kSanitized ? 4 : 30); ++k)
        ns.push_back(rng() >> 11);
    expectSameAsScalar(ns);
}

TEST_P(BatchedPrimes, SquaresOfPrimesEndExactlyAtTheirRoot)
{
    // The last divisor tried is ⌊√n⌋ itself: block and vector tails must reach it, never pass it.
    std::vector<std::uint64_t> ns;
    for (std::uint64_t p = 3; p < 70'000; p += 2)
        if (checkPrime(p).prime && (p < 300 || p % 64 < 6 || p > 65'400))
            ns.push_back(p * p);
    expectSameAsScalar(ns);
}

TEST_P(BatchedPrimes, MidSizedFactorsOnBothSidesOfTheExactBlockBound)
{
    // A block's one compare is exact only while n ≤ lim[last]·d0 (n below ~2^31 in the first
    // blocks); above it, the looser bound raises false alarms that must be re-tested, not taken.
    // n = p·q with p a prime just past the small divisors, from below 2^31 to just under 2^32.
    std::vector<std::uint64_t> ns;
    for (std::uint64_t p = 131; p < 1'200; p += 2) {
        if (!checkPrime(p).prime)
            continue;
        for (const std::uint64_t target : {std::uint64_t{1} << 30, std::uint64_t{3} << 29, std::uint64_t{1} << 31,
                                           std::uint64_t{3} << 30, (std::uint64_t{1} << 32) - 1}) {
            std::uint64_t q = target / p;
            while (q > p && !checkPrime(q).prime)
                --q;
            ns.push_back(p * q);
            ns.push_back(p * q + 2); // its odd neighbour: any answer
        }
    }
    expectSameAsScalar(ns);
}

TEST_P(BatchedPrimes, CancelledTokenStopsALargeCheckButNotASmallOne)
{
    CancelToken cancel;
    cancel.cancel();
    const PrimeCheck big = detail::checkPrimeBatchedOn(GetParam(), 9007199254740881ULL, &cancel);
    EXPECT_TRUE(big.cancelled);
    EXPECT_LT(big.divisions, 47'453'133u);
    const PrimeCheck small = detail::checkPrimeBatchedOn(GetParam(), 1'000'003, &cancel);
    EXPECT_FALSE(small.cancelled);
    EXPECT_TRUE(small.prime);
    EXPECT_EQ(small.divisions, checkPrime(1'000'003).divisions);
}

TEST_P(BatchedPrimes, MixedGroupsOfSmallLargeEvenAndShuffledNumbers)
{
    std::vector<std::uint64_t> ns = run(0, 300);
    for (const std::uint64_t n : run(100'000'000, 700))
        ns.push_back(n);
    for (const std::uint64_t n : run((std::uint64_t{1} << 32) - 100, 200))
        ns.push_back(n);
    for (const std::uint64_t n : run(1'000'000'000'000ULL, 300))
        ns.push_back(n);
    std::shuffle(ns.begin(), ns.end(), std::mt19937_64(5));
    expectSameAsScalar(ns);
}

TEST_P(BatchedPrimes, CancelledGroupAnswersOnlyWhatItFinished)
{
    // A pre-cancelled token: small numbers are still decided, the big prime is not, and nothing
    // after a cancelled answer is taken for one.
    CancelToken cancel;
    cancel.cancel();
    const std::uint64_t ns[] = {15, 9007199254740881ULL, 17, 1'000'003};
    PrimeCheck out[4];
    detail::checkPrimesBatchedOn(GetParam(), ns, 4, out, &cancel);
    EXPECT_FALSE(out[0].cancelled);
    EXPECT_EQ(out[0].divisions, 2u);
    EXPECT_TRUE(out[1].cancelled);
    for (const Kernel k : {Kernel::scalar, Kernel::batched}) {
        PrimeCheck o[4];
        const std::size_t done = checkPrimes(k, ns, 4, o, &cancel);
        EXPECT_LE(done, 1u) << name(k);
        for (std::size_t i = 0; i < done; ++i)
            EXPECT_EQ(o[i].divisions, checkPrime(ns[i]).divisions) << name(k);
    }
    CancelToken live;
    PrimeCheck o[4];
    EXPECT_EQ(checkPrimes(Kernel::batched, ns, 3, o, &live), 3u);
    EXPECT_TRUE(o[1].prime);
    EXPECT_EQ(o[1].divisions, 1u + (94906265u - 1) / 2);
}

INSTANTIATE_TEST_SUITE_P(Isa, BatchedPrimes, ::testing::Values(PrimeIsa::scalar, PrimeIsa::avx2, PrimeIsa::avx512),
                         [](const auto& info) { return std::string(detail::isaName(info.param)); });

TEST(BatchedPrimesDispatch, UsesTheWidestPathTheCpuHas)
{
    const PrimeIsa best = detail::bestPrimeIsa();
    EXPECT_TRUE(detail::isaSupported(best));
    if (detail::isaSupported(PrimeIsa::avx512)) {
        EXPECT_EQ(best, PrimeIsa::avx512);
    } else if (detail::isaSupported(PrimeIsa::avx2)) {
        EXPECT_EQ(best, PrimeIsa::avx2);
    }
    // The public entry point and the kernel switch reach it.
    EXPECT_EQ(checkPrimeBatched(1'000'003).divisions, checkPrime(1'000'003).divisions);
    EXPECT_EQ(checkPrime(Kernel::batched, 1'000'001).divisions, checkPrime(1'000'001).divisions);
}

TEST(DivisorTable, InversesAndLimits)
{
    const detail::DivisorTable32& t = detail::divisorTable32();
    const std::uint64_t* t64 = detail::divisorTable64();
    for (const std::uint64_t i : std::vector<std::uint64_t>{0, 1, 100, detail::kOddDivisors32 - 1}) {
        const std::uint64_t d = 3 + 2 * i;
        EXPECT_EQ(static_cast<std::uint32_t>(d * t.inv[i]), 1u) << d;
        EXPECT_EQ(t.lim[i], 0xffffffffULL / d) << d;
    }
    for (const std::uint64_t i : std::vector<std::uint64_t>{0, 12345, detail::kOddDivisors64 - 1})
        EXPECT_EQ((3 + 2 * i) * t64[i], 1u) << i;
    // The padding past the last divisor is zeros (the AVX2 tails read it and mask it off).
    EXPECT_EQ(t.inv[detail::kOddDivisors32], 0u);
    EXPECT_EQ(t64[detail::kOddDivisors64], 0u);
    EXPECT_EQ(detail::inverse64(94906265ULL) * 94906265ULL, 1u);
}

} // namespace
} // namespace parlab
