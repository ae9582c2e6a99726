/// @file measure.cpp
/// @brief Best-of-n timing of core runs for the figures.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "measure.h"

#include <algorithm>
#include <limits>

namespace parlab::ui {

std::optional<double> timePi(const PiParams& p, const CancelToken& cancel, int repeats)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < repeats; ++i) {
        const PiResult r = runPi(p, nullptr, cancel);
        if (r.cancelled || cancel.cancelled())
            return std::nullopt;
        best = std::min(best, r.seconds);
    }
    return best;
}

std::optional<double> timePrimes(const PrimesParams& p, const CancelToken& cancel, int repeats)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < repeats; ++i) {
        const PrimesResult r = runPrimes(p, nullptr, cancel);
        if (r.cancelled || cancel.cancelled())
            return std::nullopt;
        best = std::min(best, r.seconds);
    }
    return best;
}

} // namespace parlab::ui
