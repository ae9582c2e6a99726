/// @file nice_axis.cpp
/// @brief Round axis ends and ticks.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/nice_axis.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace parlab::ui {

double niceCeil(double v)
{
    if (!(v > 0))
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= v * (1 - 1e-12))
            return m * p;
    return 10 * p;
}

void setNiceRange(QValueAxis* axis, double max)
{
    const double top = niceCeil(max);
    const double mantissa = top / std::pow(10.0, std::floor(std::log10(top) + 1e-12));
    // 1 → 0.2 steps, 2 → 0.5 steps, 5 → 1 steps (×10^k): five or four intervals.
    const int intervals = std::lround(mantissa) == 2 ? 4 : 5;
    const double step = top / intervals;
    const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    axis->setRange(0, top);
    axis->setTickCount(intervals + 1);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

} // namespace parlab::ui
