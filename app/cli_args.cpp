/// @file cli_args.cpp
/// @brief Number and option parsing for `parlab run`.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_args.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace parlab::cli {

namespace {

std::string join(const std::vector<std::string>& v)
{
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

} // namespace

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
