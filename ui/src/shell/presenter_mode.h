/// @file presenter_mode.h
/// @brief View ▸ Presenter mode, Full screen (F11) and High contrast for the main window, with
/// the choices remembered between sessions.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;

namespace parlab::ui {

class MainWindow;

struct PresenterActions {
    QAction* presenter;
    QAction* fullScreen;
    QAction* highContrast;
};

/// Adds the actions to the window's View menu and applies the saved choices (QSettings keys
/// `presenter`, `highContrast`); `forcePresenter` (--presenter) turns presenter mode on.
PresenterActions installPresenterMode(MainWindow* window, bool forcePresenter);

} // namespace parlab::ui
