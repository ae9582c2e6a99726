/// @file cli_args.h
/// @brief Strict argument parsing for the command line: every mistake is one sentence.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace parlab::cli {

/// A bad argument. The message names the argument and what is allowed; it becomes exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// `--name value` / `--name=value` options and `--flag` switches, checked against what is allowed.
class Options {
public:
    /// valued: options that take a value; flags: switches. Throws UsageError on anything else.
    Options(const std::vector<std::string>& args, const std::vector<std::string>& valued,
            const std::vector<std::string>& flags, std::string_view context);

    [[nodiscard]] bool has(const std::string& name) const { return values_.count(name) > 0; }
    [[nodiscard]] std::optional<std::string> value(const std::string& name) const;

private:
    std::map<std::string, std::string> values_;
};

} // namespace parlab::cli
