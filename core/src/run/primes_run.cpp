/// @file primes_run.cpp
/// @brief The primes entry point: checks the parameters, resolves the chunk size, picks the backend.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/primes.h"

#include "backends/backends.h"
#include "parlab/error.h"
#include "parlab/prime_check.h"
#include "parlab/telemetry.h"

#include <string>

namespace parlab {

void validate(const PrimesParams& p)
{
    if (p.workers < 1 || p.workers > 256)
        throw InvalidParameter("workers", "must be 1…256 (got " + std::to_string(p.workers) + ")");
    if (p.last > kMaxPrimeCandidate)
        throw InvalidParameter("to", "must be at most 2^53 = 9007199254740992 (got " + std::to_string(p.last) + ")");
    if (p.first > p.last)
        throw InvalidParameter("from", "must not exceed to (from " + std::to_string(p.first) + ", to " + std::to_string(p.last) + ")");
    if (p.chunksize > kMaxPrimeCandidate)
        throw InvalidParameter("chunksize", "must be 0 (default) … 2^53 (got " + std::to_string(p.chunksize) + ")");
    if (p.grainsize > kMaxPrimeCandidate)
        throw InvalidParameter("grainsize", "must be 0 (default) … 2^53 (got " + std::to_string(p.grainsize) + ")");
    if (!(p.switchIntervalMs >= 0.01 && p.switchIntervalMs <= 1000))
        throw InvalidParameter("switch-interval", "must be 0.01…1000 ms (got " + std::to_string(p.switchIntervalMs) + ")");
    if (!(p.livenessSeconds >= 0.01 && p.livenessSeconds <= 3600))
        throw InvalidParameter("liveness", "must be 0.01…3600 s (got " + std::to_string(p.livenessSeconds) + ")");
}

PrimesResult runPrimes(const PrimesParams& params, Telemetry* telemetry, const CancelToken& cancel)
{
    validate(params);
    PrimesParams p = params;
    if (p.schedule == Schedule::chunked || p.schedule == Schedule::queue)
        p.chunksize = resolvedChunksize(params);
    if (telemetry && telemetry->workers() != p.workers)
        throw Error("telemetry is sized for " + std::to_string(telemetry->workers()) + " workers, the run has " +
                    std::to_string(p.workers));
    switch (p.backend) {
    case Backend::gil_threads: return detail::runPrimesGil(p, telemetry, cancel);
    case Backend::processes: return detail::runPrimesProcesses(p, telemetry, cancel);
    case Backend::tbb: break;
    }
    return detail::runPrimesTbb(p, telemetry, cancel);
}

} // namespace parlab
