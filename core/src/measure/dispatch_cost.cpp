/// @file dispatch_cost.cpp
/// @brief The per-chunk dispatch cost: chunksize 1 against one chunk per worker, same numbers.
///
/// Same divisions in both runs, and both pay the same start-up and shut-down, so what the fine
/// run takes beyond the coarse one is what its extra chunks cost; each worker paid for its share.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/dispatch_cost.h"

#include "parlab/error.h"

#include <algorithm>

namespace parlab {

double dispatchSecondsPerChunk(double fineSeconds, std::uint64_t fineChunks, double coarseSeconds,
                               std::uint64_t coarseChunks, int workers) noexcept
{
    if (fineChunks <= coarseChunks)
        return 0;
    const double extraChunksPerWorker = static_cast<double>(fineChunks - coarseChunks) / std::max(1, workers);
    return std::max(0.0, fineSeconds - coarseSeconds) / extraChunksPerWorker;
}

double dispatchSecondsPerChunk(const PrimesResult& fine, const PrimesResult& coarse) noexcept
{
    return dispatchSecondsPerChunk(fine.seconds, fine.chunks, coarse.seconds, coarse.chunks, fine.params.workers);
}

DispatchCost measureDispatchCost(const PrimesParams& base, const CancelToken& cancel)
{
    PrimesParams fineP = base, coarseP = base;
    fineP.chunksize = 1;
    coarseP.chunksize = (rangeSize(base) + static_cast<std::uint64_t>(base.workers) - 1) /
                        static_cast<std::uint64_t>(std::max(1, base.workers));
    const PrimesResult fine = runPrimes(fineP, nullptr, cancel);
    const PrimesResult coarse = runPrimes(coarseP, nullptr, cancel);
    if (fine.cancelled || coarse.cancelled)
        throw Error("the dispatch measurement was cancelled");
    DispatchCost c;
    c.fineSeconds = fine.seconds;
    c.coarseSeconds = coarse.seconds;
    c.fineChunks = fine.chunks;
    c.coarseChunks = coarse.chunks;
    c.secondsPerChunk = dispatchSecondsPerChunk(fine, coarse);
    return c;
}

} // namespace parlab
