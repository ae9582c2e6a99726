/// @file window_shot.h
/// @brief The --screenshot picture of the whole window, taken once the layouts a run's end set off
/// have run (a panel widening for a row that grew, a dart board squaring to its new size).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace parlab::ui {

/// Saves `window` as a PNG at `path` after a few event-loop turns, each of which first delivers
/// the posted layout requests — the relayouts they queue in turn (a chart squaring itself) then
/// run before the next — and calls done with the error sentence, empty on success.
void saveWindowWhenSettled(QWidget* window, const QString& path, std::function<void(const QString&)> done);

} // namespace parlab::ui
