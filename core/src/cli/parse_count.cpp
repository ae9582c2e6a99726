/// @file parse_count.cpp
/// @brief Exact parsing of plain and scientific-notation counts, shared by the CLI and the GUI.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/parse_count.h"
#include "parlab/translate.h"

#include "parlab/error.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>

namespace parlab {

namespace {
std::string quoted(std::string_view s)
{
    return "'" + std::string(s) + "'";
}
} // namespace

std::uint64_t parseCount(std::string_view text, std::string_view option, std::uint64_t min, std::uint64_t max)
{
    const std::string lo = std::to_string(min), hi = std::to_string(max);
    // Each message is one sentence: %1 the option, %2 the text given, %3…%4 the allowed range.
    const auto bad = [&](const char* sentence) {
        return Error(fill(translate("parlab::Count", sentence), {option, quoted(text), lo, hi}));
    };
    if (text.empty())
        throw bad(PARLAB_TRANSLATE_NOOP("parlab::Count", "%1 needs a number (allowed: %3 … %4)"));
    if (text.front() == '-')
        throw bad(PARLAB_TRANSLATE_NOOP("parlab::Count", "%1 must not be negative, got %2 (allowed: %3 … %4)"));
    // digits [. digits] [e|E [+] digits], evaluated exactly in integers.
    std::size_t i = 0;
    std::string mantissa;
    int fractionDigits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
        mantissa += text[i++];
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
            mantissa += text[i++];
            ++fractionDigits;
        }
    }
    int exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && text[i] == '+')
            ++i;
        const std::size_t expStart = i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && i - expStart < 4)
            exponent = exponent * 10 + (text[i++] - '0');
        if (i == expStart)
            throw bad(PARLAB_TRANSLATE_NOOP("parlab::Count", "%1 is not a number: %2 (allowed: %3 … %4)"));
    }
    if (mantissa.empty() || i != text.size())
        throw bad(PARLAB_TRANSLATE_NOOP("parlab::Count", "%1 is not a whole number: %2 (allowed: %3 … %4)"));
    // Strip the fraction digits against the exponent; what is left must be a whole number.
    exponent -= fractionDigits;
    while (exponent < 0 && !mantissa.empty() && mantissa.back() == '0') {
        mantissa.pop_back();
        ++exponent;
    }
    if (exponent < 0)
        throw bad(PARLAB_TRANSLATE_NOOP("parlab::Count", "%1 must be a whole number, got %2 (allowed: %3 … %4)"));
    mantissa.erase(0, std::min(mantissa.find_first_not_of('0'), mantissa.size()));
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t value = 0;
    bool overflow = false;
    for (char c : mantissa) {
        const auto d = static_cast<std::uint64_t>(c - '0');
        if (value > (kMax - d) / 10) {
            overflow = true;
            break;
        }
        value = value * 10 + d;
    }
    for (int e = 0; !overflow && value != 0 && e < exponent; ++e) {
        if (value > kMax / 10)
            overflow = true;
        else
            value *= 10;
    }
    if (overflow || value > max)
        throw bad(PARLAB_TRANSLATE_NOOP("parlab::Count", "%1 is too large: %2 (allowed: %3 … %4)"));
    if (value < min)
        throw bad(PARLAB_TRANSLATE_NOOP("parlab::Count", "%1 is too small: %2 (allowed: %3 … %4)"));
    return value;
}

} // namespace parlab
