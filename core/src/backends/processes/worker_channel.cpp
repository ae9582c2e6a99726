/// @file worker_channel.cpp
/// @brief Serialised frame writes and the heartbeat thread of parlab-worker.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/processes/worker_channel.h"

namespace parlab::detail {

WorkerChannel::WorkerChannel(int fd, std::chrono::milliseconds every)
    : fd_(fd), every_(every), lastSent_(std::chrono::steady_clock::now())
{
}

void WorkerChannel::startHeartbeat()
{
    if (!thread_.joinable())
        thread_ = std::thread([this] { beat(); });
}

WorkerChannel::~WorkerChannel()
{
    {
        const std::lock_guard lock(stopMutex_);
        stop_ = true;
    }
    stopped_.notify_all();
    if (thread_.joinable())
        thread_.join();
}

bool WorkerChannel::send(const Message& m)
{
    const std::lock_guard lock(writeMutex_);
    lastSent_ = std::chrono::steady_clock::now();
    return writeMessage(fd_, m);
}

void WorkerChannel::beat()
{
    std::unique_lock lock(stopMutex_);
    for (;;) {
        std::chrono::steady_clock::time_point due;
        {
            const std::lock_guard w(writeMutex_);
            due = lastSent_ + every_;
        }
        // Waking only when a beat may be due keeps a worker that reports progress anyway silent.
        if (stopped_.wait_until(lock, due, [this] { return stop_; }))
            return;
        lock.unlock(); // a write blocked on a full pipe must not hold up the destructor's stop
        bool ok = true;
        {
            const std::lock_guard w(writeMutex_);
            if (std::chrono::steady_clock::now() >= lastSent_ + every_) { // else a frame went out meanwhile
                lastSent_ = std::chrono::steady_clock::now();
                ok = writeMessage(fd_, Message{MsgType::heartbeat, {}});
            }
        }
        if (!ok)
            return; // the parent is gone; the main thread finds out on its next write or read
        lock.lock();
    }
}

} // namespace parlab::detail
