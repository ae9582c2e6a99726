/// @file cli_args.cpp
/// @brief Number and option parsing for `parlab run`.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_args.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace parlab::cli {

namespace {

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string join(const std::vector<std::string>& v)
{
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

} // namespace

std::uint64_t parseCount(std::string_view text, std::string_view option, std::uint64_t min, std::uint64_t max)
{
    const std::string range = " (allowed: " + std::to_string(min) + " … " + std::to_string(max) + ")";
    const auto bad = [&](const std::string& why) {
        return UsageError(std::string(option) + " " + why + range);
    };
    if (text.empty())
        throw bad("needs a number");
    if (text.front() == '-')
        throw bad("must not be negative, got " + quoted(text));
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
            throw bad("is not a number: " + quoted(text));
    }
    if (mantissa.empty() || i != text.size())
        throw bad("is not a whole number: " + quoted(text));
    // Strip the fraction digits against the exponent; what is left must be a whole number.
    exponent -= fractionDigits;
    while (exponent < 0 && !mantissa.empty() && mantissa.back() == '0') {
        mantissa.pop_back();
        ++exponent;
    }
    if (exponent < 0)
        throw bad("must be a whole number, got " + quoted(text));
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
        throw bad("is too large: " + quoted(text));
    if (value < min)
        throw bad("is too small: " + quoted(text));
    return value;
}

Options::Options(const std::vector<std::string>& args, const std::vector<std::string>& valued,
                 const std::vector<std::string>& flags, std::string_view context)
{
    const auto known = [](const std::vector<std::string>& v, const std::string& n) {
        return std::find(v.begin(), v.end(), n) != v.end();
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (arg.rfind("--", 0) != 0)
            throw UsageError("unexpected argument '" + arg + "' for " + std::string(context));
        std::optional<std::string> inlineValue;
        if (const auto eq = arg.find('='); eq != std::string::npos) {
            inlineValue = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        }
        if (values_.count(arg))
            throw UsageError(arg + " is given twice");
        if (known(flags, arg)) {
            if (inlineValue)
                throw UsageError(arg + " takes no value");
            values_[arg] = "";
        } else if (known(valued, arg)) {
            if (inlineValue) {
                values_[arg] = *inlineValue;
            } else {
                if (i + 1 >= args.size())
                    throw UsageError(arg + " needs a value");
                values_[arg] = args[++i];
            }
        } else {
            std::vector<std::string> all = valued;
            all.insert(all.end(), flags.begin(), flags.end());
            throw UsageError("unknown option '" + arg + "' for " + std::string(context) + " (allowed: " + join(all) + ")");
        }
    }
}

std::optional<std::string> Options::value(const std::string& name) const
{
    const auto it = values_.find(name);
    if (it == values_.end())
        return std::nullopt;
    return it->second;
}

} // namespace parlab::cli
