/// @file primes.h
/// @brief Checking every number of a range [first, last] for primality, split by a schedule.
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

struct PrimesParams {
    std::uint64_t first = 100'000'000;
    std::uint64_t last = 100'100'000;
    int workers = 1;
    Schedule schedule = Schedule::chunked;
    std::uint64_t chunksize = 0; ///< chunked: 0 = Python's default ceil(n / (4·workers))
    std::uint64_t grainsize = 0; ///< auto: 0 = oneTBB's default (1)
    Order order = Order::natural;
    std::uint64_t seed = 1; ///< for the shuffled order
    /// scalar: the seed's loop, one `%` per divisor (the cost the lessons and figures are about);
    /// batched: the same divisors and counts, tested by vectorised multiply-by-inverse (~20× faster with AVX-512).
    Kernel kernel = Kernel::scalar;
    Backend backend = Backend::tbb;
    double switchIntervalMs = 5.0; ///< gil-threads: CPython's sys.setswitchinterval (0.01…1000 ms)
    std::string workerPath; ///< processes: parlab-worker to start; empty = $PARLAB_WORKER or next to this program
    /// processes: a worker not heard from for this long (0.01…3600 s) fails the run. Workers
    /// send a heartbeat at a quarter of it even inside one long job, so only a stopped or hung
    /// process trips it, never a slow chunk.
    double livenessSeconds = 5.0;
};

struct PrimesResult {
    PrimesParams params;       ///< as run (chunksize resolved for chunked)
    std::uint64_t checked = 0; ///< numbers checked (fewer than the range when cancelled)
    std::uint64_t primes = 0;
    std::uint64_t divisions = 0;
    double seconds = 0;
    bool cancelled = false;
    std::uint64_t chunks = 0;
    std::vector<WorkerStats> workers;
    BackendStats backendStats;
};

void validate(const PrimesParams& p);
/// Numbers in the range.
std::uint64_t rangeSize(const PrimesParams& p) noexcept;
/// Python's Pool.map default: ceil(n / (4·workers)), at least 1.
std::uint64_t defaultChunksize(std::uint64_t n, int workers) noexcept;
/// The chunk size a run will use: static → one block per worker (ceil(n/workers)),
/// chunked → chunksize (or the default), auto → grainsize (or 1), queue → chunksize (or 1: the
/// book's queue example puts one number per job).
std::uint64_t resolvedChunksize(const PrimesParams& p) noexcept;
/// Number of chunks a static or chunked run hands out.
std::uint64_t chunkCount(const PrimesParams& p) noexcept;

/// The number at position k (0 ≤ k < n) of the range in the given order.
class ItemOrder {
  public:
    ItemOrder(const PrimesParams& p);
    [[nodiscard]] std::uint64_t at(std::uint64_t k) const noexcept;

  private:
    std::uint64_t first_, last_, n_;
    Order order_;
    unsigned halfBits_ = 1;
    std::uint64_t keys_[4] = {};
};

/// Checks the range on p.workers workers under p.schedule. Telemetry may be null.
/// Backend::processes writes to pipes: the calling program must ignore SIGPIPE (the core does
/// not touch signal dispositions), or a worker that dies mid-run kills the program.
PrimesResult runPrimes(const PrimesParams& p, Telemetry* telemetry, const CancelToken& cancel);

} // namespace parlab
