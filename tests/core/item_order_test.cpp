/// @file item_order_test.cpp
/// @brief ItemOrder: natural, shuffled (a seeded permutation) and costliest-first positions.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/primes.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace parlab {
namespace {

PrimesParams range(std::uint64_t first, std::uint64_t last, Order order, std::uint64_t seed = 1)
{
    PrimesParams p;
    p.first = first;
    p.last = last;
    p.order = order;
    p.seed = seed;
    return p;
}

class ShuffledIsPermutation : public ::testing::TestWithParam<std::uint64_t> {};

TEST_P(ShuffledIsPermutation, EveryNumberOnce)
{
    const std::uint64_t n = GetParam();
    const std::uint64_t first = 1'000'000'007;
    for (const std::uint64_t seed : {1ULL, 2ULL, 0xdeadbeefULL}) {
        const ItemOrder order(range(first, first + n - 1, Order::shuffled, seed));
        std::vector<bool> seen(n, false);
        for (std::uint64_t k = 0; k < n; ++k) {
            const std::uint64_t v = order.at(k);
            ASSERT_GE(v, first) << "k=" << k;
            ASSERT_LT(v - first, n) << "k=" << k;
            ASSERT_FALSE(seen[v - first]) << "number " << v << " handed out twice (seed " << seed << ")";
            seen[v - first] = true;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, ShuffledIsPermutation,
                         ::testing::Values(1, 2, 3, 4, 5, 17, 1000, 1024, 65536, 65537, 1'000'003));

TEST(ItemOrder, ShuffledIsDeterministicPerSeed)
{
    const ItemOrder a(range(1, 100'000, Order::shuffled, 42));
    const ItemOrder b(range(1, 100'000, Order::shuffled, 42));
    for (std::uint64_t k = 0; k < 100'000; ++k)
        ASSERT_EQ(a.at(k), b.at(k)) << k;
}

TEST(ItemOrder, ShuffledDiffersBetweenSeedsAndFromNatural)
{
    constexpr std::uint64_t n = 10'000;
    const ItemOrder a(range(1, n, Order::shuffled, 1));
    const ItemOrder b(range(1, n, Order::shuffled, 2));
    std::uint64_t sameAsOther = 0, inPlace = 0;
    for (std::uint64_t k = 0; k < n; ++k) {
        sameAsOther += a.at(k) == b.at(k) ? 1 : 0;
        inPlace += a.at(k) == k + 1 ? 1 : 0;
    }
    // A random permutation has ~1 fixed point; allow a wide margin, but not "mostly equal".
    EXPECT_LT(sameAsOther, n / 100);
    EXPECT_LT(inPlace, n / 100);
}

TEST(ItemOrder, NaturalIsAscending)
{
    const ItemOrder o(range(50, 149, Order::natural));
    for (std::uint64_t k = 0; k < 100; ++k)
        EXPECT_EQ(o.at(k), 50 + k);
}

TEST(ItemOrder, CostliestIsDescending)
{
    const ItemOrder o(range(50, 149, Order::costliest));
    EXPECT_EQ(o.at(0), 149u);
    EXPECT_EQ(o.at(99), 50u);
    for (std::uint64_t k = 1; k < 100; ++k)
        EXPECT_EQ(o.at(k), o.at(k - 1) - 1);
}

TEST(ItemOrder, SingleNumberAtTheTopOfTheRange)
{
    const std::uint64_t top = std::uint64_t{1} << 53;
    for (const Order order : {Order::natural, Order::shuffled, Order::costliest})
        EXPECT_EQ(ItemOrder(range(top, top, order)).at(0), top);
}

} // namespace
} // namespace parlab
