/// @file gil.h
/// @brief A global interpreter lock handed over the way CPython 3 does it (switch interval + drop request).
///
/// A thread that wants the lock waits up to one switch interval; if the holder has not let go by
/// then (and no hand-over happened meanwhile) it raises the drop request — CPython's "eval
/// breaker". The holder polls dropRequested() between small work units and, when it is set, calls
/// yield(): it lets go and waits until another thread has taken the lock (CPython's
/// FORCE_SWITCHING), so the lock really changes hands instead of being re-grabbed at once.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace parlab::detail {

class Gil {
  public:
    explicit Gil(std::chrono::nanoseconds switchInterval);
    Gil(const Gil&) = delete;
    Gil& operator=(const Gil&) = delete;

    /// Blocks until the calling thread holds the lock.
    void acquire();
    /// Lets go of the lock (e.g. around numpy-style vector maths or a blocking queue read).
    void release();
    /// The holder's check between work units: true when a waiter asked for the lock.
    [[nodiscard]] bool dropRequested() const noexcept { return dropRequest_.load(std::memory_order_relaxed); }
    /// Hands the lock to a waiter (if any still waits) and takes it back afterwards.
    void yield();

    /// Work accounting for tests and results: call enterCompute/leaveCompute around work done
    /// while holding the lock; maxConcurrent() is the most threads ever inside at once.
    void enterCompute() noexcept;
    void leaveCompute() noexcept;
    [[nodiscard]] int maxConcurrent() const noexcept { return maxInside_.load(std::memory_order_relaxed); }
    /// Times the lock was taken (each thread's first take included).
    [[nodiscard]] std::uint64_t switches() const noexcept;
    [[nodiscard]] std::uint64_t dropRequests() const noexcept;

  private:
    void releaseLocked(std::unique_lock<std::mutex>& lk);

    const std::chrono::nanoseconds interval_;
    mutable std::mutex m_;
    std::condition_variable free_;     // signalled when the lock is let go
    std::condition_variable switched_; // signalled when a new holder took it
    bool locked_ = false;
    int waiters_ = 0;
    std::uint64_t switchNumber_ = 0; // hand-overs so far (CPython's gil->switch_number)
    std::uint64_t dropCount_ = 0;
    std::atomic<bool> dropRequest_{false};
    std::atomic<int> inside_{0};
    std::atomic<int> maxInside_{0};
};

/// Holds the GIL for a scope; releases on exit (including by exception).
class GilHold {
  public:
    explicit GilHold(Gil& g) : g_(g) { g_.acquire(); }
    /// Takes over a lock the caller already acquired (to time the wait for it).
    static constexpr struct Adopt {
    } adopt{};
    GilHold(Gil& g, Adopt) : g_(g) {}
    ~GilHold() { g_.release(); }
    GilHold(const GilHold&) = delete;
    GilHold& operator=(const GilHold&) = delete;

  private:
    Gil& g_;
};

} // namespace parlab::detail
