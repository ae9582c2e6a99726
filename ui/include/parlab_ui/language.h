/// @file language.h
/// @brief Choosing parlab's language before anything prints: `--lang ko|en`, else (for the
/// window) the saved choice, else the system locale (LANG, LC_ALL, LC_MESSAGES, LANGUAGE).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace parlab::ui {

/// Which command the arguments belong to: the window reads the saved choice, the command lines
/// (`parlab run`, `parlab figure`) follow --lang and the locale only, as other command-line tools do.
enum class LanguageUser { window, commandLine };

/// Loads the translation `--lang` or the locale asks for, for both the core's messages and Qt's.
/// Returns an exit code when the program must stop (a bad --lang: one line naming it, exit 2).
std::optional<int> setUpLanguage(int argc, char** argv, LanguageUser user);

} // namespace parlab::ui
