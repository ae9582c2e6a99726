/// @file process_pool.cpp
/// @brief Spawning, talking to, and always reaping the parlab-worker processes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/processes/process_pool.h"

#include "parlab/error.h"
#include "parlab/translate.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace parlab::detail {

namespace {

using Clock = std::chrono::steady_clock;

// Pipe ends are moved above stdin/stdout/stderr so the dup2 onto 0 and 1 in the child always
// makes a copy without O_CLOEXEC (dup2 onto itself would keep the flag and lose the pipe).
int lifted(int fd)
{
    if (fd > 2)
        return fd;
    const int n = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
    ::close(fd);
    return n;
}

void closeFd(int& fd) noexcept
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

std::string describeExit(int st)
{
    if (WIFEXITED(st))
        return "exited with status " + std::to_string(WEXITSTATUS(st));
    if (WIFSIGNALED(st))
        return "was killed by signal " + std::to_string(WTERMSIG(st)) + " (" + ::strsignal(WTERMSIG(st)) + ")";
    return "ended (wait status " + std::to_string(st) + ")";
}

ProcessPool::ProcessPool(int workers, const std::string& path, std::chrono::milliseconds liveness)
    : liveness_(liveness), lastListened_(Clock::now())
{
    procs_.resize(static_cast<std::size_t>(workers));
    try {
        for (int w = 0; w < workers; ++w)
            spawn(w, path);
    } catch (...) {
        stopAll();
        throw;
    }
}

ProcessPool::~ProcessPool()
{
    stopAll();
}

std::string ProcessPool::who(int w) const
{
    return fill(translate("parlab::Workers", "worker %1 (pid %2)"), {std::to_string(w), std::to_string(pid(w))});
}

void ProcessPool::spawn(int w, const std::string& path)
{
    Proc& p = procs_[static_cast<std::size_t>(w)];
    int job[2], res[2];
    if (::pipe2(job, O_CLOEXEC) != 0)
        throw Error(
            fill(translate("parlab::Workers", "could not make a pipe for a worker: %1"), {std::strerror(errno)}));
    if (::pipe2(res, O_CLOEXEC) != 0) {
        const int e = errno;
        ::close(job[0]);
        ::close(job[1]);
        throw Error(fill(translate("parlab::Workers", "could not make a pipe for a worker: %1"), {std::strerror(e)}));
    }
    int childIn = lifted(job[0]), childOut = lifted(res[1]);
    p.jobFd = job[1];
    p.resultFd = res[0];

    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    ::posix_spawn_file_actions_init(&fa);
    ::posix_spawn_file_actions_adddup2(&fa, childIn, 0);
    ::posix_spawn_file_actions_adddup2(&fa, childOut, 1);
    ::posix_spawnattr_init(&attr);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGTERM);
    ::posix_spawnattr_setsigmask(&attr, &none);
    ::posix_spawnattr_setsigdefault(&attr, &defaults);
    ::posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    std::string exe = path, flag = "--parent", parent = std::to_string(::getpid()), beatFlag = "--heartbeat",
                beat = std::to_string(std::max<std::int64_t>(1, liveness_.count() / 4));
    char* argv[] = {exe.data(), flag.data(), parent.data(), beatFlag.data(), beat.data(), nullptr};
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, path.c_str(), &fa, &attr, argv, environ);
    ::posix_spawn_file_actions_destroy(&fa);
    ::posix_spawnattr_destroy(&attr);
    closeFd(childIn);
    closeFd(childOut);
    if (rc != 0)
        throw Error(fill(translate("parlab::Workers", "could not start worker %1 ('%2'): %3"),
                         {std::to_string(w), path, std::strerror(rc)}));
    p.pid = pid;
    p.lastHeard = Clock::now(); // the ready message is due within the liveness timeout too
}

void ProcessPool::send(int w, const Message* ms, std::size_t n)
{
    Proc& p = procs_[static_cast<std::size_t>(w)];
    std::uint8_t buf[8 * kMaxFrameBytes];
    std::size_t i = 0;
    while (i < n) {
        std::size_t len = 0;
        for (; i < n && len + kMaxFrameBytes <= sizeof buf; ++i)
            len += encode(ms[i], buf + len);
        for (std::size_t done = 0; done < len;) {
            const ssize_t r = ::write(p.jobFd, buf + done, len - done);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                failDead(w); // EPIPE (SIGPIPE ignored by the program): the worker is gone
            done += static_cast<std::size_t>(r);
        }
        bytes_ += len;
    }
    messages_ += n;
}

void ProcessPool::receive(std::chrono::milliseconds timeout, std::vector<Incoming>& out)
{
    std::vector<pollfd> fds;
    std::vector<int> owner;
    for (int w = 0; w < size(); ++w) {
        const Proc& p = procs_[static_cast<std::size_t>(w)];
        if (p.resultFd >= 0) {
            fds.push_back(pollfd{p.resultFd, POLLIN, 0});
            owner.push_back(w);
        }
    }
    if (fds.empty())
        return;
    // A silence counts against a worker only while we were listening: if this thread itself was
    // not running (stopped with its workers by Ctrl+Z, starved), their beats may still be in flight.
    if (Clock::now() - lastListened_ > liveness_ / 2)
        for (Proc& p : procs_)
            p.lastHeard = Clock::now();
    const int rc = ::poll(fds.data(), fds.size(), static_cast<int>(timeout.count()));
    for (std::size_t i = 0; rc > 0 && i < fds.size(); ++i) {
        if (fds[i].revents == 0)
            continue;
        const int w = owner[i];
        Proc& p = procs_[static_cast<std::size_t>(w)];
        std::uint8_t buf[1 << 14];
        const ssize_t n = ::read(p.resultFd, buf, sizeof buf);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0) { // end of stream
            closeFd(p.resultFd);
            if (!p.leaving || p.reader.buffered() != 0)
                failDead(w);
            reap(w, std::chrono::milliseconds(500));
            continue;
        }
        bytes_ += static_cast<std::uint64_t>(n);
        p.lastHeard = Clock::now();
        p.reader.feed(buf, static_cast<std::size_t>(n));
        Message m;
        for (;;) {
            const auto st = p.reader.next(m);
            if (st == FrameReader::Status::needMore)
                break;
            if (st == FrameReader::Status::error)
                throw Error(
                    fill(translate("parlab::Workers", "%1 sent a malformed message: %2"), {who(w), p.reader.error()}));
            ++messages_;
            if (m.type != MsgType::heartbeat) // it has done its job by arriving
                out.push_back({w, m});
        }
    }
    checkLiveness();
    lastListened_ = Clock::now();
}

void ProcessPool::checkLiveness()
{
    const auto now = Clock::now();
    for (int w = 0; w < size(); ++w) {
        const Proc& p = procs_[static_cast<std::size_t>(w)];
        if (p.reaped || p.leaving || p.resultFd < 0 || now - p.lastHeard <= liveness_)
            continue;
        const auto silentMs = std::chrono::duration_cast<std::chrono::milliseconds>(now - p.lastHeard).count();
        const std::string name = who(w);
        ::kill(p.pid, SIGKILL); // stopped or wedged: nothing gentler would be heard
        reap(w, std::chrono::milliseconds(500));
        char secs[32];
        std::snprintf(secs, sizeof secs, "%.2f", static_cast<double>(silentMs) / 1000.0);
        throw Error(
            fill(translate("parlab::Workers", "%1 sent nothing for %2 s (liveness timeout %3 ms): it is stopped "
                                              "or hung, so it was killed"),
                 {name, secs, std::to_string(liveness_.count())}));
    }
}

void ProcessPool::failDead(int w)
{
    const std::string name = who(w);
    const int st = reap(w, std::chrono::milliseconds(500));
    // Whole sentences, one per way of ending, so a translation need not glue fragments.
    if (WIFEXITED(st))
        throw Error(fill(translate("parlab::Workers", "%1 exited with status %2 during the run"),
                         {name, std::to_string(WEXITSTATUS(st))}));
    if (WIFSIGNALED(st))
        throw Error(fill(translate("parlab::Workers", "%1 was killed by signal %2 (%3) during the run"),
                         {name, std::to_string(WTERMSIG(st)), ::strsignal(WTERMSIG(st))}));
    throw Error(
        fill(translate("parlab::Workers", "%1 ended (wait status %2) during the run"), {name, std::to_string(st)}));
}

int ProcessPool::reap(int w, std::chrono::milliseconds grace) noexcept
{
    Proc& p = procs_[static_cast<std::size_t>(w)];
    if (p.pid <= 0 || p.reaped)
        return 0;
    int st = 0;
    const auto deadline = Clock::now() + grace;
    for (;;) {
        const pid_t r = ::waitpid(p.pid, &st, WNOHANG);
        if (r == p.pid || (r < 0 && errno != EINTR))
            break;
        if (Clock::now() >= deadline) {
            ::kill(p.pid, SIGKILL);
            ++forcedKills_;
            while (::waitpid(p.pid, &st, 0) < 0 && errno == EINTR) {
            }
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1)); // polling for exit, bounded by grace
    }
    p.reaped = true;
    return st;
}

void ProcessPool::stopAll() noexcept
{
    for (Proc& p : procs_) {
        closeFd(p.jobFd); // an idle worker sees EOF and exits by itself
        if (p.pid > 0 && !p.reaped && !p.leaving) {
            ::kill(p.pid, SIGTERM);
            // A stopped worker keeps SIGTERM pending, and the reap below would wait out its whole
            // grace before the SIGKILL: wake it so it dies now.
            ::kill(p.pid, SIGCONT);
        }
    }
    for (int w = 0; w < size(); ++w) {
        reap(w, std::chrono::milliseconds(300));
        closeFd(procs_[static_cast<std::size_t>(w)].resultFd);
    }
}

} // namespace parlab::detail
