/// @file pi_kernel_isa_test.cpp
/// @brief Every code path of the batched π kernel counts exactly the scalar kernel's hits.
///
/// The run-time dispatch picks one path per CPU, so the others would never run in a test on that
/// machine; hitsBatchedOn forces each one. A path the CPU lacks is skipped, not passed.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/pi_kernels.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace {

using parlab::detail::PiIsa;

class PiKernelIsa : public ::testing::TestWithParam<PiIsa> {
  protected:
    void SetUp() override
    {
        if (!parlab::detail::cpuRuns(GetParam()))
            GTEST_SKIP() << "this CPU lacks " << parlab::detail::name(GetParam());
    }
};

TEST_P(PiKernelIsa, SameHitsAsScalarOnManySeedsBlocksAndLengths)
{
    const PiIsa isa = GetParam();
    // Lengths around the 16- and 32-lane steps and the 1 024-dart blocks, including 0 and 1.
    const std::vector<std::uint32_t> lengths{0, 1, 7, 15, 16, 17, 31, 32, 33, 47, 63, 1023, 1024, 1025, 4099, 70001};
    int checked = 0;
    for (std::uint64_t seed : {1ULL, 2ULL, 12345ULL, 0xdeadbeefcafeULL}) {
        for (std::uint64_t hi : {0ULL, 1ULL, 977ULL}) {
            const parlab::DartKeys keys = parlab::dartKeys(seed, hi);
            for (std::uint32_t lo : {0U, 3U, 1000003U, 0xfffe0000U}) {
                for (std::uint32_t n : lengths) {
                    if (static_cast<std::uint64_t>(lo) + n > (1ULL << 32))
                        continue;
                    ASSERT_EQ(parlab::detail::hitsBatchedOn(isa, keys, lo, n), parlab::detail::hitsScalar(keys, lo, n))
                        << parlab::detail::name(isa) << " seed " << seed << " block " << hi << " lo " << lo << " n "
                        << n;
                    ++checked;
                }
            }
        }
    }
    EXPECT_GT(checked, 700);
}

TEST_P(PiKernelIsa, SameHitsAsScalarUpToTheEndOfAKeyBlock)
{
    // The lane indices lo+i must stop at 2^32 exactly, as dartAt's 32-bit counter does.
    const parlab::DartKeys keys = parlab::dartKeys(7, 3);
    for (std::uint32_t n : {1U, 5U, 16U, 33U, 100000U}) {
        const std::uint32_t lo = static_cast<std::uint32_t>((1ULL << 32) - n);
        EXPECT_EQ(parlab::detail::hitsBatchedOn(GetParam(), keys, lo, n), parlab::detail::hitsScalar(keys, lo, n))
            << "n " << n;
    }
}

TEST_P(PiKernelIsa, SameHitsAsScalarOnRandomBlocks)
{
    // Seeds, key blocks, offsets and lengths drawn from a fixed sequence (a failure reproduces).
    std::uint64_t z = 0x1234;
    const auto draw = [&z] { return parlab::splitmix64(z++); };
    for (int i = 0; i < 300; ++i) {
        const parlab::DartKeys keys = parlab::dartKeys(draw(), draw() % 1000);
        const auto n = static_cast<std::uint32_t>(draw() % 3000);
        const auto lo = static_cast<std::uint32_t>(draw() % ((1ULL << 32) - n + 1));
        ASSERT_EQ(parlab::detail::hitsBatchedOn(GetParam(), keys, lo, n), parlab::detail::hitsScalar(keys, lo, n))
            << "draw " << i;
    }
}

INSTANTIATE_TEST_SUITE_P(EveryPath, PiKernelIsa, ::testing::Values(PiIsa::generic, PiIsa::avx2, PiIsa::avx512),
                         [](const auto& info) { return std::string(parlab::detail::name(info.param)); });

TEST(PiKernelDispatch, TheProductionPathIsTheWidestThisCpuRuns)
{
    const PiIsa best = parlab::detail::bestPiIsa();
    EXPECT_TRUE(parlab::detail::cpuRuns(best));
    if (best != PiIsa::avx512) {
        EXPECT_FALSE(parlab::detail::cpuRuns(PiIsa::avx512));
    }
    if (best == PiIsa::generic) {
        EXPECT_FALSE(parlab::detail::cpuRuns(PiIsa::avx2));
    }
    const parlab::DartKeys keys = parlab::dartKeys(99, 0);
    EXPECT_EQ(parlab::detail::hitsBatched(keys, 5, 5000), parlab::detail::hitsBatchedOn(best, keys, 5, 5000));
}

} // namespace
