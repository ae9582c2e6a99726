/// @file dispatch_bench.cpp
/// @brief What handing out one chunk costs on each backend: the book's 20 001 numbers from 10^8
///        at chunksize 1 against the same numbers in one chunk per worker, 2 workers.
///
/// The difference of the two runs is pure dispatch (the divisions are the same, start-up and
/// shut-down cancel out); divided by the chunks each worker handled it is the round trip one
/// chunk adds to a worker's time — dispatchSecondsPerChunk() in the core, which the chunksize
/// figure can quote. `us_per_chunk_total` is a worker's whole time per chunk at chunksize 1,
/// divisions included. Both come from the best (lowest) fine and coarse times of the iterations:
/// the machine is shared, and noise only ever adds time.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/dispatch_cost.h"
#include "parlab/primes.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

namespace {

using parlab::Backend;
using parlab::Schedule;

// Args: backend, schedule (chunked or queue).
void BM_ChunkRoundTrip(benchmark::State& state)
{
    parlab::PrimesParams p;
    p.first = 100'000'000;
    p.last = 100'020'000;
    p.workers = 2;
    p.backend = static_cast<Backend>(state.range(0));
    p.schedule = static_cast<Schedule>(state.range(1));
    p.workerPath = PARLAB_WORKER_PATH;
    parlab::CancelToken cancel;
    // The best fine and the best coarse time, each over the iterations: a single iteration's
    // difference can even come out negative when the machine was busier during its coarse run.
    double bestFine = std::numeric_limits<double>::infinity(), bestCoarse = bestFine;
    parlab::DispatchCost c;
    for (auto _ : state) {
        c = parlab::measureDispatchCost(p, cancel);
        bestFine = std::min(bestFine, c.fineSeconds);
        bestCoarse = std::min(bestCoarse, c.coarseSeconds);
        state.SetIterationTime(c.fineSeconds);
    }
    state.counters["us_per_chunk"] =
        parlab::dispatchSecondsPerChunk(bestFine, c.fineChunks, bestCoarse, c.coarseChunks, p.workers) * 1e6;
    // A worker's whole time per chunk at chunksize 1 (its divisions included): the figure the
    // issue quoted as the round trip.
    state.counters["us_per_chunk_total"] = bestFine * p.workers / static_cast<double>(c.fineChunks) * 1e6;
    state.SetLabel(std::string(parlab::name(p.backend)) + " " + std::string(parlab::name(p.schedule)));
}
BENCHMARK(BM_ChunkRoundTrip)
    ->Args({static_cast<int>(Backend::tbb), static_cast<int>(Schedule::chunked)})
    ->Args({static_cast<int>(Backend::gil_threads), static_cast<int>(Schedule::chunked)})
    ->Args({static_cast<int>(Backend::processes), static_cast<int>(Schedule::chunked)})
    ->Args({static_cast<int>(Backend::processes), static_cast<int>(Schedule::queue)})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

} // namespace

BENCHMARK_MAIN();
