/// @file statistics.h
/// @brief Repeated timings of one measured point, kept whole, with robust statistics.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace parlab {

/// Every repeat of one measured point, in the order measured, and what a chart plots of them.
struct Timing {
    std::vector<double> seconds; ///< every repeat, in order
    double min = 0;
    double median = 0;
    double max = 0;
    double mad = 0; ///< median absolute deviation from the median
};

/// The median of a non-empty sample (the mean of the middle two for an even count).
double median(std::vector<double> values);

/// Summarises repeats; throws parlab::Error when there are none.
Timing summarize(std::vector<double> seconds);

} // namespace parlab
