/// @file translate.h
/// @brief The core's translation hook: user-facing sentences (usage errors, validation) go through
/// parlab::translate(), which is the identity until a front end (the Qt app) installs its
/// translator. The core stays Qt-free; lupdate finds the calls by their name `translate`.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

/// Marks a string for lupdate where it is only stored (a table), translated later with the same
/// context through parlab::translate(). Expands to the text itself.
#define PARLAB_TRANSLATE_NOOP(context, text) text

namespace parlab {

/// Returns the translation of `text` in `context`, or an empty string when there is none.
using TranslateFunction = std::string (*)(const char* context, const char* text);

/// Installs the front end's translator (nullptr: back to English). Not thread-safe: call it
/// before runs start, as the app does while it starts up or switches language.
void setTranslateFunction(TranslateFunction f) noexcept;

/// `text` in the user's language; `text` itself when no translation is installed or known.
std::string translate(const char* context, const char* text);

/// `pattern` with %1…%9 replaced by `args` (a translation may reorder them); a whole sentence is
/// translated as one, its values filled in afterwards.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

} // namespace parlab
