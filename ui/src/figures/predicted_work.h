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

/// For the π sweep's `series` (a backend measured at 1…K workers of `samples` darts each): the time
/// the work predicts at each k — the busiest worker's darts (busiestWorkerDarts), or a core's share
/// when there are more workers than physical cores, at the 1-worker run's rate per dart — plus,
/// for processes, the start-up cost: the 1-worker processes run over the same darts on oneTBB (no
/// start-up) when both were measured. Adds "<series>, predicted from the work".
void addPiPrediction(Payload& data, const QString& series, std::uint64_t samples, int physicalCores);

} // namespace parlab::ui
