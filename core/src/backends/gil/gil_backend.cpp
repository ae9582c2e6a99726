/// @file gil_backend.cpp
/// @brief The gil-threads backend: N std::threads that compute only while holding one Gil.
///
/// Pure-Python-shaped work (the scalar π loop, trial division) runs entirely under the lock and
/// checks the drop request between small units (1 024 darts, one number), as CPython's eval loop
/// checks its eval breaker between bytecodes. The batched π kernel behaves like numpy: the lock
/// is held while the random numbers are drawn (hashed into a buffer) and let go during the
/// vector maths (the hit test on that buffer).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/backends.h"
#include "backends/chunk_dispenser.h"
#include "backends/chunk_runner.h"
#include "backends/gil/gil.h"
#include "backends/job_queue.h"
#include "backends/piece_counter.h"
#include "kernels/pi_kernels.h"

#include <atomic>
#include <optional>
#include <thread>
#include <utility>

namespace parlab::detail {

namespace {

constexpr std::uint64_t kScalarUnit = 1024;      // darts between two drop-request checks
constexpr std::uint64_t kBatchedUnit = 1u << 20; // darts per "numpy call" (8 MiB of coordinates)

std::chrono::nanoseconds interval(double ms)
{
    return std::chrono::nanoseconds(static_cast<std::int64_t>(ms * 1e6));
}

template <typename Body> void runThreads(int workers, Body&& body)
{
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(workers));
    for (int w = 0; w < workers; ++w)
        threads.emplace_back(body, w);
    for (auto& t : threads)
        t.join();
}

void fillGilStats(BackendStats& s, const Gil& gil)
{
    s.gilSwitches = gil.switches();
    s.gilDropRequests = gil.dropRequests();
    s.gilMaxHolders = gil.maxConcurrent();
}

// Runs f (a wait for the lock) and reports how long worker w waited: waiting is not working, and
// the timeline and the bars show it apart from the work it interrupts.
template <typename F> void timedWait(Telemetry* t, int w, F&& f)
{
    if (!t) {
        f();
        return;
    }
    const std::int64_t t0 = t->nowNs();
    f();
    t->lockWaited(w, t0, t->nowNs());
}

// Darts [from, from+n) (n ≤ kBatchedUnit) the numpy way; called and returns holding the lock.
std::uint64_t batchedUnit(Gil& gil, Telemetry* t, int w, std::uint64_t seed, std::uint64_t from, std::uint64_t n,
                          std::uint32_t* xs, std::uint32_t* ys)
{
    gil.enterCompute();
    for (std::uint64_t i = from; i < from + n;) { // never cross a 2^32-dart key block
        const std::uint64_t end = std::min(from + n, ((i >> 32) + 1) << 32);
        drawDarts(dartKeys(seed, i >> 32), static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end - i),
                  xs + (i - from), ys + (i - from));
        i = end;
    }
    gil.leaveCompute();
    gil.release(); // numpy drops the GIL around the array arithmetic
    const std::uint64_t h = hitsOfDarts(xs, ys, static_cast<std::uint32_t>(n));
    timedWait(t, w, [&] { gil.acquire(); });
    return h;
}

} // namespace

PiResult runPiGil(const PiParams& p, Telemetry* telemetry, const CancelToken& cancel)
{
    PiResult result;
    result.params = p;
    const std::uint64_t blocks = p.blocks;
    const std::uint64_t stride = dartStride(p.samples, telemetry);
    Gil gil(interval(p.switchIntervalMs));
    std::vector<Tally> tally(static_cast<std::size_t>(p.workers));
    PieceCounter pieces(blocks, p.workers);

    const ChunkRunner chunk(telemetry, cancel);

    const auto body = [&](int w) {
        std::vector<std::uint32_t> xs, ys;
        if (p.kernel == Kernel::batched) {
            xs.resize(kBatchedUnit);
            ys.resize(kBatchedUnit);
        }
        // Pure-Python shape: a small unit under the lock, then the eval breaker's check.
        const auto scalarUnit = [&](std::uint64_t from, std::uint64_t most) {
            const std::uint64_t n = std::min(kScalarUnit, most);
            gil.enterCompute();
            const std::uint64_t h = countHits(Kernel::scalar, p.seed, from, from + n);
            gil.leaveCompute();
            if (gil.dropRequested())
                timedWait(telemetry, w, [&] { gil.yield(); });
            return std::pair{n, h};
        };
        const auto numpyUnit = [&](std::uint64_t from, std::uint64_t most) {
            const std::uint64_t n = std::min(kBatchedUnit, most);
            return std::pair{n, batchedUnit(gil, telemetry, w, p.seed, from, n, xs.data(), ys.data())};
        };
        timedWait(telemetry, w, [&] { gil.acquire(); });
        GilHold hold(gil, GilHold::adopt);
        std::uint64_t b = 0;
        while (pieces.next(w, b)) {
            if (cancel.cancelled())
                return;
            Tally& t = tally[static_cast<std::size_t>(w)];
            const PiBlock blk = piBlock(p.samples, blocks, p.seeding, b);
            if (p.kernel == Kernel::scalar)
                chunk.pi(w, t, blk, p.seed, stride, scalarUnit);
            else
                chunk.pi(w, t, blk, p.seed, stride, numpyUnit);
        }
    };

    const auto start = std::chrono::steady_clock::now();
    runThreads(p.workers, body);
    finishRun(result, tally, telemetry, start);
    fillGilStats(result.backendStats, gil);
    return result;
}

PrimesResult runPrimesGil(const PrimesParams& p, Telemetry* telemetry, const CancelToken& cancel)
{
    PrimesResult result;
    result.params = p;
    const std::uint64_t n = rangeSize(p);
    const ItemOrder order(p);
    Gil gil(interval(p.switchIntervalMs));
    std::vector<Tally> tally(static_cast<std::size_t>(p.workers));
    ChunkDispenser dispenser(p);
    const bool queued = p.schedule == Schedule::queue;
    JobQueue queue(queueCapacity(p.workers), telemetry);
    std::atomic<std::uint64_t> pills{0};

    // One chunk under the lock, number by number, with the eval breaker's check after each.
    const ChunkRunner chunk(telemetry, cancel);
    const auto runChunk = [&](int w, const Chunk& c) {
        const auto check = [&, w](std::uint64_t number) {
            gil.enterCompute();
            const PrimeCheck pc = checkPrime(p.kernel, number, &cancel);
            gil.leaveCompute();
            if (gil.dropRequested())
                timedWait(telemetry, w, [&] { gil.yield(); });
            return pc;
        };
        chunk.primes(w, tally[static_cast<std::size_t>(w)], order, c.k0, c.count, check);
    };

    const auto body = [&](int w) {
        timedWait(telemetry, w, [&] { gil.acquire(); });
        GilHold hold(gil, GilHold::adopt);
        for (;;) {
            if (queued) {
                // queue.get(): a blocking read lets go of the GIL while it waits.
                std::optional<Job> job = queue.tryPop();
                if (!job) {
                    gil.release();
                    job = queue.pop();
                    timedWait(telemetry, w, [&] { gil.acquire(); });
                }
                if (job->pill) {
                    pills.fetch_add(1, std::memory_order_relaxed);
                    return;
                }
                if (!cancel.cancelled()) // after a cancel, drain to the pill without working
                    runChunk(w, job->chunk);
            } else {
                Chunk c;
                if (cancel.cancelled() || !dispenser.next(w, c))
                    return;
                runChunk(w, c);
            }
        }
    };

    const auto start = std::chrono::steady_clock::now();
    if (queued) {
        Feeder feeder(queue, n, resolvedChunksize(p), p.workers, cancel);
        runThreads(p.workers, body);
    } else {
        runThreads(p.workers, body);
    }
    finishRun(result, tally, telemetry, start);
    fillGilStats(result.backendStats, gil);
    result.backendStats.pills = pills.load();
    return result;
}

} // namespace parlab::detail
