/// @file predicted_work.h
/// @brief The chunk-count curve the work predicts, beside the measured one: the busiest worker's
///        exact trial divisions per chunk count, scaled by the measured one-chunk run.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/payload.h"
#include "parlab/sweeps.h"

namespace parlab::ui {

/// The raw series: for each point of `plan`, the busiest worker's divisions. Measured once per
/// range (the costs of every number). False when cancelled.
bool addWorkSeries(Payload& data, const std::vector<PrimesPoint>& plan, const CancelToken& cancel);

/// Replaces the raw series with "predicted from the work" in seconds: divisions ÷ the one-chunk
/// run's division rate (its measured time), once that point is measured.
void scaleWorkSeries(Payload& data, const QString& measured);

} // namespace parlab::ui
