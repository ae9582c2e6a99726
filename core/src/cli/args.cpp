/// @file args.cpp
/// @brief The shared command-line parser: strict, so that a typo is reported rather than
/// silently taken as a value or a file name.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/args.h"
#include "parlab/translate.h"

#include <algorithm>
#include <cstdio>

namespace parlab {

namespace {

const OptionSpec* find(const std::vector<OptionSpec>& specs, std::string_view name)
{
    const auto it = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
    return it == specs.end() ? nullptr : &*it;
}

std::string allowed(const std::vector<OptionSpec>& specs)
{
    std::string out;
    for (const auto& s : specs)
        out += (out.empty() ? "" : ", ") + std::string(s.name);
    return out;
}

bool looksLikeOption(std::string_view s)
{
    return s.size() > 2 && s.substr(0, 2) == "--";
}

std::string hex(unsigned char c)
{
    char buf[5];
    std::snprintf(buf, sizeof buf, "\\x%02X", c);
    return buf;
}

/// Length of the well-formed UTF-8 sequence at s[i] encoding a printable code point, else 0.
std::size_t printableUtf8(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (d & 0x3F);
    }
    const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    const bool c1 = cp < 0xA0; // U+0080…U+009F are terminal controls too
    if (overlong || surrogate || c1 || cp > 0x10FFFF)
        return 0;
    return len;
}

} // namespace

ParsedArgs::ParsedArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs,
                       std::size_t maxPositionals, std::string_view command)
{
    const std::string cmd(command);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 3 || arg.substr(0, 2) != "--") {
            if (!arg.empty() && arg[0] == '-')
                throw UsageError(fill(translate("parlab::Args", "unknown option '%1' for %2 (allowed: %3)"),
                                      {arg, cmd, allowed(specs)}));
            if (positionals_.size() >= maxPositionals)
                throw UsageError(fill(translate("parlab::Args", "unexpected argument '%1' for %2"), {arg, cmd}));
            positionals_.push_back(arg);
            continue;
        }
        const auto eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        const OptionSpec* spec = find(specs, name);
        if (!spec)
            throw UsageError(fill(translate("parlab::Args", "unknown option '%1' for %2 (allowed: %3)"),
                                  {name, cmd, allowed(specs)}));
        if (has(name))
            throw UsageError(fill(translate("parlab::Args", "%1 is given twice"), {name}));
        std::string value;
        if (!spec->takesValue) {
            if (eq != std::string::npos)
                throw UsageError(fill(translate("parlab::Args", "%1 takes no value"), {name}));
        } else if (eq != std::string::npos) {
            value = arg.substr(eq + 1);
        } else {
            if (i + 1 >= args.size())
                throw UsageError(fill(translate("parlab::Args", "%1 needs a value"), {name}));
            if (looksLikeOption(args[i + 1]))
                throw UsageError(fill(translate("parlab::Args", "%1 needs a value (got the option '%2'; write "
                                                                "%1=VALUE for a value that starts with --)"),
                                      {name, args[i + 1]}));
            value = args[++i];
        }
        given_.emplace_back(name, std::move(value));
    }
}

bool ParsedArgs::has(std::string_view name) const
{
    return std::any_of(given_.begin(), given_.end(), [&](const auto& g) { return g.first == name; });
}

std::optional<std::string> ParsedArgs::value(std::string_view name) const
{
    for (const auto& g : given_)
        if (g.first == name)
            return g.second;
    return std::nullopt;
}

std::vector<std::string> ParsedArgs::given() const
{
    std::vector<std::string> out;
    for (const auto& g : given_)
        out.push_back(g.first);
    return out;
}

std::string printable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
            ++i;
        } else if (const std::size_t n = c >= 0x80 ? printableUtf8(text, i) : 0) {
            out.append(text.substr(i, n));
            i += n;
        } else {
            out += hex(c);
            ++i;
        }
    }
    return out;
}

bool asksForHelp(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h")
            return true;
        // An option's value is not a request for help: `--out -h` names a file called -h.
        const OptionSpec* spec = find(specs, args[i]);
        if (spec && spec->takesValue && i + 1 < args.size() && !looksLikeOption(args[i + 1]))
            ++i;
    }
    return false;
}

} // namespace parlab
