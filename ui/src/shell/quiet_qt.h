/// @file quiet_qt.h
/// @brief Keeps Qt's XDG_RUNTIME_DIR complaint off stderr, so `parlab figure` and a rejected
/// start-up option print only parlab's own lines.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parlab::ui {

/// Installs (once) a message handler that drops Qt's "XDG_RUNTIME_DIR not set" warning and
/// passes every other message on to the handler that was there before.
void silenceRuntimeDirWarning();

} // namespace parlab::ui
