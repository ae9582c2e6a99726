/// @file worker_test.cpp
/// @brief parlab-worker on its own, driven through its pipes: how it ends on a cut stream, and
///        that it keeps talking (heartbeats) while it has nothing else to say.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend_test_support.h"
#include "backends/processes/wire_format.h"
#include "parlab/prime_check.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>

extern char** environ;

using namespace parlab::detail;

namespace {

// One parlab-worker with its stdin and stdout on pipes held by the test.
class WorkerProcess {
  public:
    explicit WorkerProcess(int heartbeatMs)
    {
        int in[2], out[2];
        EXPECT_EQ(::pipe2(in, O_CLOEXEC), 0);
        EXPECT_EQ(::pipe2(out, O_CLOEXEC), 0);
        posix_spawn_file_actions_t fa;
        ::posix_spawn_file_actions_init(&fa);
        ::posix_spawn_file_actions_adddup2(&fa, in[0], 0);
        ::posix_spawn_file_actions_adddup2(&fa, out[1], 1);
        // This test program ignores SIGPIPE, and an ignored signal stays ignored across exec:
        // start the worker with the default disposition, so that only its own main() can ignore it.
        posix_spawnattr_t attr;
        ::posix_spawnattr_init(&attr);
        sigset_t def;
        sigemptyset(&def);
        sigaddset(&def, SIGPIPE);
        ::posix_spawnattr_setsigdefault(&attr, &def);
        ::posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
        std::string exe = parlab::test::workerPath(), parent = std::to_string(::getpid()),
                    beat = std::to_string(heartbeatMs), p = "--parent", h = "--heartbeat";
        char* argv[] = {exe.data(), p.data(), parent.data(), h.data(), beat.data(), nullptr};
        EXPECT_EQ(::posix_spawn(&pid_, exe.c_str(), &fa, &attr, argv, environ), 0);
        ::posix_spawn_file_actions_destroy(&fa);
        ::posix_spawnattr_destroy(&attr);
        ::close(in[0]);
        ::close(out[1]);
        toWorker_ = in[1];
        fromWorker_ = out[0];
    }
    ~WorkerProcess()
    {
        closeInput();
        if (fromWorker_ >= 0)
            ::close(fromWorker_);
        if (pid_ > 0 && !exited_) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }

    void write(const std::uint8_t* p, std::size_t n) { ASSERT_EQ(::write(toWorker_, p, n), static_cast<ssize_t>(n)); }
    void closeInput()
    {
        if (toWorker_ >= 0)
            ::close(toWorker_);
        toWorker_ = -1;
    }

    /// Stops listening: the worker's next write finds no reader.
    void closeOutput()
    {
        ::close(fromWorker_);
        fromWorker_ = -1;
    }

    /// The next message from the worker; nullopt at EOF or when none came within `limit`.
    std::optional<Message> next(std::chrono::milliseconds limit = std::chrono::seconds(20))
    {
        Message m;
        for (;;) {
            if (reader_.next(m) == FrameReader::Status::message)
                return m;
            pollfd fd{fromWorker_, POLLIN, 0};
            if (::poll(&fd, 1, static_cast<int>(limit.count())) <= 0)
                return std::nullopt;
            std::uint8_t buf[256];
            const ssize_t n = ::read(fromWorker_, buf, sizeof buf);
            if (n <= 0)
                return std::nullopt;
            reader_.feed(buf, static_cast<std::size_t>(n));
        }
    }

    /// The worker's wait status once it has exited.
    int wait()
    {
        int st = 0;
        EXPECT_EQ(::waitpid(pid_, &st, 0), pid_);
        exited_ = true;
        return st;
    }

  private:
    pid_t pid_ = -1;
    int toWorker_ = -1, fromWorker_ = -1;
    bool exited_ = false;
    FrameReader reader_;
};

std::vector<std::uint8_t> frame(const Message& m)
{
    std::vector<std::uint8_t> b(kMaxFrameBytes);
    b.resize(encode(m, b.data()));
    return b;
}

} // namespace

TEST(Worker, TruncatedFrameThenEofIsAFailureNotAQuietExit)
{
    WorkerProcess w(1000);
    const auto ready = w.next();
    ASSERT_TRUE(ready.has_value());
    EXPECT_EQ(ready->type, MsgType::ready);
    const auto job = frame({MsgType::jobPi, {1, 0, 1000, 0}});
    w.write(job.data(), job.size() - 3); // the parent "dies" three bytes short of a whole job
    w.closeInput();
    const int st = w.wait();
    ASSERT_TRUE(WIFEXITED(st));
    EXPECT_EQ(WEXITSTATUS(st), 3) << "a cut stream must not end like a finished one";
}

TEST(Worker, EofBetweenMessagesIsAQuietExit)
{
    // The other half of the rule above: the parent closing its pipe between jobs is no error.
    WorkerProcess w(1000);
    ASSERT_TRUE(w.next().has_value());
    const auto job = frame({MsgType::jobPi, {1, 0, 1000, 0}});
    w.write(job.data(), job.size());
    auto result = w.next();
    while (result && result->type == MsgType::progress) // one at each checkpoint of the running estimate
        result = w.next();
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->type, MsgType::result);
    w.closeInput();
    const int st = w.wait();
    ASSERT_TRUE(WIFEXITED(st));
    EXPECT_EQ(WEXITSTATUS(st), 0);
}

TEST(Worker, PrimesSetupCarriesTheKernel)
{
    // The batched kernel's answer for 1…1000 is the seed loop's, division for division; a kernel
    // the worker does not know is a malformed setup (exit 3), so the field is really read.
    std::uint64_t divisions = 0;
    for (std::uint64_t n = 1; n <= 1000; ++n)
        divisions += parlab::checkPrime(n).divisions;
    {
        WorkerProcess w(1000);
        ASSERT_TRUE(w.next().has_value());
        for (const auto& m :
             {frame({MsgType::setupPrimes, {1, 1000, 0, 1, 1}}), frame({MsgType::jobPrimes, {0, 1000}})})
            w.write(m.data(), m.size());
        const auto result = w.next();
        ASSERT_TRUE(result.has_value());
        ASSERT_EQ(result->type, MsgType::result);
        EXPECT_EQ(result->f[0], 1000u);
        EXPECT_EQ(result->f[1], divisions);
        EXPECT_EQ(result->f[3], 168u);
    }
    WorkerProcess w(1000);
    ASSERT_TRUE(w.next().has_value());
    const auto setup = frame({MsgType::setupPrimes, {1, 1000, 0, 1, 2}});
    w.write(setup.data(), setup.size());
    const int st = w.wait();
    ASSERT_TRUE(WIFEXITED(st));
    EXPECT_EQ(WEXITSTATUS(st), 3);
}

TEST(Worker, ParentThatStopsReadingEndsItWithStatusFourNotBySignal)
{
    // parlab-worker's main ignores SIGPIPE (the worker loop, a library function, does not): a
    // result written to a parent that went away is a failed write, exit status 4.
    WorkerProcess w(1000);
    ASSERT_TRUE(w.next().has_value());
    w.closeOutput();
    const auto job = frame({MsgType::jobPi, {1, 0, 1000, 0}});
    w.write(job.data(), job.size());
    const int st = w.wait();
    ASSERT_FALSE(WIFSIGNALED(st)) << "killed by signal " << WTERMSIG(st);
    ASSERT_TRUE(WIFEXITED(st));
    EXPECT_EQ(WEXITSTATUS(st), 4);
}

TEST(Worker, IdleWorkerSendsHeartbeats)
{
    // Waiting for a job, the worker is blocked in read(): only its heartbeat says it is alive.
    WorkerProcess w(1);
    const auto ready = w.next();
    ASSERT_TRUE(ready.has_value());
    EXPECT_EQ(ready->type, MsgType::ready); // first, however soon a beat falls due
    for (int i = 0; i < 3; ++i) {
        const auto m = w.next();
        ASSERT_TRUE(m.has_value()) << "no heartbeat " << i;
        EXPECT_EQ(m->type, MsgType::heartbeat);
    }
}
