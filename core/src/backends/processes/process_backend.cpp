/// @file process_backend.cpp
/// @brief The processes backend: the parent hands jobs to parlab-worker processes and turns their
///        validated replies into results and telemetry.
///
/// The parent is the dispatcher. A worker whose chunks are short gets its next job queued in its
/// pipe before it finishes the current one (as Pool's task queue keeps its workers fed), so it
/// goes from one chunk to the next without waiting for the parent: the round trip is hidden
/// instead of paid per chunk. Results that arrive together are answered together, one write per
/// worker. Long chunks gain nothing from queuing ahead and would only commit work early, so a
/// worker starts with one job and gets more in flight only once its chunks prove short
/// (jobsInFlight). The queue schedule keeps one job at a time: its workers take jobs one by one
/// off a queue, which is that lesson. Chunk events are timed by the parent from sending the job (or,
/// queued behind another, from that one's result) to receiving its result — communication
/// included — and each worker's start-up (spawn → ready) is its own `startup` segment.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/backends.h"
#include "backends/chunk_dispenser.h"
#include "backends/chunk_runner.h"
#include "backends/job_queue.h"
#include "backends/piece_counter.h"
#include "backends/processes/process_pool.h"
#include "backends/processes/worker_path.h"
#include "parlab/error.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <functional>
#include <optional>

namespace parlab::detail {

namespace {

/// One job as the parent knows it, to check the reply against.
struct JobSpec {
    Message msg;
    std::uint64_t first = 0; ///< reported first item (dart index or number)
    std::uint64_t count = 0;
    std::uint64_t base = 0; ///< π: first dart thrown (for the dart sample)
};

enum class Next { job, pill, wait };

/// Jobs a worker may have in flight, from how long its last chunk took. A round trip costs
/// ~10 µs: above 2 ms it is under 1 % of a chunk and committing work early is not worth it (one
/// job at a time keeps the balance of a Pool); below, one job queued behind the current one hides
/// it; for chunks of a few µs, more in flight let the parent answer several results per wake-up.
/// What is committed ahead stays under ~2 ms of work per worker either way.
inline int jobsInFlight(std::chrono::steady_clock::duration lastChunk) noexcept
{
    using std::chrono::microseconds;
    return lastChunk < microseconds(100) ? 4 : lastChunk < microseconds(2000) ? 2 : 1;
}

struct Rules {
    bool pi = false;
    std::uint64_t maxDivisionsPerItem = 0; ///< primes: ⌊√last⌋/2 + 1
    std::uint64_t seed = 0;
    std::uint64_t dartStride = 1;
};

class Dispatcher {
  public:
    using NextJob = std::function<Next(int, JobSpec&)>;
    /// Called when an idle worker found no job (queue schedule): wait briefly for the feeder.
    std::function<void()> waitForWork = [] {};

    /// `queueAhead`: more than one job in flight per worker with short chunks; false: one at a time.
    Dispatcher(ProcessPool& pool, Telemetry* t, const CancelToken& cancel, std::vector<Tally>& tally,
               BackendStats& stats, Rules rules, std::optional<Message> setup, NextJob next, std::int64_t spawnNs,
               std::chrono::steady_clock::time_point spawnTime, bool queueAhead)
        : pool_(pool), t_(t), cancel_(cancel), tally_(tally), stats_(stats), rules_(rules), setup_(setup),
          next_(std::move(next)), state_(static_cast<std::size_t>(pool.size())), spawnNs_(spawnNs),
          spawnTime_(spawnTime), queueAhead_(queueAhead)
    {
    }

    void run()
    {
        int alive = pool_.size();
        std::vector<ProcessPool::Incoming> in;
        while (alive > 0 && !cancel_.cancelled()) {
            bool starving = false;
            // After a batch of results, not per result: one write per worker however many came in.
            for (int w = 0; w < pool_.size(); ++w)
                if (st(w).ready && !st(w).pillSent)
                    starving |= !feed(w);
            in.clear();
            if (starving)
                waitForWork();
            pool_.receive(std::chrono::milliseconds(starving ? 0 : 20), in);
            for (const auto& m : in)
                alive -= handle(m.worker, m.msg) ? 1 : 0;
        }
    }

  private:
    static constexpr int kMaxInFlight = 4; // jobsInFlight's most
    struct State {
        bool ready = false, pillSent = false;
        int depth = 1; ///< jobs it may have in flight (jobsInFlight of its last chunk)
        int inFlight = 0, head = 0;
        std::array<JobSpec, kMaxInFlight> jobs; ///< sent, not yet answered: jobs[head] is running
        ChunkSpan chunk;                        ///< of jobs[head]
        std::chrono::steady_clock::time_point chunkStart;
        std::uint64_t items = 0, cost = 0, hits = 0, primes = 0; // reported so far in jobs[head]
        const JobSpec& job() const { return jobs[static_cast<std::size_t>(head)]; }
    };
    State& st(int w) { return state_[static_cast<std::size_t>(w)]; }
    std::int64_t now() const { return t_ ? t_->nowNs() : 0; }

    [[noreturn]] void bad(int w, const std::string& what) { throw Error(pool_.who(w) + " sent " + what); }

    // jobs[head] is now what w works on (it was sent, or the job before it just ended).
    void startChunk(int w)
    {
        State& s = st(w);
        s.items = s.cost = s.hits = s.primes = 0;
        s.chunk = ChunkSpan(t_, w);
        s.chunkStart = std::chrono::steady_clock::now();
    }

    // Tops w's pipe up to the jobs it may have in flight (or adds its pill), `before` first, in one
    // write; false when the job queue was momentarily empty and w has nothing to do.
    bool feed(int w, const Message* before = nullptr)
    {
        State& s = st(w);
        const int depth = queueAhead_ ? s.depth : 1;
        if (s.pillSent || (s.inFlight >= depth && !before))
            return true;
        std::array<Message, kMaxInFlight + 2> out;
        std::size_t n = 0;
        if (before)
            out[n++] = *before;
        const bool wasIdle = s.inFlight == 0;
        bool waiting = false;
        while (!s.pillSent && s.inFlight < depth) {
            JobSpec& slot = s.jobs[static_cast<std::size_t>((s.head + s.inFlight) % kMaxInFlight)];
            const Next r = next_(w, slot);
            if (r == Next::wait) {
                waiting = true;
                break;
            }
            if (r == Next::pill) {
                out[n++] = Message{MsgType::pill, {}};
                s.pillSent = true;
                break;
            }
            out[n++] = slot.msg;
            ++s.inFlight;
            stats_.maxJobsInFlight = std::max(stats_.maxJobsInFlight, s.inFlight);
        }
        if (n > 0)
            pool_.send(w, out.data(), n);
        if (wasIdle && s.inFlight > 0)
            startChunk(w);
        return !(waiting && s.inFlight == 0);
    }

    // Checks cumulative counts against the job and what was reported before; adds the news.
    void account(int w, std::uint64_t items, std::uint64_t cost, std::uint64_t hits, std::uint64_t primes)
    {
        State& s = st(w);
        if (items > s.job().count || items < s.items)
            bad(w, "a count of " + std::to_string(items) + " items for a job of " + std::to_string(s.job().count));
        if (hits > items || primes > items || (rules_.pi && (cost != items || primes != 0)) ||
            (!rules_.pi && (hits != 0 || cost > items * rules_.maxDivisionsPerItem)))
            bad(w, "counts out of range (items " + std::to_string(items) + ", cost " + std::to_string(cost) +
                       ", hits " + std::to_string(hits) + ", primes " + std::to_string(primes) + ")");
        if (cost < s.cost || hits < s.hits || primes < s.primes)
            bad(w, "counts that went backwards");
        if (t_)
            t_->progress(w, items - s.items, rules_.pi ? 0 : cost - s.cost, hits - s.hits, primes - s.primes);
        // The worker reports at every checkpoint of the running estimate, so the darts since its
        // last report lie between two of them.
        if (t_ && rules_.pi && items > s.items)
            t_->addEstimateHits(s.job().first + s.items, items - s.items, hits - s.hits);
        s.items = items;
        s.cost = cost;
        s.hits = hits;
        s.primes = primes;
    }

    // True when the worker has left (said bye).
    bool handle(int w, const Message& m)
    {
        State& s = st(w);
        switch (m.type) {
        case MsgType::ready: {
            if (s.ready)
                bad(w, "a second ready message");
            if (m.f[0] != static_cast<std::uint64_t>(pool_.pid(w)))
                bad(w, "ready with pid " + std::to_string(m.f[0]));
            s.ready = true;
            const std::int64_t readyNs = now();
            stats_.startupSeconds = std::max(stats_.startupSeconds, static_cast<double>(nsSince(spawnTime_)) * 1e-9);
            if (t_)
                t_->chunkFinished(
                    w, ChunkEvent{static_cast<std::uint32_t>(w), spawnNs_, readyNs, 0, 0, 0, ChunkKind::startup});
            feed(w, setup_ ? &*setup_ : nullptr);
            return false;
        }
        case MsgType::progress:
            if (s.inFlight == 0)
                bad(w, "progress without a job");
            account(w, m.f[0], m.f[1], m.f[2], m.f[3]);
            return false;
        case MsgType::result: {
            if (s.inFlight == 0)
                bad(w, "a result without a job");
            const JobSpec& job = s.job();
            if (m.f[0] != job.count)
                bad(w, "a result for " + std::to_string(m.f[0]) + " items, the job had " + std::to_string(job.count));
            account(w, m.f[0], m.f[1], m.f[2], m.f[3]);
            if (t_ && rules_.pi)
                sampleDarts(*t_, w, rules_.seed, job.base, job.count, rules_.dartStride);
            s.chunk.finish(tally_[static_cast<std::size_t>(w)],
                           ChunkCounts{s.items, rules_.pi ? 0 : s.cost, s.hits, s.primes}, job.first, s.cost);
            s.depth = jobsInFlight(std::chrono::steady_clock::now() - s.chunkStart);
            s.head = (s.head + 1) % kMaxInFlight;
            --s.inFlight;
            if (s.inFlight > 0) // the worker went straight on to the job queued behind this one
                startChunk(w);
            return false; // run() refills its pipe once this batch of messages is handled
        }
        case MsgType::bye:
            if (!s.pillSent || s.inFlight != 0 || m.f[0] != 1)
                bad(w, "an unexpected bye");
            ++stats_.pills;
            pool_.expectExit(w);
            return true;
        default:
            bad(w, std::string("a message of type '") + typeName(m.type) + "' that workers never send");
        }
    }

    ProcessPool& pool_;
    Telemetry* t_;
    const CancelToken& cancel_;
    std::vector<Tally>& tally_;
    BackendStats& stats_;
    Rules rules_;
    std::optional<Message> setup_;
    NextJob next_;
    std::vector<State> state_;
    std::int64_t spawnNs_;
    std::chrono::steady_clock::time_point spawnTime_;
    bool queueAhead_;
};

// Starts the pool, runs the dispatcher, and fills the timing and backend figures.
template <typename Result>
void runOnProcesses(Result& result, int workers, Telemetry* t, const CancelToken& cancel, std::vector<Tally>& tally,
                    Rules rules, std::optional<Message> setup, Dispatcher::NextJob next, JobQueue* queue = nullptr)
{
    const std::string path = resolveWorkerPath(result.params.workerPath);
    const auto liveness = std::chrono::milliseconds(std::llround(result.params.livenessSeconds * 1000));
    const auto start = std::chrono::steady_clock::now();
    try {
        const std::int64_t spawnNs = t ? t->nowNs() : 0;
        const auto spawnTime = std::chrono::steady_clock::now();
        ProcessPool pool(workers, path, liveness);
        if (t)
            for (int w = 0; w < workers; ++w)
                t->setWorkerPid(w, pool.pid(w));
        // The queue schedule's workers take one job at a time off the queue: that is its lesson.
        Dispatcher dispatcher(pool, t, cancel, tally, result.backendStats, rules, setup, std::move(next), spawnNs,
                              spawnTime, queue == nullptr);
        if (queue)
            dispatcher.waitForWork = [queue] { queue->waitForJob(std::chrono::microseconds(1000)); };
        dispatcher.run();
        pool.stop(); // now, to count the workers that had to be killed
        result.backendStats.messages = pool.messages();
        result.backendStats.bytes = pool.bytes();
        result.backendStats.forcedKills = pool.forcedKills();
    } catch (...) {
        if (t)
            t->finish();
        throw;
    }
    // The pool is gone (every worker reaped) before the clock stops: shutting down is part of a run.
    finishRun(result, tally, t, start);
}

} // namespace

PiResult runPiProcesses(const PiParams& p, Telemetry* telemetry, const CancelToken& cancel)
{
    PiResult result;
    result.params = p;
    std::vector<Tally> tally(static_cast<std::size_t>(p.workers));
    PieceCounter pieces(p.blocks, p.workers);
    Rules rules;
    rules.pi = true;
    rules.seed = p.seed;
    rules.dartStride = dartStride(p.samples, telemetry);
    const auto next = [&](int w, JobSpec& job) {
        std::uint64_t piece = 0;
        if (!pieces.next(w, piece))
            return Next::pill;
        const PiBlock b = piBlock(p.samples, p.blocks, p.seeding, piece);
        job.msg = Message{MsgType::jobPi, {p.seed, b.base, b.size, static_cast<std::uint64_t>(p.kernel), b.begin}};
        job.first = b.begin;
        job.count = b.size;
        job.base = b.base;
        return Next::job;
    };
    runOnProcesses(result, p.workers, telemetry, cancel, tally, rules, std::nullopt, next);
    return result;
}

PrimesResult runPrimesProcesses(const PrimesParams& p, Telemetry* telemetry, const CancelToken& cancel)
{
    PrimesResult result;
    result.params = p;
    std::vector<Tally> tally(static_cast<std::size_t>(p.workers));
    const ItemOrder order(p);
    ChunkDispenser dispenser(p);
    Rules rules;
    rules.maxDivisionsPerItem = isqrt(p.last) / 2 + 1;
    const Message setup{
        MsgType::setupPrimes,
        {p.first, p.last, static_cast<std::uint64_t>(p.order), p.seed, static_cast<std::uint64_t>(p.kernel)}};
    const auto fill = [&](const Chunk& c, JobSpec& job) {
        job.msg = Message{MsgType::jobPrimes, {c.k0, c.count}};
        job.first = order.at(c.k0);
        job.count = c.count;
        return Next::job;
    };
    if (p.schedule != Schedule::queue) {
        const auto next = [&](int w, JobSpec& job) {
            Chunk c;
            return dispenser.next(w, c) ? fill(c, job) : Next::pill;
        };
        runOnProcesses(result, p.workers, telemetry, cancel, tally, rules, setup, next);
        return result;
    }
    // The queue schedule: a feeder thread fills the bounded queue; the dispatcher takes a job off it
    // for each idle worker, and hands each worker the pill it finds there.
    JobQueue queue(queueCapacity(p.workers), telemetry);
    Feeder feeder(queue, rangeSize(p), resolvedChunksize(p), p.workers, cancel);
    struct CloseOnExit {
        JobQueue& q;
        ~CloseOnExit() { q.close(); } // before the feeder is joined: never leave it blocked on a full queue
    } closer{queue};
    const auto next = [&](int, JobSpec& job) {
        const std::optional<Job> j = queue.tryPop();
        if (!j)
            return Next::wait;
        return j->pill ? Next::pill : fill(j->chunk, job);
    };
    runOnProcesses(result, p.workers, telemetry, cancel, tally, rules, setup, next, &queue);
    return result;
}

} // namespace parlab::detail
