/// @file chunk_runner.h
/// @brief The per-chunk bookkeeping every backend shares: one chunk's telemetry and tally.
///
/// A chunk is the unit the timeline shows: it starts on the telemetry clock, reports progress in
/// batches (never per dart or per number), and ends as one chunk event plus one addition to the
/// worker's tally. Every backend does this through ChunkSpan, and the threaded backends (tbb,
/// gil-threads) run whole chunks through ChunkRunner, so a chunk means the same on all of them;
/// a backend only says how one unit of work is done (the GIL backend holds its lock for it).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/tally.h"
#include "kernels/pi_block.h"
#include "parlab/cancel_token.h"
#include "parlab/dart_hash.h"
#include "parlab/estimate_checkpoints.h"
#include "parlab/prime_check.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <utility>

namespace parlab::detail {

/// Every stride-th dart by index goes into the sample, so the board fills evenly as the run goes.
inline std::uint64_t dartStride(std::uint64_t samples, const Telemetry* t) noexcept
{
    return std::max<std::uint64_t>(1, samples / (t ? 65536 : 1));
}

/// Records the sampled darts among [from, from+n) for worker w (pure functions of seed and index).
inline void sampleDarts(Telemetry& t, int w, std::uint64_t seed, std::uint64_t from, std::uint64_t n,
                        std::uint64_t stride)
{
    for (std::uint64_t i = (from + stride - 1) / stride * stride; i < from + n; i += stride) {
        const Dart24 d = dartAt(dartKeys(seed, i >> 32), static_cast<std::uint32_t>(i));
        t.recordDart(w, d.x, d.y, dartHits(d));
    }
}

/// What one chunk did, for the tally.
struct ChunkCounts {
    std::uint64_t items = 0, divisions = 0, hits = 0, primes = 0;
};

/// One chunk from its start to its end. The processes backend starts it when it sends a job and
/// finishes it when the result arrives (so communication is part of the chunk).
class ChunkSpan {
  public:
    ChunkSpan() = default;
    ChunkSpan(Telemetry* t, int w) noexcept
        : t_(t), w_(w), t0_(std::chrono::steady_clock::now()), startNs_(t ? t->nowNs() : 0)
    {
        if (t_)
            t_->chunkStarted(w_, startNs_);
    }

    /// Adds the chunk to the worker's tally and reports it as one event: `first` is the first item
    /// (dart index or number), `cost` the darts or trial divisions it took.
    void finish(Tally& tally, const ChunkCounts& c, std::uint64_t first, std::uint64_t cost) const noexcept
    {
        tally.items += c.items;
        tally.divisions += c.divisions;
        tally.hits += c.hits;
        tally.primes += c.primes;
        ++tally.chunks;
        tally.busyNs += nsSince(t0_);
        if (t_)
            t_->chunkFinished(w_,
                              ChunkEvent{static_cast<std::uint32_t>(w_), startNs_, t_->nowNs(), first, c.items, cost});
    }

  private:
    Telemetry* t_ = nullptr;
    int w_ = 0;
    std::chrono::steady_clock::time_point t0_{};
    std::int64_t startNs_ = 0;
};

/// Runs whole chunks on the calling thread, polling the cancel token between units of work.
class ChunkRunner {
  public:
    ChunkRunner(Telemetry* telemetry, const CancelToken& cancel) noexcept : t_(telemetry), cancel_(cancel) {}

    /// Checks positions [k0, k0+count) of `order` as one chunk of worker w; false when cancelled
    /// part-way. `check(number)` returns checkPrime's answer for it (the backend decides what
    /// surrounds a check). Progress is flushed every few thousand divisions, not per number.
    template <typename Check>
    bool primes(int w, Tally& tally, const ItemOrder& order, std::uint64_t k0, std::uint64_t count, Check&& check) const
    {
        const ChunkSpan span(t_, w);
        ChunkCounts c, pend;
        bool completed = true;
        for (std::uint64_t k = k0; k < k0 + count; ++k) {
            if (cancel_.cancelled()) {
                completed = false;
                break;
            }
            const PrimeCheck pc = check(order.at(k));
            if (pc.cancelled) {
                completed = false;
                break;
            }
            for (ChunkCounts* s : {&c, &pend}) {
                ++s->items;
                s->divisions += pc.divisions;
                s->primes += pc.prime ? 1 : 0;
            }
            if (t_ && (pend.divisions >= 4096 || pend.items >= 256)) {
                t_->progress(w, pend.items, pend.divisions, 0, pend.primes);
                pend = {};
            }
        }
        if (t_)
            t_->progress(w, pend.items, pend.divisions, 0, pend.primes);
        span.finish(tally, c, order.at(k0), c.divisions);
        return completed;
    }

    /// The plain check with the run's kernel, for backends that add nothing around it. Below 2^32
    /// the batched kernel gets numbers in groups (it tries their small divisors side by side, and a
    /// group takes microseconds); otherwise one number at a time, so progress is flushed as
    /// often as the cost of a number allows. The token is polled between groups and inside checks.
    bool primes(int w, Tally& tally, const ItemOrder& order, std::uint64_t k0, std::uint64_t count, Kernel kernel) const
    {
        constexpr std::uint64_t kGroup = 64;
        const bool grouped = kernel == Kernel::batched && order.at(k0) <= 0xffffffffULL;
        const ChunkSpan span(t_, w);
        ChunkCounts c, pend;
        bool completed = true;
        std::uint64_t ns[kGroup];
        PrimeCheck out[kGroup];
        for (std::uint64_t k = k0; k < k0 + count && completed;) {
            const std::uint64_t g = grouped ? std::min(kGroup, k0 + count - k) : 1;
            for (std::uint64_t j = 0; j < g; ++j)
                ns[j] = order.at(k + j);
            const std::size_t done = cancel_.cancelled() ? 0 : checkPrimes(kernel, ns, g, out, &cancel_);
            completed = done == g;
            for (std::size_t j = 0; j < done; ++j)
                for (ChunkCounts* s : {&c, &pend}) {
                    ++s->items;
                    s->divisions += out[j].divisions;
                    s->primes += out[j].prime ? 1 : 0;
                }
            if (t_ && (pend.divisions >= 4096 || pend.items >= 256)) {
                t_->progress(w, pend.items, pend.divisions, 0, pend.primes);
                pend = {};
            }
            k += g;
        }
        if (t_)
            t_->progress(w, pend.items, pend.divisions, 0, pend.primes);
        span.finish(tally, c, order.at(k0), c.divisions);
        return completed;
    }

    /// Throws the darts of block `blk` as one chunk of worker w. `unit(from, most)` throws up to
    /// `most` darts starting at dart `from` and returns {darts thrown, hits}. Progress and the
    /// dart sample are reported every kReportEvery darts and at the end; units stop at the
    /// running estimate's checkpoints, so the hits between two of them are known exactly.
    template <typename Unit>
    void pi(int w, Tally& tally, const PiBlock& blk, std::uint64_t seed, std::uint64_t stride, Unit&& unit) const
    {
        const ChunkSpan span(t_, w);
        std::uint64_t done = 0, hits = 0, pendItems = 0, pendHits = 0;
        std::uint64_t cut = nextEstimateCheckpoint(blk.begin), segmentStart = 0, segmentHits = 0;
        const auto fileSegment = [&] { // the darts since the last cut, in the run's order
            if (t_ && done > segmentStart)
                t_->addEstimateHits(blk.begin + segmentStart, done - segmentStart, segmentHits);
            segmentStart = done;
            segmentHits = 0;
        };
        const auto flush = [&] {
            if (t_ && pendItems) {
                sampleDarts(*t_, w, seed, blk.base + done - pendItems, pendItems, stride);
                t_->progress(w, pendItems, 0, pendHits, 0);
            }
            fileSegment();
            pendItems = pendHits = 0;
        };
        while (done < blk.size && !cancel_.cancelled()) {
            const auto [n, h] = unit(blk.base + done, std::min(blk.size - done, cut - (blk.begin + done)));
            done += n;
            hits += h;
            pendItems += n;
            pendHits += h;
            segmentHits += h;
            if (blk.begin + done == cut) {
                fileSegment();
                cut = nextEstimateCheckpoint(cut);
            }
            if (pendItems >= kReportEvery)
                flush();
        }
        flush();
        span.finish(tally, ChunkCounts{done, 0, hits, 0}, blk.begin, done);
    }

  private:
    static constexpr std::uint64_t kReportEvery = 1u << 16; // darts between two progress reports

    Telemetry* t_;
    const CancelToken& cancel_;
};

} // namespace parlab::detail
