/// @file backends.h
/// @brief The execution models the entry points dispatch to, one per folder under backends/.
///
/// Parameters arrive validated and resolved (blocks, chunksize) and the telemetry sized for the
/// run: checking is the entry points' job (run/), executing is the backends'.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/pi.h"
#include "parlab/primes.h"

namespace parlab::detail {

PiResult runPiTbb(const PiParams& p, Telemetry* telemetry, const CancelToken& cancel);
PrimesResult runPrimesTbb(const PrimesParams& p, Telemetry* telemetry, const CancelToken& cancel);

PiResult runPiGil(const PiParams& p, Telemetry* telemetry, const CancelToken& cancel);
PrimesResult runPrimesGil(const PrimesParams& p, Telemetry* telemetry, const CancelToken& cancel);

/// The calling process must ignore SIGPIPE (see process_pool.h).
PiResult runPiProcesses(const PiParams& p, Telemetry* telemetry, const CancelToken& cancel);
PrimesResult runPrimesProcesses(const PrimesParams& p, Telemetry* telemetry, const CancelToken& cancel);

} // namespace parlab::detail
