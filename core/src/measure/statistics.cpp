/// @file statistics.cpp
/// @brief Median, MAD, min and max of repeated timings.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/statistics.h"

#include "parlab/error.h"

#include <algorithm>
#include <cmath>

namespace parlab {

double median(std::vector<double> v)
{
    if (v.empty())
        throw Error("median of no values");
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

Timing summarize(std::vector<double> seconds)
{
    if (seconds.empty())
        throw Error("a measured point needs at least one timing");
    Timing t;
    t.min = *std::min_element(seconds.begin(), seconds.end());
    t.max = *std::max_element(seconds.begin(), seconds.end());
    t.median = median(seconds);
    std::vector<double> dev;
    dev.reserve(seconds.size());
    for (double s : seconds)
        dev.push_back(std::fabs(s - t.median));
    t.mad = median(std::move(dev));
    t.seconds = std::move(seconds);
    return t;
}

} // namespace parlab
