// Calibration against fake kernels: times are computed from the scale, no clock is read.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/calibration.h"
#include "parlab/error.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace parlab;

namespace {

// A kernel taking `perUnit` seconds per unit of scale, plus a fixed start-up cost.
auto fakeKernel(double perUnit, double startup = 0)
{
    return [=](std::uint64_t scale) -> std::optional<double> { return startup + perUnit * static_cast<double>(scale); };
}

} // namespace

TEST(Calibration, ShortRunIsScaledUntilItsPredictedTimeMeetsTheTarget)
{
    for (double perUnit : {0.001, 0.013, 0.04, 0.1, 0.29}) {
        const auto c = calibrate(fakeKernel(perUnit), 0.3);
        ASSERT_TRUE(c);
        const double at = perUnit * static_cast<double>(c->scale);
        EXPECT_GE(at, 0.3) << perUnit;
        // Not wastefully large: within 2× of the smallest scale that meets the target (aim is 1.2×).
        const double smallest = std::ceil(0.3 / perUnit);
        EXPECT_LE(static_cast<double>(c->scale), 2 * smallest) << perUnit;
        EXPECT_EQ(c->pilots.back(), at);
        EXPECT_EQ(c->scales.back(), c->scale);
    }
}

TEST(Calibration, LongEnoughRunKeepsThePresetSize)
{
    const auto c = calibrate(fakeKernel(0.5), 0.3);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->scale, 1u);
    EXPECT_EQ(c->pilots.size(), 1u);
}

TEST(Calibration, FewPilotsEvenFromATinyStart)
{
    // A pilot of 1 µs grows ×16 per step, then jumps to the predicted scale: a handful of pilots.
    const auto c = calibrate(fakeKernel(1e-6), 0.3, 1u << 20);
    ASSERT_TRUE(c);
    EXPECT_LE(c->pilots.size(), 6u);
    EXPECT_GE(1e-6 * static_cast<double>(c->scale), 0.3);
}

TEST(Calibration, StartupCostDoesNotStopTheSearch)
{
    // Start-up dominates the first pilot (rate overestimated): the next pilots still reach the target.
    const auto c = calibrate(fakeKernel(0.001, 0.1), 0.3);
    ASSERT_TRUE(c);
    EXPECT_GE(0.1 + 0.001 * static_cast<double>(c->scale), 0.3);
}

TEST(Calibration, StopsAtTheLargestScale)
{
    const auto c = calibrate(fakeKernel(1e-9), 0.3, 64);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->scale, 64u);
}

TEST(Calibration, CancelledPilotCancelsTheCalibration)
{
    int calls = 0;
    const auto c = calibrate(
        [&](std::uint64_t) -> std::optional<double> {
            if (++calls == 2)
                return std::nullopt;
            return 0.01;
        },
        0.3);
    EXPECT_FALSE(c);
    EXPECT_EQ(calls, 2);
}

TEST(Calibration, RejectsANonPositiveTarget)
{
    EXPECT_THROW((void)calibrate(fakeKernel(0.1), 0), InvalidParameter);
    EXPECT_THROW((void)calibrate(fakeKernel(0.1), -1), InvalidParameter);
}

TEST(Calibration, ScaledSamplesMultipliesTheDartsOnly)
{
    PiPoint p;
    p.series = "tbb";
    p.x = 2;
    p.params.samples = 1000;
    p.params.workers = 2;
    const auto scaled = scaledSamples({p}, 8);
    ASSERT_EQ(scaled.size(), 1u);
    EXPECT_EQ(scaled[0].params.samples, 8000u);
    EXPECT_EQ(scaled[0].params.workers, 2);
    EXPECT_EQ(scaled[0].x, 2);
}
