/// @file pi.h
/// @brief π by Monte Carlo: darts in the unit square, the share inside the quarter circle is π/4.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/backend_stats.h"
#include "parlab/options.h"
#include "parlab/worker_stats.h"

#include <cstdint>
#include <string>
#include <vector>

namespace parlab {

class CancelToken;
class Telemetry;

inline constexpr std::uint64_t kMaxPiSamples = 100'000'000'000ULL; // 10^11
inline constexpr int kMaxWorkers = 256;
inline constexpr std::uint64_t kMaxPiBlocks = 10'000'000;

struct PiParams {
    std::uint64_t samples = 10'000'000;
    int workers = 1;
    std::uint64_t blocks = 0; ///< pieces the darts are cut into; 0 = one per worker
    std::uint64_t seed = 1;
    Kernel kernel = Kernel::batched;
    Seeding seeding = Seeding::independent;
    Backend backend = Backend::tbb;
    double switchIntervalMs = 5.0; ///< gil-threads: CPython's sys.setswitchinterval (0.01…1000 ms)
    std::string workerPath; ///< processes: parlab-worker to start; empty = $PARLAB_WORKER or next to this program
    /// processes: a worker not heard from for this long (0.01…3600 s) fails the run. Workers
    /// send a heartbeat at a quarter of it even inside one long job, so only a stopped or hung
    /// process trips it, never a slow chunk.
    double livenessSeconds = 5.0;
};

struct PiResult {
    PiParams params;           ///< as run (blocks resolved)
    std::uint64_t samples = 0; ///< darts thrown (fewer than asked when cancelled)
    std::uint64_t hits = 0;
    double pi = 0;      ///< 4·hits/samples
    double seconds = 0; ///< wall time of the parallel section
    bool cancelled = false;
    std::vector<WorkerStats> workers;
    BackendStats backendStats;
};

/// Throws parlab::Error naming the first bad parameter.
void validate(const PiParams& p);
/// The block count a run will use (blocks, or when 0 one per worker but never more than the darts).
std::uint64_t resolvedBlocks(const PiParams& p) noexcept;

/// Distinct darts among the first `prefix` darts of the run (in its order): all of them with
/// independent seeding; with identical seeding every block replays darts 0, 1, 2, …, so no more
/// than the largest block — the estimate's error stops shrinking there.
std::uint64_t distinctDarts(const PiParams& p, std::uint64_t prefix) noexcept;

/// Runs the darts on p.workers workers. Blocks are taken by idle workers one at a time. The hit
/// count depends only on (seed, samples, seeding) — never on workers, blocks, kernel or backend.
/// Telemetry (sized p.workers, totalItems = p.samples) may be null.
/// Backend::processes writes to pipes: the calling program must ignore SIGPIPE (the core does
/// not touch signal dispositions), or a worker that dies mid-run kills the program.
PiResult runPi(const PiParams& p, Telemetry* telemetry, const CancelToken& cancel);

/// Hits among darts [begin, end) of a seed, counted by the given kernel on the calling thread.
std::uint64_t countHits(Kernel kernel, std::uint64_t seed, std::uint64_t begin, std::uint64_t end);

} // namespace parlab
