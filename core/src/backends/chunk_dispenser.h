/// @file chunk_dispenser.h
/// @brief Hands out positions of a primes range under the static, chunked and auto schedules
///        for the backends that are not oneTBB (gil-threads, processes).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/piece_counter.h"
#include "parlab/primes.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <vector>

namespace parlab::detail {

/// Positions [k0, k0+count) of the range's order.
struct Chunk {
    std::uint64_t k0 = 0, count = 0;
};

/// Thread-safe. static: worker w gets its one block; chunked: chunks of the resolved chunksize
/// from a shared counter (Pool.map); auto: guided self-scheduling — each chunk is the remaining
/// work / (2·workers), never below the grainsize — the idea behind oneTBB's auto_partitioner,
/// for backends that have no work stealing.
class ChunkDispenser {
  public:
    explicit ChunkDispenser(const PrimesParams& p)
        : schedule_(p.schedule), n_(rangeSize(p)), size_(resolvedChunksize(p)), workers_(p.workers),
          staticTaken_(static_cast<std::size_t>(p.workers), 0), chunks_((n_ + size_ - 1) / size_, p.workers)
    {
    }

    /// The next chunk for worker w; false when there is no more work for it. Under `static`,
    /// worker w's slot is only ever touched by calls for w.
    bool next(int w, Chunk& out) noexcept
    {
        const auto workers = static_cast<std::uint64_t>(workers_);
        switch (schedule_) {
        case Schedule::static_: {
            char& taken = staticTaken_[static_cast<std::size_t>(w)];
            const std::uint64_t b = n_ * static_cast<std::uint64_t>(w) / workers;
            const std::uint64_t e = n_ * static_cast<std::uint64_t>(w + 1) / workers;
            if (taken || e == b)
                return false;
            taken = 1;
            out = {b, e - b};
            return true;
        }
        case Schedule::auto_: {
            std::uint64_t cur = next_.load(std::memory_order_relaxed);
            for (;;) {
                if (cur >= n_)
                    return false;
                const std::uint64_t want = std::max(size_, (n_ - cur) / (2 * workers));
                const std::uint64_t take = std::min(want, n_ - cur);
                if (next_.compare_exchange_weak(cur, cur + take, std::memory_order_relaxed)) {
                    out = {cur, take};
                    return true;
                }
            }
        }
        case Schedule::chunked:
        case Schedule::queue:
            break;
        }
        // chunked and queue: worker w's first chunk is chunk w, the rest go to whoever is free.
        std::uint64_t c = 0;
        if (!chunks_.next(w, c))
            return false;
        out = {c * size_, std::min(size_, n_ - c * size_)};
        return true;
    }

  private:
    Schedule schedule_;
    std::uint64_t n_, size_;
    int workers_;
    std::vector<char> staticTaken_;
    alignas(64) std::atomic<std::uint64_t> next_{0};
    PieceCounter chunks_;
};

} // namespace parlab::detail
