/// @file worker_channel.h
/// @brief parlab-worker's side of the result pipe: whole frames from two threads, and a heartbeat
///        whenever nothing else went out for a while.
///
/// The parent fails a worker it has not heard from for its liveness timeout (a stopped, hung or
/// wedged process). Progress frames are only sent between items, and one prime near 2^53 takes
/// about a second, so a busy worker cannot promise a cadence from its compute loop; and a worker
/// waiting for its next job sits in read(). A thread of its own keeps the promise instead: it
/// sends a heartbeat when `every` has passed since the last frame, so a worker whose single
/// chunk takes minutes is never mistaken for a dead one, while a stopped process falls silent.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/processes/wire_format.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace parlab::detail {

class WorkerChannel {
  public:
    /// Frames go to fd; once startHeartbeat() was called, a heartbeat follows any silence of `every`.
    WorkerChannel(int fd, std::chrono::milliseconds every);
    /// Stops and joins the heartbeat thread.
    ~WorkerChannel();

    /// Starts the heartbeats — after the ready message, which the parent expects first.
    void startHeartbeat();
    WorkerChannel(const WorkerChannel&) = delete;
    WorkerChannel& operator=(const WorkerChannel&) = delete;

    /// Writes one whole frame (never interleaved with a heartbeat); false when the parent is gone.
    bool send(const Message& m);

  private:
    void beat();

    const int fd_;
    const std::chrono::milliseconds every_;
    std::mutex writeMutex_; // one frame at a time on the pipe
    std::chrono::steady_clock::time_point lastSent_;
    std::mutex stopMutex_;
    std::condition_variable stopped_;
    bool stop_ = false;
    std::thread thread_;
};

} // namespace parlab::detail
