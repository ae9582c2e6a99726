/// @file primes.cpp
/// @brief Checking a range for primes on oneTBB under the static, chunked and auto schedules.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/primes.h"

#include "parlab/cancel_token.h"
#include "parlab/error.h"
#include "parlab/prime_check.h"
#include "parlab/telemetry.h"
#include "backends/job_queue.h"
#include "backends/tally.h"
#include "backends/tbb/tbb_workers.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>

namespace parlab {

namespace {

struct alignas(64) PaddedCounter {
    std::atomic<std::uint64_t> next{0};
};

using detail::Tally;

// Checks positions [k0, k0+count) of the order as one chunk of worker w; returns false when
// cancelled part-way. Telemetry is flushed every few thousand divisions, not per number.
class ChunkRunner {
public:
    ChunkRunner(const ItemOrder& order, Telemetry* telemetry, const CancelToken& cancel)
        : order_(order), telemetry_(telemetry), cancel_(cancel)
    {
    }

    bool run(int w, Tally& t, std::uint64_t k0, std::uint64_t count) const
    {
        const auto t0 = std::chrono::steady_clock::now();
        const std::int64_t startNs = telemetry_ ? telemetry_->nowNs() : 0;
        if (telemetry_)
            telemetry_->chunkStarted(w, startNs);
        std::uint64_t done = 0, divisions = 0, primes = 0;
        std::uint64_t pendItems = 0, pendDiv = 0, pendPrimes = 0;
        bool completed = true;
        for (std::uint64_t k = k0; k < k0 + count; ++k) {
            if (cancel_.cancelled()) {
                completed = false;
                break;
            }
            const PrimeCheck c = checkPrime(order_.at(k), &cancel_);
            if (c.cancelled) {
                completed = false;
                break;
            }
            ++done;
            divisions += c.divisions;
            primes += c.prime ? 1 : 0;
            ++pendItems;
            pendDiv += c.divisions;
            pendPrimes += c.prime ? 1 : 0;
            if (telemetry_ && (pendDiv >= 4096 || pendItems >= 256)) {
                telemetry_->progress(w, pendItems, pendDiv, 0, pendPrimes);
                pendItems = pendDiv = pendPrimes = 0;
            }
        }
        t.items += done;
        t.divisions += divisions;
        t.primes += primes;
        t.chunks += 1;
        t.busyNs += detail::nsSince(t0);
        if (telemetry_) {
            telemetry_->progress(w, pendItems, pendDiv, 0, pendPrimes);
            telemetry_->chunkFinished(
                w, ChunkEvent{static_cast<std::uint32_t>(w), startNs, telemetry_->nowNs(), order_.at(k0), done, divisions});
        }
        return completed;
    }

private:
    const ItemOrder& order_;
    Telemetry* telemetry_;
    const CancelToken& cancel_;
};

} // namespace

std::uint64_t rangeSize(const PrimesParams& p) noexcept
{
    return p.last >= p.first ? p.last - p.first + 1 : 0;
}

std::uint64_t defaultChunksize(std::uint64_t n, int workers) noexcept
{
    const std::uint64_t parts = 4 * static_cast<std::uint64_t>(std::max(1, workers));
    return std::max<std::uint64_t>(1, (n + parts - 1) / parts);
}

std::uint64_t resolvedChunksize(const PrimesParams& p) noexcept
{
    const std::uint64_t n = rangeSize(p);
    switch (p.schedule) {
    case Schedule::static_: return std::max<std::uint64_t>(1, (n + p.workers - 1) / std::max(1, p.workers));
    case Schedule::chunked: return p.chunksize ? p.chunksize : defaultChunksize(n, p.workers);
    case Schedule::auto_: return std::max<std::uint64_t>(1, p.grainsize);
    case Schedule::queue: return std::max<std::uint64_t>(1, p.chunksize);
    }
    return 1;
}

std::uint64_t chunkCount(const PrimesParams& p) noexcept
{
    const std::uint64_t n = rangeSize(p);
    if (p.schedule == Schedule::static_)
        return std::min<std::uint64_t>(n, static_cast<std::uint64_t>(std::max(1, p.workers)));
    const std::uint64_t c = resolvedChunksize(p);
    return (n + c - 1) / c;
}

void validate(const PrimesParams& p)
{
    if (p.workers < 1 || p.workers > 256)
        throw InvalidParameter("workers", "must be 1…256 (got " + std::to_string(p.workers) + ")");
    if (p.last > kMaxPrimeCandidate)
        throw InvalidParameter("to", "must be at most 2^53 = 9007199254740992 (got " + std::to_string(p.last) + ")");
    if (p.first > p.last)
        throw InvalidParameter("from", "must not exceed to (from " + std::to_string(p.first) + ", to " + std::to_string(p.last) + ")");
    if (p.chunksize > kMaxPrimeCandidate)
        throw InvalidParameter("chunksize", "must be 0 (default) … 2^53 (got " + std::to_string(p.chunksize) + ")");
    if (p.grainsize > kMaxPrimeCandidate)
        throw InvalidParameter("grainsize", "must be 0 (default) … 2^53 (got " + std::to_string(p.grainsize) + ")");
    if (!(p.switchIntervalMs >= 0.01 && p.switchIntervalMs <= 1000))
        throw InvalidParameter("switch-interval", "must be 0.01…1000 ms (got " + std::to_string(p.switchIntervalMs) + ")");
    if (!(p.livenessSeconds >= 0.01 && p.livenessSeconds <= 3600))
        throw InvalidParameter("liveness", "must be 0.01…3600 s (got " + std::to_string(p.livenessSeconds) + ")");
}

PrimesResult runPrimes(const PrimesParams& params, Telemetry* telemetry, const CancelToken& cancel)
{
    validate(params);
    PrimesResult result;
    result.params = params;
    if (params.schedule == Schedule::chunked || params.schedule == Schedule::queue)
        result.params.chunksize = resolvedChunksize(params);
    const int workers = params.workers;
    const std::uint64_t n = rangeSize(params);
    if (telemetry && telemetry->workers() != workers)
        throw Error("telemetry is sized for " + std::to_string(telemetry->workers()) + " workers, the run has " +
                    std::to_string(workers));
    if (params.backend == Backend::gil_threads)
        return detail::runPrimesGil(result.params, telemetry, cancel);
    if (params.backend == Backend::processes)
        return detail::runPrimesProcesses(result.params, telemetry, cancel);

    const ItemOrder order(params);
    const ChunkRunner chunk(order, telemetry, cancel);
    std::vector<Tally> tally(static_cast<std::size_t>(workers));
    PaddedCounter nextChunk;
    std::atomic<std::uint64_t> pills{0};
    detail::TbbWorkers pool(workers);

    const auto start = std::chrono::steady_clock::now();
    switch (params.schedule) {
    case Schedule::static_:
        pool.forEachWorker([&](int w) {
            const std::uint64_t b = n * static_cast<std::uint64_t>(w) / static_cast<std::uint64_t>(workers);
            const std::uint64_t e = n * static_cast<std::uint64_t>(w + 1) / static_cast<std::uint64_t>(workers);
            if (e > b)
                chunk.run(w, tally[static_cast<std::size_t>(w)], b, e - b);
        });
        break;
    case Schedule::chunked: {
        const std::uint64_t size = resolvedChunksize(params);
        const std::uint64_t chunks = (n + size - 1) / size;
        pool.forEachWorker([&](int w) {
            for (;;) {
                const std::uint64_t c = nextChunk.next.fetch_add(1, std::memory_order_relaxed);
                if (c >= chunks)
                    return;
                const std::uint64_t b = c * size;
                if (!chunk.run(w, tally[static_cast<std::size_t>(w)], b, std::min(size, n - b)))
                    return;
            }
        });
        break;
    }
    case Schedule::auto_: {
        const std::uint64_t grain = resolvedChunksize(params);
        pool.execute([&] {
            tbb::parallel_for(
                tbb::blocked_range<std::uint64_t>(0, n, grain),
                [&](const tbb::blocked_range<std::uint64_t>& r) {
                    if (cancel.cancelled())
                        return;
                    const int w = detail::TbbWorkers::currentWorker();
                    chunk.run(w, tally[static_cast<std::size_t>(w)], r.begin(), r.size());
                },
                tbb::auto_partitioner());
        });
        break;
    }
    case Schedule::queue: {
        // Process-style workers, one task each, blocking on the queue; a task ends on its pill.
        // Blocking inside a task is safe here: the feeder is a plain thread, and a pill ends
        // exactly one task, so even one thread running every task in turn finishes.
        detail::JobQueue queue(detail::queueCapacity(workers), telemetry);
        detail::Feeder feeder(queue, n, resolvedChunksize(params), workers, cancel);
        pool.forEachWorker([&](int w) {
            for (;;) {
                const detail::Job job = queue.pop();
                if (job.pill) {
                    pills.fetch_add(1, std::memory_order_relaxed);
                    return;
                }
                if (!cancel.cancelled())  // after a cancel, drain to the pill without working
                    chunk.run(w, tally[static_cast<std::size_t>(w)], job.chunk.k0, job.chunk.count);
            }
        });
        break;
    }
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (telemetry)
        telemetry->finish();

    detail::fillResult(result, tally);
    result.backendStats.pills = pills.load();
    return result;
}

} // namespace parlab
