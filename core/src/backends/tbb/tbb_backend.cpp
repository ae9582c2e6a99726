/// @file tbb_backend.cpp
/// @brief The tbb backend: π blocks and primes chunks on oneTBB under every schedule.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/backends.h"
#include "backends/chunk_runner.h"
#include "backends/job_queue.h"
#include "backends/piece_counter.h"
#include "backends/tbb/tbb_workers.h"

#include <atomic>
#include <chrono>
#include <utility>

namespace parlab::detail {

namespace {

// Darts between two polls of the cancel token: ~50 µs of work for the batched kernel, ~250 µs
// for the scalar one.
constexpr std::uint64_t kBatch = 1u << 16;

} // namespace

PiResult runPiTbb(const PiParams& p, Telemetry* telemetry, const CancelToken& cancel)
{
    PiResult result;
    result.params = p;
    const std::uint64_t stride = dartStride(p.samples, telemetry);
    const ChunkRunner chunk(telemetry, cancel);
    std::vector<Tally> tally(static_cast<std::size_t>(p.workers));
    PieceCounter blocks(p.blocks, p.workers);
    TbbWorkers pool(p.workers);

    const auto unit = [&](std::uint64_t from, std::uint64_t most) {
        const std::uint64_t n = std::min(kBatch, most);
        return std::pair{n, countHits(p.kernel, p.seed, from, from + n)};
    };
    const auto start = std::chrono::steady_clock::now();
    pool.forEachWorker([&](int w) {
        std::uint64_t b = 0;
        while (blocks.next(w, b)) {
            if (cancel.cancelled())
                return;
            chunk.pi(w, tally[static_cast<std::size_t>(w)], piBlock(p.samples, p.blocks, p.seeding, b), p.seed, stride,
                     unit);
        }
    });
    finishRun(result, tally, telemetry, start);
    return result;
}

PrimesResult runPrimesTbb(const PrimesParams& p, Telemetry* telemetry, const CancelToken& cancel)
{
    PrimesResult result;
    result.params = p;
    const int workers = p.workers;
    const std::uint64_t n = rangeSize(p);
    const ItemOrder order(p);
    const ChunkRunner chunk(telemetry, cancel);
    std::vector<Tally> tally(static_cast<std::size_t>(workers));
    std::atomic<std::uint64_t> pills{0};
    TbbWorkers pool(workers);
    const auto run = [&](int w, std::uint64_t k0, std::uint64_t count) {
        return chunk.primes(w, tally[static_cast<std::size_t>(w)], order, k0, count, p.kernel);
    };

    const auto start = std::chrono::steady_clock::now();
    switch (p.schedule) {
    case Schedule::static_:
        pool.forEachWorker([&](int w) {
            const std::uint64_t b = n * static_cast<std::uint64_t>(w) / static_cast<std::uint64_t>(workers);
            const std::uint64_t e = n * static_cast<std::uint64_t>(w + 1) / static_cast<std::uint64_t>(workers);
            if (e > b)
                run(w, b, e - b);
        });
        break;
    case Schedule::chunked: {
        const std::uint64_t size = resolvedChunksize(p);
        PieceCounter chunks((n + size - 1) / size, workers);
        pool.forEachWorker([&](int w) {
            std::uint64_t c = 0;
            while (chunks.next(w, c)) {
                const std::uint64_t b = c * size;
                if (!run(w, b, std::min(size, n - b)))
                    return;
            }
        });
        break;
    }
    case Schedule::auto_: {
        const std::uint64_t grain = resolvedChunksize(p);
        pool.execute([&] {
            tbb::parallel_for(
                tbb::blocked_range<std::uint64_t>(0, n, grain),
                [&](const tbb::blocked_range<std::uint64_t>& r) {
                    if (!cancel.cancelled())
                        run(TbbWorkers::currentWorker(), r.begin(), r.size());
                },
                tbb::auto_partitioner());
        });
        break;
    }
    case Schedule::queue: {
        // Process-style workers, one task each, blocking on the queue; a task ends on its pill.
        // Blocking inside a task is safe here: the feeder is a plain thread, and a pill ends
        // exactly one task, so even one thread running every task in turn finishes.
        JobQueue queue(queueCapacity(workers), telemetry);
        Feeder feeder(queue, n, resolvedChunksize(p), workers, cancel);
        pool.forEachWorker([&](int w) {
            for (;;) {
                const Job job = queue.pop();
                if (job.pill) {
                    pills.fetch_add(1, std::memory_order_relaxed);
                    return;
                }
                if (!cancel.cancelled()) // after a cancel, drain to the pill without working
                    run(w, job.chunk.k0, job.chunk.count);
            }
        });
        break;
    }
    }
    finishRun(result, tally, telemetry, start);
    result.backendStats.pills = pills.load();
    return result;
}

} // namespace parlab::detail
