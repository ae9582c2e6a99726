/// @file calibration.cpp
/// @brief Pilot runs growing a problem until its fastest point is long enough to measure.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/calibration.h"
#include "parlab/translate.h"

#include "parlab/error.h"

#include <algorithm>
#include <cmath>

namespace parlab {

std::optional<Calibration> calibrate(const std::function<std::optional<double>(std::uint64_t scale)>& timeAt,
                                     double targetSeconds, std::uint64_t maxScale)
{
    if (!(targetSeconds > 0) || maxScale < 1)
        throw InvalidParameter(
            "target", InvalidParameter::Sentence{translate("parlab::Measure", "target must be more than 0 seconds")});
    Calibration c;
    std::uint64_t scale = 1;
    for (;;) {
        const std::optional<double> t = timeAt(scale);
        if (!t)
            return std::nullopt;
        c.pilots.push_back(*t);
        c.scales.push_back(scale);
        c.scale = scale;
        if (*t >= targetSeconds || scale >= maxScale)
            return c;
        // Time grows linearly with the scale; aim 20 % past the target so one more pilot usually
        // suffices, never less than doubling (a pilot near 0 s says little about the rate).
        const double perUnit = std::max(*t, 1e-9) / static_cast<double>(scale);
        const double wanted = std::ceil(1.2 * targetSeconds / perUnit);
        const double next = std::clamp(wanted, 2.0 * static_cast<double>(scale), 16.0 * static_cast<double>(scale));
        scale = std::min<std::uint64_t>(maxScale, static_cast<std::uint64_t>(next));
    }
}

std::vector<PiPoint> scaledSamples(std::vector<PiPoint> plan, std::uint64_t scale)
{
    for (PiPoint& p : plan)
        p.params.samples *= std::max<std::uint64_t>(1, scale);
    return plan;
}

} // namespace parlab
