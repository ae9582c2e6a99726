/// @file run_args.h
/// @brief A run's settings as written on a command line (`--workers 4`, `--from 1e8`): one set
/// of rules for `parlab run`, `parlab figure` and the window's start-up options.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/args.h"
#include "parlab/pi.h"
#include "parlab/primes.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace parlab {

/// The options of a π run and of a primes run (settings only: no --json, no --help).
const std::vector<OptionSpec>& piRunOptions();
const std::vector<OptionSpec>& primesRunOptions();

/// Every π (primes) option present in args replaces the matching field of p; the result is then
/// checked as a whole (blocks ≤ samples, from ≤ to, …). Throws UsageError naming the option.
void applyPiArgs(const ParsedArgs& args, PiParams& p);
void applyPrimesArgs(const ParsedArgs& args, PrimesParams& p);

/// Single values, for commands that take only some of the settings (`parlab figure`).
/// Each throws UsageError naming the option and the allowed range.
int workersArg(std::string_view text);
std::uint64_t samplesArg(std::string_view text);
std::uint64_t rangeEndArg(std::string_view text, std::string_view option); ///< --from, --to
/// A plain decimal number in [lo, hi]: no spaces, signs, exponents or hex; otherwise a UsageError
/// "<option> must be <what> (got '…')".
double decimalArg(std::string_view text, std::string_view option, double lo, double hi, std::string_view what);
/// --switch-interval: milliseconds, 0.01…1000.
double switchIntervalArg(std::string_view text);
/// --target: seconds each measured point lasts at least, 0.01…60.
double targetSecondsArg(std::string_view text);
/// --repeat for figures: 1…100 measurements of each point.
int repeatArg(std::string_view text);
/// Throws UsageError unless first ≤ last.
void checkRange(std::uint64_t first, std::uint64_t last);

} // namespace parlab
