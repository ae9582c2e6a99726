/// @file dispatch_cost.h
/// @brief What handing out one chunk costs a backend, measured as the difference of two runs.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/cancel_token.h"
#include "parlab/primes.h"

namespace parlab {

struct DispatchCost {
    double fineSeconds = 0;   ///< the range at chunksize 1
    double coarseSeconds = 0; ///< the same range in one chunk per worker
    std::uint64_t fineChunks = 0;
    std::uint64_t coarseChunks = 0;
    /// (fine − coarse) per chunk a worker handled: what one chunk adds to a worker's time — the
    /// round trip to it on processes, the shared counter on tbb. Never negative.
    double secondsPerChunk = 0;
};

/// The per-chunk cost from two finished runs of the same range and workers (chunks > workers).
double dispatchSecondsPerChunk(const PrimesResult& fine, const PrimesResult& coarse) noexcept;
/// The same from two timings of one range at two chunksizes — e.g. a chunksize sweep's points at
/// chunksize 1 and at Python's default (4 chunks per worker) — without running anything:
/// (fine − coarse) seconds over the extra chunks each of `workers` handled; 0 if there are none.
double dispatchSecondsPerChunk(double fineSeconds, std::uint64_t fineChunks, double coarseSeconds,
                               std::uint64_t coarseChunks, int workers) noexcept;

/// Runs `base` (its range, workers, backend, order; queue or chunked) twice — at chunksize 1 and at
/// one chunk per worker — and returns both times and the cost per chunk. Throws parlab::Error when
/// a run fails or is cancelled.
DispatchCost measureDispatchCost(const PrimesParams& base, const CancelToken& cancel);

} // namespace parlab
