/// @file backend_stats.h
/// @brief What a run's execution model itself did: lock hand-overs, poison pills, messages.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace parlab {

/// Evidence of how the backend ran, reported with every result (zeros where it does not apply).
struct BackendStats {
    std::uint64_t pills = 0;           ///< workers that exited on their poison pill
    std::uint64_t gilSwitches = 0;     ///< gil-threads: times the lock was taken (CPython's switch_number)
    std::uint64_t gilDropRequests = 0; ///< gil-threads: a waiter asked the holder to let go
    int gilMaxHolders = 0;             ///< gil-threads: most workers ever computing under the lock at once (1)
    double startupSeconds = 0;         ///< processes: spawn → ready, slowest worker
    std::uint64_t messages = 0;        ///< processes: frames sent and received by the parent
    std::uint64_t bytes = 0;           ///< processes: bytes of those frames
    std::uint64_t forcedKills = 0;     ///< processes: workers still there after SIGTERM and a grace, so SIGKILLed
    /// processes: most jobs one worker had been sent and not yet answered (1: one at a time, as
    /// the queue schedule and long chunks keep it; more when short chunks were queued ahead).
    int maxJobsInFlight = 0;
};

} // namespace parlab
