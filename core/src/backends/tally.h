/// @file run_common.h
/// @brief Pieces every backend shares: where π block b lies, the dart sample, per-worker tallies.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/dart_hash.h"
#include "parlab/pi.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <vector>

namespace parlab::detail {

/// Block b of a π run: darts [begin, begin+size) are reported, darts [base, base+size) thrown.
/// With identical seeding every block replays darts 0…size−1 (the forked-RNG pitfall).
struct PiBlock {
    std::uint64_t begin = 0, size = 0, base = 0;
};

inline PiBlock piBlock(std::uint64_t samples, std::uint64_t blocks, Seeding seeding, std::uint64_t b) noexcept
{
    PiBlock r;
    r.begin = b * (samples / blocks) + std::min(b, samples % blocks);
    r.size = samples / blocks + (b < samples % blocks ? 1 : 0);
    r.base = seeding == Seeding::identical ? 0 : r.begin;
    return r;
}

/// Every stride-th dart by index goes into the sample, so the board fills evenly as the run goes.
inline std::uint64_t dartStride(std::uint64_t samples, const Telemetry* t) noexcept
{
    return std::max<std::uint64_t>(1, samples / (t ? 65536 : 1));
}

/// Records the sampled darts among [from, from+n) for worker w (pure functions of seed and index).
inline void sampleDarts(Telemetry& t, int w, std::uint64_t seed, std::uint64_t from, std::uint64_t n, std::uint64_t stride)
{
    for (std::uint64_t i = (from + stride - 1) / stride * stride; i < from + n; i += stride) {
        const Dart24 d = dartAt(dartKeys(seed, i >> 32), static_cast<std::uint32_t>(i));
        t.recordDart(w, d.x, d.y, dartHits(d));
    }
}

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

// The other backends; parameters are validated and resolved (blocks, chunksize) by the caller.
PiResult runPiGil(const PiParams& p, Telemetry* telemetry, const CancelToken& cancel);
PiResult runPiProcesses(const PiParams& p, Telemetry* telemetry, const CancelToken& cancel);
PrimesResult runPrimesGil(const PrimesParams& p, Telemetry* telemetry, const CancelToken& cancel);
PrimesResult runPrimesProcesses(const PrimesParams& p, Telemetry* telemetry, const CancelToken& cancel);

} // namespace parlab::detail
