/// @file piece_counter.h
/// @brief Hands out pieces 0…count−1 (π blocks, Pool.map chunks) to the workers of one run.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <vector>

namespace parlab::detail {

/// Worker w's first piece is piece w, decided up front — as a Pool's k processes are all up
/// before map() hands out k equal tasks. Later pieces come from a shared counter, in order, to
/// whichever worker is free. So with as many pieces as workers each worker does exactly one, and
/// with more every worker starts with one: a worker that is slow to wake is never left without
/// work while another does its share ("a 2-worker run is a 2-worker run").
/// Thread-safe; a worker's own slot is only ever touched by calls for that worker.
class PieceCounter {
  public:
    PieceCounter(std::uint64_t count, int workers)
        : count_(count), firstRound_(std::min<std::uint64_t>(count, static_cast<std::uint64_t>(workers))),
          started_(static_cast<std::size_t>(workers), 0), next_(firstRound_)
    {
    }

    /// The next piece for worker w; false when no piece is left.
    bool next(int w, std::uint64_t& piece) noexcept
    {
        char& started = started_[static_cast<std::size_t>(w)];
        if (!started) {
            started = 1;
            if (static_cast<std::uint64_t>(w) < firstRound_) {
                piece = static_cast<std::uint64_t>(w);
                return true;
            }
        }
        piece = next_.fetch_add(1, std::memory_order_relaxed);
        return piece < count_;
    }

  private:
    std::uint64_t count_, firstRound_;
    std::vector<char> started_;
    alignas(64) std::atomic<std::uint64_t> next_;
};

} // namespace parlab::detail
