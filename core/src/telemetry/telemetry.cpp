/// @file telemetry.cpp
/// @brief Per-worker padded counters, seqlocked chunk-event rings and a packed dart sample.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/telemetry.h"

#include "parlab/error.h"
#include "parlab/estimate_checkpoints.h"
#include "parlab/pi.h"

#include <algorithm>

namespace parlab {

namespace {

using std::memory_order_acquire;
using std::memory_order_relaxed;
using std::memory_order_release;

// One event of the ring. `seq` is a per-cell seqlock: 2k+1 while event k is being written,
// 2k+2 once it is complete, so a reader can tell a whole event from a torn or overwritten one.
struct EventCell {
    std::atomic<std::uint64_t> seq{0};
    std::atomic<std::int64_t> startNs{0};
    std::atomic<std::int64_t> endNs{0};
    std::atomic<std::uint64_t> first{0};
    std::atomic<std::uint64_t> count{0};
    std::atomic<std::uint64_t> cost{0};
    std::atomic<std::uint8_t> kind{0};
};

// A dart packed into one word, so it is written and read whole: bit 63 marks a used cell.
constexpr std::uint64_t kDartUsed = 1ULL << 63;
constexpr std::uint64_t kDartHit = 1ULL << 56;
// The worker that threw a dart takes bits 48…55.
static_assert(kMaxWorkers <= 256, "a dart's worker id is packed into 8 bits");

// Single-writer counter update: a relaxed load and store, no locked instruction.
template <typename T> void bump(std::atomic<T>& a, T by) noexcept
{
    a.store(a.load(memory_order_relaxed) + by, memory_order_relaxed);
}

} // namespace

struct alignas(64) Telemetry::Slot {
    std::atomic<std::uint64_t> items{0};
    std::atomic<std::uint64_t> divisions{0};
    std::atomic<std::uint64_t> hits{0};
    std::atomic<std::uint64_t> primes{0};
    std::atomic<std::uint64_t> chunks{0};
    std::atomic<std::int64_t> busyNs{0};      // finished chunks only
    std::atomic<std::int64_t> waitNs{0};      // GIL waits inside chunks
    std::atomic<std::int64_t> chunkStart{-1}; // start of the chunk under way, -1 when idle
    std::atomic<std::uint64_t> eventHead{0};
    std::atomic<std::uint64_t> dartHead{0};
    std::atomic<std::int64_t> pid{0};
    std::unique_ptr<EventCell[]> events;
    std::unique_ptr<std::atomic<std::uint64_t>[]> darts;
};

Telemetry::Telemetry(int workers, std::uint64_t totalItems, TelemetryLimits limits)
    : workers_(workers), totalItems_(totalItems), limits_(limits), start_(std::chrono::steady_clock::now())
{
    if (workers < 1 || workers > 256)
        throw Error("telemetry: workers must be 1…256 (got " + std::to_string(workers) + ")");
    limits_.chunkEventsPerWorker = std::max<std::uint32_t>(1, limits_.chunkEventsPerWorker);
    dartsPerWorker_ = std::max<std::uint32_t>(1, limits_.dartSamples / static_cast<std::uint32_t>(workers));
    slots_ = std::make_unique<Slot[]>(static_cast<std::size_t>(workers));
    for (int w = 0; w < workers; ++w) {
        slots_[w].events = std::make_unique<EventCell[]>(limits_.chunkEventsPerWorker);
        slots_[w].darts = std::make_unique<std::atomic<std::uint64_t>[]>(dartsPerWorker_);
        for (std::uint32_t i = 0; i < dartsPerWorker_; ++i)
            slots_[w].darts[i].store(0, memory_order_relaxed);
    }
    checkpoints_ = estimateCheckpoints(totalItems);
    segmentHits_ = std::make_unique<std::atomic<std::uint64_t>[]>(checkpoints_.size());
    segmentDarts_ = std::make_unique<std::atomic<std::uint64_t>[]>(checkpoints_.size());
    for (std::size_t j = 0; j < checkpoints_.size(); ++j) {
        segmentHits_[j].store(0, memory_order_relaxed);
        segmentDarts_[j].store(0, memory_order_relaxed);
    }
    limits_.queueSamples = std::max<std::uint32_t>(1, limits_.queueSamples);
    queueRing_ = std::make_unique<std::atomic<std::uint64_t>[]>(limits_.queueSamples);
    for (std::uint32_t i = 0; i < limits_.queueSamples; ++i)
        queueRing_[i].store(0, memory_order_relaxed);
}

Telemetry::~Telemetry() = default;

std::int64_t Telemetry::nowNs() const noexcept
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start_).count();
}

void Telemetry::chunkStarted(int w, std::int64_t startNs) noexcept
{
    slots_[w].chunkStart.store(startNs, memory_order_relaxed);
}

void Telemetry::progress(int w, std::uint64_t items, std::uint64_t divisions, std::uint64_t hits,
                         std::uint64_t primes) noexcept
{
    Slot& s = slots_[w];
    bump(s.items, items);
    if (divisions)
        bump(s.divisions, divisions);
    if (hits)
        bump(s.hits, hits);
    if (primes)
        bump(s.primes, primes);
}

void Telemetry::chunkFinished(int w, const ChunkEvent& e) noexcept
{
    Slot& s = slots_[w];
    // A worker process's start-up is drawn on the timeline but is no chunk of work: counting it
    // would make the live counters disagree with the result's (one chunk and the spawn time more
    // per process).
    if (e.kind == ChunkKind::work) {
        bump(s.busyNs, e.endNs - e.startNs);
        bump(s.chunks, std::uint64_t{1});
    }
    s.chunkStart.store(-1, memory_order_relaxed);
    pushEvent(s, e);
}

void Telemetry::lockWaited(int w, std::int64_t startNs, std::int64_t endNs) noexcept
{
    Slot& s = slots_[w];
    if (endNs <= startNs)
        return;
    if (s.chunkStart.load(memory_order_relaxed) >= 0)
        bump(s.waitNs, endNs - startNs);
    ChunkEvent e;
    e.worker = static_cast<std::uint32_t>(w);
    e.startNs = startNs;
    e.endNs = endNs;
    e.kind = ChunkKind::wait;
    pushEvent(s, e);
}

void Telemetry::pushEvent(Slot& s, const ChunkEvent& e) noexcept
{
    const std::uint64_t k = s.eventHead.load(memory_order_relaxed);
    EventCell& c = s.events[k % limits_.chunkEventsPerWorker];
    // The fields are stored with release (free on x86) instead of a release fence after the odd
    // seq: same ordering, and ThreadSanitizer understands it (it rejects fences).
    c.seq.store(2 * k + 1, memory_order_relaxed);
    c.startNs.store(e.startNs, memory_order_release);
    c.endNs.store(e.endNs, memory_order_release);
    c.first.store(e.first, memory_order_release);
    c.count.store(e.count, memory_order_release);
    c.cost.store(e.cost, memory_order_release);
    c.kind.store(static_cast<std::uint8_t>(e.kind), memory_order_release);
    c.seq.store(2 * k + 2, memory_order_release);
    s.eventHead.store(k + 1, memory_order_release);
}

void Telemetry::addEstimateHits(std::uint64_t first, std::uint64_t n, std::uint64_t hits) noexcept
{
    // Segment j holds darts [c(j−1), c(j)): the first checkpoint above `first`.
    const auto at = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), first);
    if (n == 0 || at == checkpoints_.end() || first + n > *at)
        return;
    const auto j = static_cast<std::size_t>(at - checkpoints_.begin());
    segmentHits_[j].fetch_add(hits, memory_order_relaxed);
    segmentDarts_[j].fetch_add(n, memory_order_release); // the hits are visible to whoever sees the darts
}

void Telemetry::readEstimates(std::vector<EstimatePoint>& out) const
{
    out.clear();
    std::uint64_t prev = 0, hits = 0;
    for (std::size_t j = 0; j < checkpoints_.size(); ++j) {
        if (segmentDarts_[j].load(memory_order_acquire) != checkpoints_[j] - prev)
            break; // a prefix with darts still to come: its estimate is not known yet
        hits += segmentHits_[j].load(memory_order_relaxed);
        out.push_back({checkpoints_[j], hits});
        prev = checkpoints_[j];
    }
}

void Telemetry::recordDart(int w, std::uint32_t x24, std::uint32_t y24, bool hit) noexcept
{
    Slot& s = slots_[w];
    const std::uint64_t k = s.dartHead.load(memory_order_relaxed);
    const std::uint64_t packed = kDartUsed | (hit ? kDartHit : 0) | (std::uint64_t(w & 0xff) << 48) |
                                 (std::uint64_t(y24 & 0xffffff) << 24) | (x24 & 0xffffff);
    s.darts[k % dartsPerWorker_].store(packed, memory_order_relaxed);
    s.dartHead.store(k + 1, memory_order_relaxed);
}

void Telemetry::setWorkerPid(int w, std::int64_t pid) noexcept
{
    if (w >= 0 && w < workers_)
        slots_[w].pid.store(pid, memory_order_relaxed);
}

std::int64_t Telemetry::workerPid(int w) const noexcept
{
    return w >= 0 && w < workers_ ? slots_[w].pid.load(memory_order_relaxed) : 0;
}

// A queue sample is one word — time in µs (40 bits) and depth (24 bits) — so it is written and
// read whole; 0 marks a cell never written (the first sample's time is ≥ 1 µs by construction).
void Telemetry::queueDepthChanged(std::uint32_t depth) noexcept
{
    queueDepth_.store(depth, memory_order_relaxed);
    const std::int64_t now = nowNs();
    if (now - lastQueueSampleNs_ < 50'000)
        return;
    lastQueueSampleNs_ = now;
    const std::uint64_t us = static_cast<std::uint64_t>(now / 1000 + 1) & ((1ULL << 40) - 1);
    const std::uint64_t k = queueHead_.load(memory_order_relaxed);
    queueRing_[k % limits_.queueSamples].store((us << 24) | std::min<std::uint32_t>(depth, 0xffffff),
                                               memory_order_relaxed);
    queueHead_.store(k + 1, memory_order_release);
}

std::uint32_t Telemetry::queueDepth() const noexcept
{
    return queueDepth_.load(memory_order_relaxed);
}

std::uint64_t Telemetry::readQueueDepth(std::uint64_t cursor, std::vector<QueueSample>& out) const
{
    const std::uint64_t cap = limits_.queueSamples;
    const std::uint64_t head = queueHead_.load(memory_order_acquire);
    for (std::uint64_t k = std::max(cursor, head > cap ? head - cap : 0); k < head; ++k) {
        const std::uint64_t v = queueRing_[k % cap].load(memory_order_relaxed);
        if (v == 0)
            continue;
        out.push_back(
            QueueSample{static_cast<std::int64_t>((v >> 24) - 1) * 1000, static_cast<std::uint32_t>(v & 0xffffff)});
    }
    return head;
}

void Telemetry::finish() noexcept
{
    finishedNs_.store(nowNs(), memory_order_release);
}

Snapshot Telemetry::snapshot() const
{
    Snapshot snap;
    const std::int64_t finished = finishedNs_.load(memory_order_acquire);
    snap.finished = finished >= 0;
    snap.elapsedNs = snap.finished ? finished : nowNs();
    snap.totalItems = totalItems_;
    snap.workers.resize(static_cast<std::size_t>(workers_));
    for (int w = 0; w < workers_; ++w) {
        const Slot& s = slots_[w];
        WorkerCounters& c = snap.workers[static_cast<std::size_t>(w)];
        c.items = s.items.load(memory_order_relaxed);
        c.divisions = s.divisions.load(memory_order_relaxed);
        c.hits = s.hits.load(memory_order_relaxed);
        c.primes = s.primes.load(memory_order_relaxed);
        c.chunks = s.chunks.load(memory_order_relaxed);
        c.busyNs = s.busyNs.load(memory_order_relaxed);
        c.waitNs = s.waitNs.load(memory_order_relaxed);
        const std::int64_t start = s.chunkStart.load(memory_order_relaxed);
        c.busy = start >= 0;
        if (c.busy && snap.elapsedNs > start)
            c.busyNs += snap.elapsedNs - start;
        snap.doneItems += c.items;
    }
    return snap;
}

std::uint64_t Telemetry::readChunks(int w, std::uint64_t cursor, std::vector<ChunkEvent>& out,
                                    std::uint64_t* lost) const
{
    if (w < 0 || w >= workers_)
        return cursor;
    const Slot& s = slots_[w];
    const std::uint64_t cap = limits_.chunkEventsPerWorker;
    const std::uint64_t head = s.eventHead.load(memory_order_acquire);
    std::uint64_t k = std::max(cursor, head > cap ? head - cap : 0);
    std::uint64_t missed = k - std::min(k, cursor);
    for (; k < head; ++k) {
        const EventCell& c = s.events[k % cap];
        const std::uint64_t seq = c.seq.load(memory_order_acquire);
        ChunkEvent e;
        e.worker = static_cast<std::uint32_t>(w);
        e.startNs = c.startNs.load(memory_order_acquire);
        e.endNs = c.endNs.load(memory_order_acquire);
        e.first = c.first.load(memory_order_acquire);
        e.count = c.count.load(memory_order_acquire);
        e.cost = c.cost.load(memory_order_acquire);
        e.kind = static_cast<ChunkKind>(c.kind.load(memory_order_acquire));
        // Acquire loads of the fields keep this re-read of seq after them (no acquire fence:
        // ThreadSanitizer does not support fences).
        if (seq != 2 * k + 2 || c.seq.load(memory_order_relaxed) != seq) {
            ++missed; // overwritten by a newer event while we read
            continue;
        }
        out.push_back(e);
    }
    if (lost)
        *lost = missed;
    return head;
}

void Telemetry::readDarts(std::vector<DartSample>& out) const
{
    out.clear();
    out.reserve(static_cast<std::size_t>(dartsPerWorker_) * static_cast<std::size_t>(workers_));
    constexpr float kScale = 1.0f / 16777216.0f; // 2^-24
    for (int w = 0; w < workers_; ++w) {
        const Slot& s = slots_[w];
        for (std::uint32_t i = 0; i < dartsPerWorker_; ++i) {
            const std::uint64_t p = s.darts[i].load(memory_order_relaxed);
            if (!(p & kDartUsed))
                continue;
            DartSample d;
            d.x = static_cast<float>(p & 0xffffff) * kScale;
            d.y = static_cast<float>((p >> 24) & 0xffffff) * kScale;
            d.worker = static_cast<std::uint16_t>((p >> 48) & 0xff);
            d.hit = (p & kDartHit) != 0;
            out.push_back(d);
        }
    }
}

} // namespace parlab
