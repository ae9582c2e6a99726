/// @file measure_boxes.h
/// @brief The two settings every timed sweep shares, made alike wherever they appear: how many
///        repeats per point, and how long a point must last (the calibration target).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace parlab::ui {

/// Repeats per point: 1…most, 3 by default.
QSpinBox* repeatsBox(const QString& toolTip, QWidget* parent, int most = 20);
/// Seconds a point lasts at least: 0.01…60 s, kDefaultTargetSeconds by default.
QDoubleSpinBox* targetBox(const QString& toolTip, QWidget* parent);

} // namespace parlab::ui
