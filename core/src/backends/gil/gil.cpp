/// @file gil.cpp
/// @brief The GIL's take/drop logic, after CPython's Python/ceval_gil.c.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/gil/gil.h"

namespace parlab::detail {

Gil::Gil(std::chrono::nanoseconds switchInterval) : interval_(switchInterval) {}

void Gil::acquire()
{
    std::unique_lock lk(m_);
    if (locked_) {
        ++waiters_;
        while (locked_) {
            const std::uint64_t seen = switchNumber_;
            const bool freed = free_.wait_for(lk, interval_, [&] { return !locked_; });
            // A whole interval went by and nobody else got the lock either: ask the holder to drop.
            if (!freed && locked_ && seen == switchNumber_ && !dropRequest_.load(std::memory_order_relaxed)) {
                dropRequest_.store(true, std::memory_order_relaxed);
                ++dropCount_;
            }
        }
        --waiters_;
    }
    locked_ = true;
    ++switchNumber_;
    dropRequest_.store(false, std::memory_order_relaxed);
    switched_.notify_all();
}

void Gil::releaseLocked(std::unique_lock<std::mutex>& lk)
{
    (void)lk;
    locked_ = false;
    free_.notify_one();
}

void Gil::release()
{
    std::unique_lock lk(m_);
    releaseLocked(lk);
}

void Gil::yield()
{
    {
        std::unique_lock lk(m_);
        const std::uint64_t mine = switchNumber_;
        releaseLocked(lk);
        // FORCE_SWITCHING: do not race the waiter for the lock we just dropped.
        if (waiters_ > 0)
            switched_.wait(lk, [&] { return switchNumber_ != mine || waiters_ == 0; });
    }
    acquire();
}

void Gil::enterCompute() noexcept
{
    const int now = inside_.fetch_add(1, std::memory_order_acq_rel) + 1;
    int seen = maxInside_.load(std::memory_order_relaxed);
    while (now > seen && !maxInside_.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
    }
}

void Gil::leaveCompute() noexcept
{
    inside_.fetch_sub(1, std::memory_order_acq_rel);
}

std::uint64_t Gil::switches() const noexcept
{
    std::lock_guard lk(m_);
    return switchNumber_;
}

std::uint64_t Gil::dropRequests() const noexcept
{
    std::lock_guard lk(m_);
    return dropCount_;
}

} // namespace parlab::detail
