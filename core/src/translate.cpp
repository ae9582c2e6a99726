/// @file translate.cpp
/// @brief The translation hook's default (English, the source language) and %N substitution.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/translate.h"

#include <atomic>
#include <vector>

namespace parlab {

namespace {
// Atomic only so a sanitizer build does not flag the rare switch; language changes happen
// between runs, never during one.
std::atomic<TranslateFunction> g_translate{nullptr};
} // namespace

void setTranslateFunction(TranslateFunction f) noexcept
{
    g_translate.store(f, std::memory_order_release);
}

std::string translate(const char* context, const char* text)
{
    if (const TranslateFunction f = g_translate.load(std::memory_order_acquire)) {
        std::string t = f(context, text);
        if (!t.empty())
            return t;
    }
    return text;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args)
{
    const std::vector<std::string_view> values(args);
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < values.size()) {
                out += values[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace parlab
