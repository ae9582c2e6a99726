/// @file calibration.h
/// @brief Choosing a problem size long enough to measure, as pyperf calibrates its loops: a
///        measurement that lasts 40 ms on a classroom laptop is mostly scheduling noise.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/sweeps.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace parlab {

/// The window's default: the fastest point of a sweep lasts at least this long.
inline constexpr double kDefaultTargetSeconds = 0.3;
/// A calibration never scales a problem past this (a slow machine gets a long sweep, not an endless one).
inline constexpr std::uint64_t kMaxScale = 1024;

struct Calibration {
    std::uint64_t scale = 1;           ///< the size used is the preset's size × scale
    std::vector<double> pilots;        ///< seconds of each pilot run, in order (pilots[i] at the i-th scale tried)
    std::vector<std::uint64_t> scales; ///< the scale of each pilot
};

/// Times `timeAt(scale)` (a run of the sweep's fastest point at that scale; nullopt = cancelled)
/// first at scale 1, then, while it lasts less than `targetSeconds`, at the scale its rate predicts
/// for 1.2 × the target (at least double, at most ×16 per step), until a pilot meets the target or
/// `maxScale` is reached. The scale returned is that of the last pilot: its own measured time met
/// the target (or it is maxScale). Returns nullopt when cancelled.
std::optional<Calibration> calibrate(const std::function<std::optional<double>(std::uint64_t scale)>& timeAt,
                                     double targetSeconds, std::uint64_t maxScale = kMaxScale);

/// The π sweep's darts scaled (the sample size; nothing else changes).
std::vector<PiPoint> scaledSamples(std::vector<PiPoint> plan, std::uint64_t scale);

} // namespace parlab
