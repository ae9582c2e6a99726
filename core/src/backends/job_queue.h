/// @file job_queue.h
/// @brief The queue schedule's bounded job queue, its feeder, and the poison pill.
///
/// multiprocessing's Queue shape: a feeder puts jobs in, workers take one at a time; after the
/// last job the feeder puts one pill per worker, and a worker that takes a pill stops. The depth
/// is published to Telemetry on every change (under the queue's lock, so one writer at a time).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/chunk_dispenser.h"
#include "parlab/cancel_token.h"
#include "parlab/telemetry.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace parlab::detail {

struct Job {
    Chunk chunk;
    bool pill = false;
};

class JobQueue {
  public:
    JobQueue(std::size_t capacity, Telemetry* telemetry)
        : capacity_(std::max<std::size_t>(1, capacity)), telemetry_(telemetry)
    {
    }

    /// Blocks while the queue is full; drops the job once the queue is closed.
    void push(const Job& job)
    {
        std::unique_lock lk(m_);
        notFull_.wait(lk, [&] { return q_.size() < capacity_ || closed_; });
        if (closed_)
            return;
        q_.push_back(job);
        published();
        notEmpty_.notify_one();
    }

    /// Blocks while the queue is empty.
    Job pop()
    {
        std::unique_lock lk(m_);
        notEmpty_.wait(lk, [&] { return !q_.empty(); });
        return take();
    }

    std::optional<Job> tryPop()
    {
        std::unique_lock lk(m_);
        if (q_.empty())
            return std::nullopt;
        return take();
    }

    /// Waits up to `limit` for the queue to hold a job (for a dispatcher that also polls pipes).
    void waitForJob(std::chrono::microseconds limit)
    {
        std::unique_lock lk(m_);
        notEmpty_.wait_for(lk, limit, [&] { return !q_.empty() || closed_; });
    }

    /// No consumer is left (a failed run): wake and release the feeder.
    void close()
    {
        std::lock_guard lk(m_);
        closed_ = true;
        notFull_.notify_all();
    }

  private:
    Job take()
    {
        const Job j = q_.front();
        q_.pop_front();
        published();
        notFull_.notify_one();
        return j;
    }
    void published() noexcept
    {
        if (telemetry_)
            telemetry_->queueDepthChanged(static_cast<std::uint32_t>(q_.size()));
    }

    const std::size_t capacity_;
    Telemetry* telemetry_;
    std::mutex m_;
    std::condition_variable notFull_, notEmpty_;
    std::deque<Job> q_;
    bool closed_ = false;
};

/// The feeder thread: puts chunks of `size` positions (out of n) on the queue, then one pill per
/// worker. On cancel it stops putting jobs and goes straight to the pills, so every worker ends.
class Feeder {
  public:
    Feeder(JobQueue& q, std::uint64_t n, std::uint64_t size, int workers, const CancelToken& cancel)
        : thread_([&q, n, size, workers, &cancel] {
              for (std::uint64_t k = 0; k < n && !cancel.cancelled(); k += size)
                  q.push(Job{Chunk{k, std::min(size, n - k)}, false});
              for (int w = 0; w < workers; ++w)
                  q.push(Job{Chunk{}, true});
          })
    {
    }
    ~Feeder() { thread_.join(); }
    Feeder(const Feeder&) = delete;
    Feeder& operator=(const Feeder&) = delete;

  private:
    std::thread thread_;
};

/// The queue's capacity for a run: a few jobs per worker, so the depth is worth watching.
inline std::size_t queueCapacity(int workers) noexcept
{
    return static_cast<std::size_t>(2 * workers + 2);
}

} // namespace parlab::detail
