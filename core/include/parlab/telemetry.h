/// @file telemetry.h
/// @brief What a run's workers report while they work, readable by another thread at any time.
///
/// Workers write wait-free into their own cache-line-padded slot (plain relaxed stores; each slot
/// has exactly one writer at a time) and never allocate. Readers take value copies: a Snapshot of
/// the counters, the chunk events since a cursor, the current dart sample. Memory is fixed when the
/// Telemetry is made, whatever the size of the run.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

namespace parlab {

/// What a timeline segment is: work, a worker process starting up (spawn → ready), or a thread
/// waiting for the GIL (gil-threads; inside or before a chunk — waiting is not working).
enum class ChunkKind : std::uint8_t { work, startup, wait };

/// One chunk of work as one worker did it. Times are nanoseconds since the run started.
struct ChunkEvent {
    std::uint32_t worker = 0;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::uint64_t first = 0; ///< first item (a number for primes, a dart index for π)
    std::uint64_t count = 0; ///< items in the chunk
    std::uint64_t cost = 0;  ///< trial divisions (primes) or darts (π)
    ChunkKind kind = ChunkKind::work;
};

/// The job queue's depth at one moment (queue schedule).
struct QueueSample {
    std::int64_t timeNs = 0;
    std::uint32_t depth = 0;
};

/// A worker's counters at one moment.
struct WorkerCounters {
    std::uint64_t items = 0;     ///< numbers checked or darts thrown
    std::int64_t busyNs = 0;     ///< time spent inside chunks, including the one under way
    std::int64_t waitNs = 0;     ///< of busyNs, time spent waiting for the GIL (finished waits)
    std::uint64_t chunks = 0;    ///< chunks finished
    std::uint64_t divisions = 0; ///< primes: trial divisions tried
    std::uint64_t hits = 0;      ///< π: darts inside the quarter circle
    std::uint64_t primes = 0;    ///< primes: primes found
    bool busy = false;           ///< inside a chunk right now
};

struct Snapshot {
    std::int64_t elapsedNs = 0; ///< since the run started (frozen once it finished)
    std::uint64_t totalItems = 0;
    std::uint64_t doneItems = 0;
    bool finished = false;
    std::vector<WorkerCounters> workers;
};

/// A sampled dart, tagged by the worker that threw it.
struct DartSample {
    float x = 0;
    float y = 0;
    std::uint16_t worker = 0;
    bool hit = false;
};

/// π: the running estimate at one checkpoint — hits among the run's first `darts` darts, in the
/// run's order (block by block), whatever the workers, backend or timing.
struct EstimatePoint {
    std::uint64_t darts = 0;
    std::uint64_t hits = 0;
};

struct TelemetryLimits {
    std::uint32_t chunkEventsPerWorker = 1u << 14; ///< ring size; older events are overwritten
    std::uint32_t dartSamples = 1u << 16;          ///< whole dart sample, shared out per worker
    std::uint32_t queueSamples = 1u << 13;         ///< queue-depth ring; older samples are overwritten
};

class Telemetry {
  public:
    Telemetry(int workers, std::uint64_t totalItems, TelemetryLimits limits = {});
    ~Telemetry();
    Telemetry(const Telemetry&) = delete;
    Telemetry& operator=(const Telemetry&) = delete;

    [[nodiscard]] int workers() const noexcept { return workers_; }
    [[nodiscard]] std::uint64_t totalItems() const noexcept { return totalItems_; }

    // ---- reader side (any thread, any time) ----
    [[nodiscard]] Snapshot snapshot() const;
    /// Appends worker w's chunk events numbered [cursor, now) to out and returns the new cursor.
    /// Events already overwritten in the ring are skipped (and counted in `lost`, if given).
    std::uint64_t readChunks(int w, std::uint64_t cursor, std::vector<ChunkEvent>& out,
                             std::uint64_t* lost = nullptr) const;
    /// Replaces out with the current dart sample (at most TelemetryLimits::dartSamples darts).
    void readDarts(std::vector<DartSample>& out) const;
    /// π: replaces out with the estimate at each checkpoint (estimateCheckpoints(totalItems()))
    /// whose darts have all been thrown — exact and deterministic, in increasing order.
    void readEstimates(std::vector<EstimatePoint>& out) const;
    /// Process id of worker w (processes backend), 0 while it has none.
    [[nodiscard]] std::int64_t workerPid(int w) const noexcept;
    /// The job queue's current depth (queue schedule; 0 otherwise).
    [[nodiscard]] std::uint32_t queueDepth() const noexcept;
    /// Appends the queue-depth samples numbered [cursor, now) to out and returns the new cursor.
    std::uint64_t readQueueDepth(std::uint64_t cursor, std::vector<QueueSample>& out) const;

    // ---- writer side (the run; worker w's calls come from one thread at a time) ----
    [[nodiscard]] std::int64_t nowNs() const noexcept;
    void chunkStarted(int w, std::int64_t startNs) noexcept;
    /// Adds to the live counters inside a chunk (so long chunks still move the bars).
    void progress(int w, std::uint64_t items, std::uint64_t divisions, std::uint64_t hits,
                  std::uint64_t primes) noexcept;
    void chunkFinished(int w, const ChunkEvent& e) noexcept;
    /// Worker w waited for the GIL over [startNs, endNs): a `wait` event, and time taken off its
    /// work when it fell inside a chunk.
    void lockWaited(int w, std::int64_t startNs, std::int64_t endNs) noexcept;
    /// π: `hits` among darts [first, first + n) in the run's order. Writers cut their counting at
    /// the checkpoints, so the darts lie between two of them; a span across one is not counted
    /// (the estimate then stops there rather than being wrong).
    void addEstimateHits(std::uint64_t first, std::uint64_t n, std::uint64_t hits) noexcept;
    /// Records one sampled dart of worker w (x, y as 24-bit integers).
    void recordDart(int w, std::uint32_t x24, std::uint32_t y24, bool hit) noexcept;
    void setWorkerPid(int w, std::int64_t pid) noexcept;
    /// The queue's depth changed. Callers serialise these calls (the queue's own lock); samples are
    /// kept at most every 50 µs, the current depth always.
    void queueDepthChanged(std::uint32_t depth) noexcept;
    /// Freezes the clock: snapshots taken after this report the run's final elapsed time.
    void finish() noexcept;

  private:
    struct Slot;
    void pushEvent(Slot& s, const ChunkEvent& e) noexcept;
    int workers_;
    std::uint64_t totalItems_;
    TelemetryLimits limits_;
    std::uint32_t dartsPerWorker_;
    std::chrono::steady_clock::time_point start_;
    std::atomic<std::int64_t> finishedNs_{-1};
    std::unique_ptr<Slot[]> slots_;
    std::vector<std::uint64_t> checkpoints_; ///< π: where the running estimate is recorded
    std::unique_ptr<std::atomic<std::uint64_t>[]> segmentHits_, segmentDarts_; ///< per [c(j−1), c(j))
    std::atomic<std::uint32_t> queueDepth_{0};
    std::atomic<std::uint64_t> queueHead_{0};
    std::int64_t lastQueueSampleNs_ = -1'000'000; // written under the caller's queue lock
    std::unique_ptr<std::atomic<std::uint64_t>[]> queueRing_;
};

} // namespace parlab
