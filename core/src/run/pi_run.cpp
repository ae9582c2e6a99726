/// @file pi.cpp
/// @brief π by Monte Carlo on oneTBB: blocks of darts taken by idle workers, counted per worker.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/pi.h"

#include "parlab/cancel_token.h"
#include "parlab/error.h"
#include "parlab/telemetry.h"
#include "kernels/pi_kernels.h"
#include "backends/tally.h"
#include "backends/tbb/tbb_workers.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>

namespace parlab {

namespace {

// Darts between two polls of the cancel token and two telemetry updates: ~50 µs of work for the
// batched kernel, ~250 µs for the scalar one.
constexpr std::uint64_t kBatch = 1u << 16;

struct alignas(64) PaddedCounter {
    std::atomic<std::uint64_t> next{0};
};

} // namespace

std::uint64_t resolvedBlocks(const PiParams& p) noexcept
{
    // The default (one block per worker) must not ask for more blocks than there are darts:
    // `--samples 1` on two workers is one block, not an error about an option nobody gave.
    if (p.blocks != 0)
        return p.blocks;
    return std::max<std::uint64_t>(1, std::min(static_cast<std::uint64_t>(std::max(1, p.workers)), p.samples));
}

void validate(const PiParams& p)
{
    if (p.samples < 1 || p.samples > kMaxPiSamples)
        throw InvalidParameter("samples", "must be 1…1e11 (got " + std::to_string(p.samples) + ")");
    if (p.workers < 1 || p.workers > kMaxWorkers)
        throw InvalidParameter("workers", "must be 1…256 (got " + std::to_string(p.workers) + ")");
    const std::uint64_t blocks = resolvedBlocks(p);
    if (blocks > kMaxPiBlocks)
        throw InvalidParameter("blocks", "must be 1…1e7 (got " + std::to_string(blocks) + ")");
    if (blocks > p.samples)
        throw InvalidParameter("blocks", "must not exceed samples (" + std::to_string(blocks) + " blocks for " +
                    std::to_string(p.samples) + " darts)");
    if (!(p.switchIntervalMs >= 0.01 && p.switchIntervalMs <= 1000))
        throw InvalidParameter("switch-interval", "must be 0.01…1000 ms (got " + std::to_string(p.switchIntervalMs) + ")");
    if (!(p.livenessSeconds >= 0.01 && p.livenessSeconds <= 3600))
        throw InvalidParameter("liveness", "must be 0.01…3600 s (got " + std::to_string(p.livenessSeconds) + ")");
}

std::uint64_t countHits(Kernel kernel, std::uint64_t seed, std::uint64_t begin, std::uint64_t end)
{
    std::uint64_t hits = 0;
    while (begin < end) {
        // Darts share keys within a 2^32 block; never let one call cross a block boundary.
        const std::uint64_t hi = begin >> 32;
        const std::uint64_t blockEnd = std::min(end, (hi + 1) << 32);
        const auto lo = static_cast<std::uint32_t>(begin);
        const auto count = static_cast<std::uint32_t>(blockEnd - begin);
        const DartKeys keys = dartKeys(seed, hi);
        hits += kernel == Kernel::batched ? detail::hitsBatched(keys, lo, count) : detail::hitsScalar(keys, lo, count);
        begin = blockEnd;
    }
    return hits;
}

PiResult runPi(const PiParams& params, Telemetry* telemetry, const CancelToken& cancel)
{
    validate(params);
    PiResult result;
    result.params = params;
    result.params.blocks = resolvedBlocks(params);
    const int workers = params.workers;
    const std::uint64_t blocks = result.params.blocks;
    const std::uint64_t samples = params.samples;
    if (telemetry && (telemetry->workers() != workers))
        throw Error("telemetry is sized for " + std::to_string(telemetry->workers()) + " workers, the run has " +
                    std::to_string(workers));
    if (params.backend == Backend::gil_threads)
        return detail::runPiGil(result.params, telemetry, cancel);
    if (params.backend == Backend::processes)
        return detail::runPiProcesses(result.params, telemetry, cancel);

    const std::uint64_t stride = detail::dartStride(samples, telemetry);
    std::vector<detail::Tally> tally(static_cast<std::size_t>(workers));
    PaddedCounter nextBlock;
    detail::TbbWorkers pool(workers);

    const auto body = [&](int w) {
        detail::Tally& t = tally[static_cast<std::size_t>(w)];
        for (;;) {
            const std::uint64_t b = nextBlock.next.fetch_add(1, std::memory_order_relaxed);
            if (b >= blocks || cancel.cancelled())
                return;
            // Block b holds darts [begin, end); balanced sizes, remainder spread over the first.
            // With identical seeding every block replays darts 0…size−1: the forked-RNG pitfall.
            const auto [begin, size, base] = detail::piBlock(samples, blocks, params.seeding, b);
            const auto t0 = std::chrono::steady_clock::now();
            const std::int64_t startNs = telemetry ? telemetry->nowNs() : 0;
            if (telemetry)
                telemetry->chunkStarted(w, startNs);
            std::uint64_t done = 0, hits = 0;
            while (done < size && !cancel.cancelled()) {
                const std::uint64_t n = std::min(kBatch, size - done);
                const std::uint64_t from = base + done;
                const std::uint64_t h = countHits(params.kernel, params.seed, from, from + n);
                if (telemetry) {
                    detail::sampleDarts(*telemetry, w, params.seed, from, n, stride);
                    telemetry->progress(w, n, 0, h, 0);
                }
                done += n;
                hits += h;
            }
            t.items += done;
            t.hits += hits;
            ++t.chunks;
            t.busyNs += detail::nsSince(t0);
            if (telemetry)
                telemetry->chunkFinished(w, ChunkEvent{static_cast<std::uint32_t>(w), startNs, telemetry->nowNs(),
                                                       begin, done, done});
        }
    };

    const auto start = std::chrono::steady_clock::now();
    pool.forEachWorker(body);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (telemetry)
        telemetry->finish();

    detail::fillResult(result, tally);
    return result;
}

} // namespace parlab
