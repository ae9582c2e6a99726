/// @file language.h
/// @brief The translators parlab uses (its own, Qt's standard dialogs) and the switch between
/// English and Korean, shared by the window, `parlab figure` and the core's messages.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace parlab::ui {

/// The languages the Language menu offers besides "system": codes as in `--lang`.
[[nodiscard]] QStringList availableLanguages();
/// "ko" or "en" for a choice of "ko", "en" or "system" (the locale's first UI language we have).
[[nodiscard]] QString resolveLanguage(const QString& choice);
/// Makes `language` ("ko"/"en") current: loads its translators, installs them into the running
/// application (when there is one; otherwise at its construction), points the core's messages at
/// them and sets the default QLocale for number formatting. Returns false if no translation
/// could be loaded (English is then used).
bool loadLanguage(const QString& language);
/// The language now in use ("ko" or "en").
[[nodiscard]] QString currentLanguage();

/// The QSettings key that remembers the window's choice: "ko", "en" or "system".
inline constexpr const char* kLanguageKey = "language";
[[nodiscard]] QString savedLanguageChoice();
void saveLanguageChoice(const QString& choice);

} // namespace parlab::ui
