/// @file cli.h
/// @brief `parlab run pi|primes …`: one run, a human summary or one JSON object, exit codes.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parlab::cli {

/// Exit codes: 0 done, 1 the run failed, 2 bad arguments, 130 interrupted (Ctrl+C).
/// args are what follows `parlab run`.
int runCommand(int argc, char** argv);

} // namespace parlab::cli
