/// @file args.h
/// @brief The one argument parser of `parlab run`, `parlab figure` and the window's start-up
/// options: `--name value`, `--name=value` and `--flag`, with every mistake one sentence.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/error.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parlab {

/// The exit codes of every parlab command line (parlab run, parlab figure, the window's options).
inline constexpr int kExitFailed = 1;        ///< a run or a write started and failed
inline constexpr int kExitUsage = 2;         ///< bad arguments: one line names the argument
inline constexpr int kExitInterrupted = 130; ///< stopped with Ctrl+C

/// A bad argument. The message names the argument and what is allowed; front ends turn it into
/// exit code 2 and one line on stderr (through printable()).
class UsageError : public Error {
  public:
    using Error::Error;
};

/// One option a command understands: "--samples" (takes a value) or "--json" (a switch).
struct OptionSpec {
    std::string_view name;
    bool takesValue = true;
};

/// The arguments of one command line, checked against its options.
class ParsedArgs {
  public:
    /// Throws UsageError on an unknown option, an option given twice, a missing value (a value
    /// written separately may not look like an option: `--to --from` is a mistake, not a value;
    /// `--out=--odd` says it on purpose), a value given to a switch, or more than
    /// maxPositionals plain arguments. `command` names the command in messages.
    ParsedArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs, std::size_t maxPositionals,
               std::string_view command);

    [[nodiscard]] bool has(std::string_view name) const;
    [[nodiscard]] std::optional<std::string> value(std::string_view name) const;
    [[nodiscard]] const std::vector<std::string>& positionals() const { return positionals_; }
    /// The options given, in the order given (for "does not apply to …" checks).
    [[nodiscard]] std::vector<std::string> given() const;

  private:
    std::vector<std::pair<std::string, std::string>> given_;
    std::vector<std::string> positionals_;
};

/// `text` made safe to print on a terminal: control bytes (C0, DEL, C1) and bytes that are not
/// UTF-8 become \xNN, so an argument cannot move the cursor or retitle the terminal.
std::string printable(std::string_view text);

/// Whether `args` asks for help (`--help` or `-h` in an option's place): help wins over mistakes.
bool asksForHelp(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

} // namespace parlab
