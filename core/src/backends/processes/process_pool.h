/// @file process_pool.h
/// @brief N parlab-worker processes, each with a job pipe and a result pipe, and their clean-up.
///
/// Workers are started with posix_spawn (Python's "spawn" start method). Every pipe end is
/// O_CLOEXEC, so a worker holds only its own two ends (as stdin/stdout) and a dead parent's
/// pipes really close. The pool never leaves a zombie: whatever way it is left (finished, failed,
/// cancelled, exception), the destructor stops what still runs (SIGTERM, then SIGKILL) and reaps it.
///
/// Liveness: every worker sends a frame at least every liveness/4 (a heartbeat when it has nothing
/// else to say; see worker_channel.h), so one the parent has not heard from for `liveness` —
/// stopped (SIGSTOP), hung before its ready message, wedged — fails the run, named.
///
/// SIGPIPE: a program that uses the pool (the processes backend) must ignore SIGPIPE, so that a
/// worker that died shows up as a failed write (named in an Error) instead of killing the whole
/// program. The pool does not set it: a signal disposition belongs to the program, not to a
/// library (parlab's and parlab-worker's main() set it; so do the tests' mains).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/processes/wire_format.h"

#include <chrono>
#include <string>
#include <sys/types.h>
#include <vector>

namespace parlab::detail {

/// "exited with status 3", "was killed by signal 9 (Killed)".
std::string describeExit(int waitStatus);

class ProcessPool {
  public:
    /// Starts `workers` processes. Throws parlab::Error (after stopping any already started).
    ProcessPool(int workers, const std::string& path, std::chrono::milliseconds liveness);
    ~ProcessPool();
    ProcessPool(const ProcessPool&) = delete;
    ProcessPool& operator=(const ProcessPool&) = delete;

    [[nodiscard]] int size() const noexcept { return static_cast<int>(procs_.size()); }
    [[nodiscard]] pid_t pid(int w) const noexcept { return procs_[static_cast<std::size_t>(w)].pid; }
    /// "worker 2 (pid 4711)", for messages.
    [[nodiscard]] std::string who(int w) const;

    /// Sends one message; throws parlab::Error naming the worker if it can no longer be written to.
    void send(int w, const Message& m) { send(w, &m, 1); }
    /// Sends n messages in one write (one system call, one wake-up of the worker), in order.
    void send(int w, const Message* ms, std::size_t n);

    struct Incoming {
        int worker;
        Message msg;
    };
    /// Waits up to `timeout` for input and appends every complete message to out. A worker whose
    /// stream breaks its framing, that closes its end before saying bye, or that has been silent
    /// for the liveness timeout fails the run: throws parlab::Error naming it (and, for a dead
    /// worker, its exit status).
    void receive(std::chrono::milliseconds timeout, std::vector<Incoming>& out);

    /// Worker w said bye: its end of the stream may close now; it is reaped when it does.
    void expectExit(int w) noexcept { procs_[static_cast<std::size_t>(w)].leaving = true; }

    /// Stops every worker still running and reaps all of them (the destructor does it too).
    void stop() noexcept { stopAll(); }

    [[nodiscard]] std::uint64_t messages() const noexcept { return messages_; }
    [[nodiscard]] std::uint64_t bytes() const noexcept { return bytes_; }
    /// Workers that outlasted their grace after SIGTERM (or after saying bye) and needed SIGKILL.
    [[nodiscard]] std::uint64_t forcedKills() const noexcept { return forcedKills_; }

  private:
    struct Proc {
        pid_t pid = -1;
        int jobFd = -1;    // parent writes jobs
        int resultFd = -1; // parent reads results
        bool leaving = false;
        bool reaped = false;
        std::chrono::steady_clock::time_point lastHeard;
        FrameReader reader;
    };
    void spawn(int w, const std::string& path);
    [[noreturn]] void failDead(int w);
    void checkLiveness();
    /// Waits for w to exit (SIGKILL after `grace`) and returns its wait status.
    int reap(int w, std::chrono::milliseconds grace) noexcept;
    void stopAll() noexcept;

    std::vector<Proc> procs_;
    std::chrono::milliseconds liveness_;
    std::chrono::steady_clock::time_point lastListened_;
    std::uint64_t messages_ = 0, bytes_ = 0, forcedKills_ = 0;
};

} // namespace parlab::detail
