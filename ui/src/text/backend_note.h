/// @file backend_note.h
/// @brief One line on what a run's execution model did (poison pills, process start-up), for the
/// labs' result lines.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/backend_stats.h"
#include "parlab/options.h"

#include <QString>

namespace parlab::ui {

/// "4 poison pills: each worker exited on its pill · process start-up 12 ms", or empty when the
/// run had nothing of the kind to report. `queue` says whether the run used the queue schedule.
QString backendNote(const BackendStats& stats, Backend backend, bool queue, int workers);

} // namespace parlab::ui
