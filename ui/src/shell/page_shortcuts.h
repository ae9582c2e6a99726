/// @file page_shortcuts.h
/// @brief Ctrl+1 … Ctrl+n open the window's pages, listed in the View menu so they can be found.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parlab::ui {

class MainWindow;

/// Call once the pages are added: one action per page, in tab order.
void addPageShortcuts(MainWindow& window);

} // namespace parlab::ui
