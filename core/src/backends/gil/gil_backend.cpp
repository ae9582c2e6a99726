/// @file gil_backend.cpp
/// @brief The gil-threads backend: N std::threads that compute only while holding one Gil.
///
/// Pure-Python-shaped work (the scalar π loop, trial division) runs entirely under the lock and
/// checks the drop request between small units (1 024 darts, one number), as CPython's eval loop
/// checks its eval breaker between bytecodes. The batched π kernel behaves like numpy: the lock
/// is held while the random numbers are drawn (hashed into a buffer) and let go during the
/// vector maths (the hit test on that buffer).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/chunk_dispenser.h"
#include "backends/gil/gil.h"
#include "backends/job_queue.h"
#include "parlab/cancel_token.h"
#include "parlab/prime_check.h"
#include "kernels/pi_kernels.h"
#include "backends/tally.h"

#include <atomic>
#include <thread>

namespace parlab::detail {

namespace {

constexpr std::uint64_t kScalarUnit = 1024;        // darts between two drop-request checks
constexpr std::uint64_t kBatchedUnit = 1u << 20;   // darts per "numpy call" (8 MiB of coordinates)
constexpr std::uint64_t kReportEvery = 1u << 16;   // darts between telemetry updates

std::chrono::nanoseconds interval(double ms)
{
    return std::chrono::nanoseconds(static_cast<std::int64_t>(ms * 1e6));
}

template <typename Body>
void runThreads(int workers, Body&& body)
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

// Darts [from, from+n) (n ≤ kBatchedUnit) the numpy way; called and returns holding the lock.
std::uint64_t batchedUnit(Gil& gil, std::uint64_t seed, std::uint64_t from, std::uint64_t n, std::uint32_t* xs,
                          std::uint32_t* ys)
{
    gil.enterCompute();
    for (std::uint64_t i = from; i < from + n;) {  // never cross a 2^32-dart key block
        const std::uint64_t end = std::min(from + n, ((i >> 32) + 1) << 32);
        drawDarts(dartKeys(seed, i >> 32), static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end - i),
                  xs + (i - from), ys + (i - from));
        i = end;
    }
    gil.leaveCompute();
    gil.release();  // numpy drops the GIL around the array arithmetic
    const std::uint64_t h = hitsOfDarts(xs, ys, static_cast<std::uint32_t>(n));
    gil.acquire();
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
    std::atomic<std::uint64_t> nextBlock{0};

    const auto body = [&](int w) {
        Tally& t = tally[static_cast<std::size_t>(w)];
        std::vector<std::uint32_t> xs, ys;
        if (p.kernel == Kernel::batched) {
            xs.resize(kBatchedUnit);
            ys.resize(kBatchedUnit);
        }
        GilHold hold(gil);
        for (;;) {
            const std::uint64_t b = nextBlock.fetch_add(1, std::memory_order_relaxed);
            if (b >= blocks || cancel.cancelled())
                return;
            const PiBlock blk = piBlock(p.samples, blocks, p.seeding, b);
            const auto t0 = std::chrono::steady_clock::now();
            const std::int64_t startNs = telemetry ? telemetry->nowNs() : 0;
            if (telemetry)
                telemetry->chunkStarted(w, startNs);
            std::uint64_t done = 0, hits = 0, pendItems = 0, pendHits = 0;
            while (done < blk.size && !cancel.cancelled()) {
                const std::uint64_t from = blk.base + done;
                std::uint64_t n, h;
                if (p.kernel == Kernel::scalar) {
                    n = std::min(kScalarUnit, blk.size - done);
                    gil.enterCompute();
                    h = countHits(Kernel::scalar, p.seed, from, from + n);
                    gil.leaveCompute();
                    if (gil.dropRequested())
                        gil.yield();
                } else {
                    n = std::min(kBatchedUnit, blk.size - done);
                    h = batchedUnit(gil, p.seed, from, n, xs.data(), ys.data());
                }
                done += n;
                hits += h;
                pendItems += n;
                pendHits += h;
                if (telemetry && (pendItems >= kReportEvery || done == blk.size)) {
                    sampleDarts(*telemetry, w, p.seed, from + n - pendItems, pendItems, stride);
                    telemetry->progress(w, pendItems, 0, pendHits, 0);
                    pendItems = pendHits = 0;
                }
            }
            if (telemetry && pendItems)
                telemetry->progress(w, pendItems, 0, pendHits, 0);
            t.items += done;
            t.hits += hits;
            ++t.chunks;
            t.busyNs += nsSince(t0);
            if (telemetry)
                telemetry->chunkFinished(w, ChunkEvent{static_cast<std::uint32_t>(w), startNs, telemetry->nowNs(),
                                                       blk.begin, done, done});
        }
    };

    const auto start = std::chrono::steady_clock::now();
    runThreads(p.workers, body);
    result.seconds = static_cast<double>(nsSince(start)) * 1e-9;
    if (telemetry)
        telemetry->finish();
    fillResult(result, tally);
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

    // One chunk under the lock, number by number; false when cancelled part-way.
    const auto runChunk = [&](int w, const Chunk& c) {
        Tally& t = tally[static_cast<std::size_t>(w)];
        const auto t0 = std::chrono::steady_clock::now();
        const std::int64_t startNs = telemetry ? telemetry->nowNs() : 0;
        if (telemetry)
            telemetry->chunkStarted(w, startNs);
        std::uint64_t done = 0, divisions = 0, pendItems = 0, pendDiv = 0, pendPrimes = 0;
        for (std::uint64_t k = c.k0; k < c.k0 + c.count && !cancel.cancelled(); ++k) {
            gil.enterCompute();
            const PrimeCheck pc = checkPrime(order.at(k), &cancel);
            gil.leaveCompute();
            if (pc.cancelled)
                break;
            ++done;
            divisions += pc.divisions;
            t.primes += pc.prime ? 1 : 0;
            ++pendItems;
            pendDiv += pc.divisions;
            pendPrimes += pc.prime ? 1 : 0;
            if (telemetry && (pendDiv >= 4096 || pendItems >= 256)) {
                telemetry->progress(w, pendItems, pendDiv, 0, pendPrimes);
                pendItems = pendDiv = pendPrimes = 0;
            }
            if (gil.dropRequested())
                gil.yield();
        }
        t.items += done;
        t.divisions += divisions;
        ++t.chunks;
        t.busyNs += nsSince(t0);
        if (telemetry) {
            telemetry->progress(w, pendItems, pendDiv, 0, pendPrimes);
            telemetry->chunkFinished(w, ChunkEvent{static_cast<std::uint32_t>(w), startNs, telemetry->nowNs(),
                                                   order.at(c.k0), done, divisions});
        }
    };

    const auto body = [&](int w) {
        GilHold hold(gil);
        for (;;) {
            if (queued) {
                // queue.get(): a blocking read lets go of the GIL while it waits.
                std::optional<Job> job = queue.tryPop();
                if (!job) {
                    gil.release();
                    job = queue.pop();
                    gil.acquire();
                }
                if (job->pill) {
                    pills.fetch_add(1, std::memory_order_relaxed);
                    return;
                }
                if (!cancel.cancelled())  // after a cancel, drain to the pill without working
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
    result.seconds = static_cast<double>(nsSince(start)) * 1e-9;
    if (telemetry)
        telemetry->finish();
    fillResult(result, tally);
    fillGilStats(result.backendStats, gil);
    result.backendStats.pills = pills.load();
    return result;
}

} // namespace parlab::detail
