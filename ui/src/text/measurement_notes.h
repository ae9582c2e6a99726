/// @file measurement_notes.h
/// @brief The warnings a measurement carries: a busy machine, points whose repeats disagree.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parlab::ui {

/// "the machine was busy: other programs used 0.9 cores — …", or empty when it was quiet enough
/// (kBusyMachineCores) or the load is unknown (negative).
QString busyWarning(double backgroundCores);
/// "3 points vary by more than 25 % between repeats (up to ×1.62) — …", or empty when count is 0.
QString noisyWarning(int count, double worstRatio);

} // namespace parlab::ui
