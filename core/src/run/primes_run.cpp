/// @file primes_run.cpp
/// @brief The primes entry point: checks the parameters, resolves the chunk size, picks the backend.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/primes.h"
#include "parlab/translate.h"

#include "backends/backends.h"
#include "parlab/error.h"
#include "parlab/prime_check.h"
#include "run/run_checks.h"

#include <string>

namespace parlab {

void validate(const PrimesParams& p)
{
    detail::checkExecution(p.workers, p.switchIntervalMs, p.livenessSeconds);
    if (p.last > kMaxPrimeCandidate)
        throw InvalidParameter("to",
                               InvalidParameter::Sentence{
                                   fill(translate("parlab::Run", "%1 must be at most 2^53 = 9007199254740992 (got %2)"),
                                        {"to", std::to_string(p.last)})});
    if (p.first > p.last)
        throw InvalidParameter(
            "from", InvalidParameter::Sentence{fill(translate("parlab::Run", "%1 must not exceed to (from %2, to %3)"),
                                                    {"from", std::to_string(p.first), std::to_string(p.last)})});
    if (p.chunksize > kMaxPrimeCandidate)
        throw InvalidParameter("chunksize", InvalidParameter::Sentence{
                                                fill(translate("parlab::Run", "%1 must be 0 (default) … 2^53 (got %2)"),
                                                     {"chunksize", std::to_string(p.chunksize)})});
    if (p.grainsize > kMaxPrimeCandidate)
        throw InvalidParameter("grainsize", InvalidParameter::Sentence{
                                                fill(translate("parlab::Run", "%1 must be 0 (default) … 2^53 (got %2)"),
                                                     {"grainsize", std::to_string(p.grainsize)})});
}

PrimesResult runPrimes(const PrimesParams& params, Telemetry* telemetry, const CancelToken& cancel)
{
    validate(params);
    PrimesParams p = params;
    if (p.schedule == Schedule::chunked || p.schedule == Schedule::queue)
        p.chunksize = resolvedChunksize(params);
    detail::checkTelemetry(telemetry, p.workers);
    switch (p.backend) {
    case Backend::gil_threads:
        return detail::runPrimesGil(p, telemetry, cancel);
    case Backend::processes:
        return detail::runPrimesProcesses(p, telemetry, cancel);
    case Backend::tbb:
        break;
    }
    return detail::runPrimesTbb(p, telemetry, cancel);
}

} // namespace parlab
