/// @file timed_points.h
/// @brief Measuring a figure's timed sweep into its payload: repeats kept, short runs passed to
///        the target, and "re-measure the noisy points" measuring only those again.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figure.h"
#include "figures/payload.h"
#include "parlab/sweeps.h"

#include <functional>

namespace parlab::ui {

/// The points of `plan` to measure: all of them, or with fp.remeasureNoisyOf only the noisy ones,
/// `out` then starting as that earlier payload.
std::vector<PrimesPoint> pointsToMeasure(const std::vector<PrimesPoint>& plan, const FigureParams& fp, Payload& out);
std::vector<PiPoint> pointsToMeasure(const std::vector<PiPoint>& plan, const FigureParams& fp, Payload& out);

/// A point measured: added to `out`, or replacing its earlier measurement.
void recordPoint(Payload& out, const MeasuredPoint& m);

/// The warnings a measurement carries (text/measurement_notes.h), read off its payload: the
/// machine was busy (`background_cpu`), and its noisy points. Empty when there is nothing to say.
QString busyWarningOf(const Payload& p);
QString noisyWarningOf(const Payload& p);

/// How many points a re-measure would take again (0: nothing to re-measure).
int noisyPointCount(const QString& payload);

} // namespace parlab::ui
