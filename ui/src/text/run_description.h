/// @file run_description.h
/// @brief One line naming a run's settings, for export footers and CSV headers.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/pi.h"
#include "parlab/primes.h"

#include <QString>

namespace parlab::ui {

/// "π · 100 million darts · 2 workers · 2 blocks · batched · independent · tbb · seed 1"
QString describe(const PiParams& p);
/// "primes 100000000…100100000 · 2 workers · chunked, chunksize 12501 · natural · processes"
QString describe(const PrimesParams& p);

} // namespace parlab::ui
