/// @file parse_count_test.cpp
/// @brief parseCount: plain and scientific-notation counts, exact, nothing clamped.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/error.h"
#include "parlab/parse_count.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace parlab {
namespace {

constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();

TEST(ParseCount, PlainAndScientific)
{
    EXPECT_EQ(parseCount("0", "--n", 0, kMax), 0u);
    EXPECT_EQ(parseCount("100000000", "--n", 0, kMax), 100'000'000u);
    EXPECT_EQ(parseCount("1e8", "--n", 0, kMax), 100'000'000u);
    EXPECT_EQ(parseCount("1E8", "--n", 0, kMax), 100'000'000u);
    EXPECT_EQ(parseCount("1e+8", "--n", 0, kMax), 100'000'000u);
    EXPECT_EQ(parseCount("2.5e3", "--n", 0, kMax), 2500u);
    EXPECT_EQ(parseCount("1.000", "--n", 0, kMax), 1u);
    EXPECT_EQ(parseCount("007", "--n", 0, kMax), 7u);
    EXPECT_EQ(parseCount("18446744073709551615", "--n", 0, kMax), kMax);
    EXPECT_EQ(parseCount("1e11", "--samples", 1, 100'000'000'000ULL), 100'000'000'000ULL);
}

void expectRejected(const std::string& text, std::uint64_t min, std::uint64_t max)
{
    try {
        parseCount(text, "--samples", min, max);
        ADD_FAILURE() << "'" << text << "' accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("--samples"), std::string::npos) << e.what();
    }
}

TEST(ParseCount, RejectsWhatIsNotAWholeNumberInRange)
{
    for (const char* bad : {"", "-5", "abc", "1.5", "1e", "e5", "1e-3", "0x10", " 5", "5 ", "1,000", "+5", "1e30",
                            "18446744073709551616", "nan", "inf"})
        expectRejected(bad, 0, kMax);
    expectRejected("1e11", 1, 10); // too large, not clamped
    expectRejected("0", 1, 10);    // too small
}

} // namespace
} // namespace parlab
