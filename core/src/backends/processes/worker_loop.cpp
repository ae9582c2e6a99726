/// @file worker_loop.cpp
/// @brief parlab-worker's loop: ready → (setup) → jobs → pill → bye, every message validated.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/processes/wire_format.h"
#include "backends/processes/worker_channel.h"
#include "parlab/estimate_checkpoints.h"
#include "parlab/pi.h"
#include "parlab/prime_check.h"
#include "parlab/primes.h"
#include "parlab/worker_main.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

namespace parlab {

namespace {

using detail::Message;
using detail::MsgType;
using Clock = std::chrono::steady_clock;

constexpr int kIn = 0, kOut = 1;
constexpr std::uint64_t kPiBatch = 1u << 16; // darts between two progress checks
constexpr auto kProgressEvery = std::chrono::milliseconds(20);

class Worker {
  public:
    explicit Worker(std::chrono::milliseconds heartbeat) : out_(kOut, heartbeat) {}

    int run()
    {
        if (!send({MsgType::ready, {static_cast<std::uint64_t>(::getpid())}}))
            return 4;
        out_.startHeartbeat();
        detail::FrameReader reader;
        std::uint8_t buf[4096];
        for (;;) {
            const ssize_t n = ::read(kIn, buf, sizeof buf);
            if (n == 0) {
                // The parent closed the job pipe (or died) between messages: nothing more to do.
                // Inside one, the stream was cut: not a clean end, and saying so is the only trace.
                if (reader.buffered() != 0)
                    return fail("the parent's stream ended inside a message (" + std::to_string(reader.buffered()) +
                                " bytes of a frame)");
                return 0;
            }
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return 4;
            }
            reader.feed(buf, static_cast<std::size_t>(n));
            Message m;
            for (;;) {
                const auto st = reader.next(m);
                if (st == detail::FrameReader::Status::needMore)
                    break;
                if (st == detail::FrameReader::Status::error)
                    return fail("malformed message from the parent: " + reader.error());
                if (const int rc = handle(m); rc >= 0)
                    return rc;
            }
        }
    }

  private:
    // -1: keep going; otherwise the exit code.
    int handle(const Message& m)
    {
        switch (m.type) {
        case MsgType::setupPrimes: {
            PrimesParams p;
            p.first = m.f[0];
            p.last = m.f[1];
            p.seed = m.f[3];
            if (p.first > p.last || p.last > kMaxPrimeCandidate || m.f[2] > 2 || m.f[4] > 1)
                return fail("bad primes setup");
            p.order = static_cast<Order>(m.f[2]);
            p.kernel = static_cast<Kernel>(m.f[4]);
            params_ = p;
            order_.emplace(p);
            return -1;
        }
        case MsgType::jobPi:
            return piJob(m.f[0], m.f[1], m.f[2], m.f[3], m.f[4]);
        case MsgType::jobPrimes:
            return primesJob(m.f[0], m.f[1]);
        case MsgType::pill:
            return send({MsgType::bye, {1}}) ? 0 : 4;
        default:
            return fail(std::string("unexpected ") + detail::typeName(m.type) + " message");
        }
    }

    int piJob(std::uint64_t seed, std::uint64_t base, std::uint64_t count, std::uint64_t kernel, std::uint64_t first)
    {
        if (count == 0 || count > kMaxPiSamples || base > kMaxPiSamples || first > kMaxPiSamples || kernel > 1)
            return fail("bad pi job");
        const auto k = static_cast<Kernel>(kernel);
        auto lastReport = Clock::now();
        std::uint64_t done = 0, hits = 0;
        std::uint64_t cut = nextEstimateCheckpoint(first);
        while (done < count) {
            const std::uint64_t n = std::min({kPiBatch, count - done, cut - (first + done)});
            hits += countHits(k, seed, base + done, base + done + n);
            done += n;
            // A report at each checkpoint of the running estimate (the parent files the darts
            // between two reports under one of its segments), else on the usual cadence.
            const bool atCut = first + done == cut;
            if (atCut)
                cut = nextEstimateCheckpoint(cut);
            if (done < count && (atCut || Clock::now() - lastReport >= kProgressEvery)) {
                lastReport = Clock::now();
                if (!send({MsgType::progress, {done, done, hits, 0}}))
                    return 4;
            }
        }
        return finish(done, done, hits, 0);
    }

    int primesJob(std::uint64_t k0, std::uint64_t count)
    {
        if (!order_ || count == 0 || k0 > rangeSize(*params_) || count > rangeSize(*params_) - k0)
            return fail("bad primes job");
        auto lastReport = Clock::now();
        std::uint64_t divisions = 0, primes = 0;
        // Groups of 64 numbers: the batched kernel tries their small divisors side by side.
        std::uint64_t ns[64];
        PrimeCheck out[64];
        for (std::uint64_t i = 0; i < count;) {
            const std::uint64_t g = std::min<std::uint64_t>(64, count - i);
            for (std::uint64_t j = 0; j < g; ++j)
                ns[j] = order_->at(k0 + i + j);
            checkPrimes(params_->kernel, ns, g, out);
            for (std::uint64_t j = 0; j < g; ++j) {
                divisions += out[j].divisions;
                primes += out[j].prime ? 1 : 0;
            }
            i += g;
            if (i < count && Clock::now() - lastReport >= kProgressEvery) {
                lastReport = Clock::now();
                if (!send({MsgType::progress, {i, divisions, 0, primes}}))
                    return 4;
            }
        }
        return finish(count, divisions, 0, primes);
    }

    int finish(std::uint64_t items, std::uint64_t cost, std::uint64_t hits, std::uint64_t primes)
    {
        return send({MsgType::result, {items, cost, hits, primes}}) ? -1 : 4;
    }

    bool send(const Message& m) { return out_.send(m); }

    static int fail(const std::string& why)
    {
        std::fprintf(stderr, "parlab-worker %d: %s\n", static_cast<int>(::getpid()), why.c_str());
        return 3;
    }

    detail::WorkerChannel out_;
    std::optional<PrimesParams> params_;
    std::optional<ItemOrder> order_;
};

} // namespace

int workerMain(int argc, char** argv)
{
    // Die with the parent even while computing (the job pipe's EOF is only seen between jobs).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    std::signal(SIGINT, SIG_IGN); // Ctrl+C is the parent's to handle: it stops its workers
    long heartbeatMs = 1000;
    if (argc == 5 && std::strcmp(argv[3], "--heartbeat") == 0) {
        char* end = nullptr;
        heartbeatMs = std::strtol(argv[4], &end, 10);
        if (*end != '\0' || heartbeatMs < 1 || heartbeatMs > 3'600'000)
            heartbeatMs = 0;
    } else if (argc != 3) {
        heartbeatMs = 0;
    }
    if (heartbeatMs == 0 || std::strcmp(argv[1], "--parent") != 0) {
        std::fprintf(stderr,
                     "usage: parlab-worker --parent PID [--heartbeat MS] (started by parlab's processes backend)\n");
        return 2;
    }
    const long parent = std::strtol(argv[2], nullptr, 10);
    if (parent <= 1 || ::getppid() != static_cast<pid_t>(parent))
        return 0; // the parent died before the death signal was armed
    return Worker(std::chrono::milliseconds(heartbeatMs)).run();
}

} // namespace parlab
