/// @file run_checks.cpp
/// @brief The checks both entry points make, worded once so π and primes refuse alike.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/run_checks.h"

#include "parlab/error.h"
#include "parlab/pi.h"
#include "parlab/telemetry.h"
#include "parlab/translate.h"

#include <string>

namespace parlab::detail {

void checkExecution(int workers, double switchIntervalMs, double livenessSeconds)
{
    if (workers < 1 || workers > kMaxWorkers)
        throw InvalidParameter("workers",
                               InvalidParameter::Sentence{fill(translate("parlab::Run", "%1 must be 1…256 (got %2)"),
                                                               {"workers", std::to_string(workers)})});
    if (!(switchIntervalMs >= 0.01 && switchIntervalMs <= 1000))
        throw InvalidParameter("switch-interval", InvalidParameter::Sentence{
                                                      fill(translate("parlab::Run", "%1 must be 0.01…1000 ms (got %2)"),
                                                           {"switch-interval", std::to_string(switchIntervalMs)})});
    if (!(livenessSeconds >= 0.01 && livenessSeconds <= 3600))
        throw InvalidParameter(
            "liveness", InvalidParameter::Sentence{fill(translate("parlab::Run", "%1 must be 0.01…3600 s (got %2)"),
                                                        {"liveness", std::to_string(livenessSeconds)})});
}

void checkTelemetry(const Telemetry* telemetry, int workers)
{
    if (telemetry && telemetry->workers() != workers)
        throw Error("telemetry is sized for " + std::to_string(telemetry->workers()) + " workers, the run has " +
                    std::to_string(workers));
}

} // namespace parlab::detail
