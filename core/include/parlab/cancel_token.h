/// @file cancel_token.h
/// @brief A run's stop flag: set by whoever wants the run to stop, polled by the workers.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace parlab {

/// Cooperative cancellation. Workers poll it between batches (every few hundred microseconds of
/// work at most), so a cancelled run returns well within 100 ms whatever the chunk size.
class CancelToken {
  public:
    void cancel() noexcept { flag_.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool cancelled() const noexcept { return flag_.load(std::memory_order_relaxed); }

  private:
    std::atomic<bool> flag_{false};
};

} // namespace parlab
