/// @file tbb_workers.h
/// @brief Running exactly N workers on oneTBB, including more workers than cores.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/partitioner.h>
#include <oneapi/tbb/task_arena.h>

#include "parlab/pi.h" // kMaxWorkers

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace parlab::detail {

/// An arena of `workers` slots. oneTBB caps its thread pool at the core count; a live
/// global_control raising max_allowed_parallelism is what lets 8 workers really run as 8 threads
/// on a 2-core machine (oversubscription is one of the things the class is meant to see).
class TbbWorkers {
  public:
    explicit TbbWorkers(int workers) : arena_((raiseThreadLimit(), workers)), workers_(workers) { arena_.initialize(); }

    /// Runs body(w) for w = 0…workers−1, one task each, and waits for all of them.
    ///
    /// Every worker first waits (briefly) until all of them have started, as a Pool's processes
    /// are all up before map() hands out the first chunk. Without it, a thread of oneTBB's that is
    /// slow to wake finds the shared chunk counter already drained by the first one, and a
    /// "2-worker" run is really a 1-worker run. The wait gives up after kStartWait in case
    /// oneTBB runs two of the tasks on one thread.
    template <typename Body> void forEachWorker(Body&& body)
    {
        std::atomic<int> started{0};
        arena_.execute([&] {
            tbb::parallel_for(
                tbb::blocked_range<int>(0, workers_, 1),
                [&](const tbb::blocked_range<int>& r) {
                    for (int w = r.begin(); w != r.end(); ++w) {
                        started.fetch_add(1, std::memory_order_acq_rel);
                        const auto deadline = std::chrono::steady_clock::now() + kStartWait;
                        // Spin without yielding: a yield on a busy machine can hand the core
                        // away for a whole time slice, which is the very delay to avoid.
                        while (started.load(std::memory_order_acquire) < workers_ &&
                               std::chrono::steady_clock::now() < deadline)
                            spinPause();
                        body(w);
                    }
                },
                tbb::simple_partitioner());
        });
    }

    /// Runs f inside the arena (for oneTBB's own partitioners).
    template <typename F> void execute(F&& f) { arena_.execute(std::forward<F>(f)); }

    /// A polite busy-wait step (the CPU's pause hint), for the start line above.
    static void spinPause() noexcept
    {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }

    /// The worker running the calling task: the arena slot, which lies in 0…workers−1 and is
    /// held by one thread at a time (not the global thread index, which can be anything).
    static int currentWorker()
    {
        return tbb::this_task_arena::current_thread_index();
    }

  private:
    static constexpr std::chrono::milliseconds kStartWait{100};

    /// One process-wide limit, raised once to the most workers a run may have. A control made per
    /// run (max(workers, cores)) changed oneTBB's limit between the runs of a sweep, and after a
    /// 4-worker run lowered it again, oneTBB handed a 2-worker arena its second thread only after
    /// the start line gave up: every run of a window sweep then started 100 ms late. Arenas still
    /// cap each run at its own worker count; nothing here runs outside an arena.
    static void raiseThreadLimit()
    {
        // Never destroyed: a global_control outliving main() avoids an exit-order race with oneTBB.
        static const auto* control =
            new tbb::global_control(tbb::global_control::max_allowed_parallelism,
                                    static_cast<std::size_t>(std::max<int>(
                                        kMaxWorkers, static_cast<int>(std::thread::hardware_concurrency()))));
        (void)control;
    }

    tbb::task_arena arena_;
    int workers_;
};

} // namespace parlab::detail
