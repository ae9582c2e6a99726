/// @file pi_run.cpp
/// @brief π's entry point: checks the parameters, resolves the block count, picks the backend.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/pi.h"
#include "parlab/translate.h"

#include "backends/backends.h"
#include "parlab/error.h"
#include "run/run_checks.h"

#include <algorithm>
#include <string>

namespace parlab {

std::uint64_t resolvedBlocks(const PiParams& p) noexcept
{
    // The default (one block per worker) must not ask for more blocks than there are darts:
    // `--samples 1` on two workers is one block, not an error about an option nobody gave.
    if (p.blocks != 0)
        return p.blocks;
    return std::max<std::uint64_t>(1, std::min(static_cast<std::uint64_t>(std::max(1, p.workers)), p.samples));
}

std::uint64_t distinctDarts(const PiParams& p, std::uint64_t prefix) noexcept
{
    prefix = std::min(prefix, p.samples);
    if (p.seeding == Seeding::independent)
        return prefix;
    const std::uint64_t blocks = resolvedBlocks(p);
    const std::uint64_t largest = p.samples / blocks + (p.samples % blocks ? 1 : 0); // block 0, first in order
    return std::min(prefix, largest);
}

void validate(const PiParams& p)
{
    if (p.samples < 1 || p.samples > kMaxPiSamples)
        throw InvalidParameter("samples",
                               InvalidParameter::Sentence{fill(translate("parlab::Run", "%1 must be 1…1e11 (got %2)"),
                                                               {"samples", std::to_string(p.samples)})});
    detail::checkExecution(p.workers, p.switchIntervalMs, p.livenessSeconds);
    const std::uint64_t blocks = resolvedBlocks(p);
    if (blocks > kMaxPiBlocks)
        throw InvalidParameter("blocks",
                               InvalidParameter::Sentence{fill(translate("parlab::Run", "%1 must be 1…1e7 (got %2)"),
                                                               {"blocks", std::to_string(blocks)})});
    if (blocks > p.samples)
        throw InvalidParameter("blocks",
                               InvalidParameter::Sentence{
                                   fill(translate("parlab::Run", "%1 must not exceed samples (%2 blocks for %3 darts)"),
                                        {"blocks", std::to_string(blocks), std::to_string(p.samples)})});
}

PiResult runPi(const PiParams& params, Telemetry* telemetry, const CancelToken& cancel)
{
    validate(params);
    PiParams p = params;
    p.blocks = resolvedBlocks(params);
    detail::checkTelemetry(telemetry, p.workers);
    switch (p.backend) {
    case Backend::gil_threads:
        return detail::runPiGil(p, telemetry, cancel);
    case Backend::processes:
        return detail::runPiProcesses(p, telemetry, cancel);
    case Backend::tbb:
        break;
    }
    return detail::runPiTbb(p, telemetry, cancel);
}

} // namespace parlab
