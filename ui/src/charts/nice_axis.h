/// @file nice_axis.h
/// @brief Value axes that end on a round number (1, 2, 5 × 10^k) with round ticks and no exponents.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QValueAxis;

namespace parlab::ui {

/// The next 1-2-5 number at or above v (1 for v ≤ 0).
double niceCeil(double v);
/// Range [0, niceCeil(max)] with ticks on round steps and as few decimals as they need: an axis
/// read from the back of a room shows "0.25", never "2.5e-01" or "0.3" for 0.25.
void setNiceRange(QValueAxis* axis, double max);

} // namespace parlab::ui
