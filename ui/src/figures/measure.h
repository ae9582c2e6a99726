/// @file measure.h
/// @brief Timed runs for figure presets: one run, or the best of a few (the least disturbed by
/// whatever else the machine is doing — the usual way to time short runs).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/cancel_token.h"
#include "parlab/pi.h"
#include "parlab/primes.h"

#include <optional>

namespace parlab::ui {

/// Seconds of the parallel section, best of `repeats`; nullopt when cancelled.
std::optional<double> timePi(const PiParams& p, const CancelToken& cancel, int repeats = 1);
std::optional<double> timePrimes(const PrimesParams& p, const CancelToken& cancel, int repeats = 1);

} // namespace parlab::ui
