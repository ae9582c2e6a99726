/// @file tally.h
/// @brief A worker's private totals during a run, and how they become the run's result.
///
/// Each worker writes only its own (cache-line aligned) Tally; they are merged once, after every
/// worker has stopped, so the hot path shares nothing but the telemetry's own counters.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/pi.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace parlab::detail {

/// A worker's private totals, merged once the run is over.
struct alignas(64) Tally {
    std::uint64_t items = 0, hits = 0, divisions = 0, primes = 0, chunks = 0;
    std::int64_t busyNs = 0;
};

inline std::int64_t nsSince(std::chrono::steady_clock::time_point t0) noexcept
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
}

inline WorkerStats toStats(int w, const Tally& t)
{
    WorkerStats s;
    s.id = w;
    s.items = t.items;
    s.hits = t.hits;
    s.divisions = t.divisions;
    s.primes = t.primes;
    s.chunks = t.chunks;
    s.busySeconds = static_cast<double>(t.busyNs) * 1e-9;
    return s;
}

inline void fillResult(PiResult& r, const std::vector<Tally>& tally)
{
    for (std::size_t w = 0; w < tally.size(); ++w) {
        r.samples += tally[w].items;
        r.hits += tally[w].hits;
        r.workers.push_back(toStats(static_cast<int>(w), tally[w]));
    }
    r.cancelled = r.samples < r.params.samples;
    r.pi = r.samples ? 4.0 * static_cast<double>(r.hits) / static_cast<double>(r.samples) : 0.0;
}

inline void fillResult(PrimesResult& r, const std::vector<Tally>& tally)
{
    for (std::size_t w = 0; w < tally.size(); ++w) {
        r.checked += tally[w].items;
        r.primes += tally[w].primes;
        r.divisions += tally[w].divisions;
        r.chunks += tally[w].chunks;
        r.workers.push_back(toStats(static_cast<int>(w), tally[w]));
    }
    r.cancelled = r.checked < rangeSize(r.params);
}

/// How every backend ends a run: the wall time since `start`, the telemetry closed (its snapshot
/// reads finished), then the tallies merged into the result.
template <typename Result>
void finishRun(Result& r, const std::vector<Tally>& tally, Telemetry* t, std::chrono::steady_clock::time_point start)
{
    r.seconds = static_cast<double>(nsSince(start)) * 1e-9;
    if (t)
        t->finish();
    fillResult(r, tally);
}

} // namespace parlab::detail
