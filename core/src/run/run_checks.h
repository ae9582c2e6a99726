/// @file run_checks.h
/// @brief The checks both entry points (π and primes) make before any backend starts.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parlab {
class Telemetry;
}

namespace parlab::detail {

/// Throws InvalidParameter for a worker count, GIL switch interval or liveness timeout out of range.
void checkExecution(int workers, double switchIntervalMs, double livenessSeconds);
/// Throws Error when the telemetry (if any) is sized for another number of workers.
void checkTelemetry(const Telemetry* telemetry, int workers);

} // namespace parlab::detail
