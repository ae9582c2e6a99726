/// @file pi_bench.cpp
/// @brief π throughput: each kernel on one core, each instruction set of the batched kernel, runPi's
///        speed-up at 1 and 2 workers, and what attaching a Telemetry costs.
///
/// The reference for the batched kernel is BM_BatchedOn/avx512: the hand-written AVX-512
/// intrinsics kernel called directly on one key block. BM_Kernel/batched is the production path
/// (countHits → run-time dispatch → that kernel on an AVX-512 CPU); its ratio to the reference is
/// what the dispatch and block cutting cost.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/pi.h"
#include "parlab/telemetry.h"

#include "kernels/pi_kernels.h"

#include <benchmark/benchmark.h>

#include <cstdint>

namespace {

using parlab::Kernel;

// Darts per second of one kernel on the calling thread (no oneTBB, no telemetry).
void BM_Kernel(benchmark::State& state)
{
    const auto kernel = static_cast<Kernel>(state.range(0));
    const auto darts = static_cast<std::uint64_t>(state.range(1));
    std::uint64_t begin = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(parlab::countHits(kernel, 1, begin, begin + darts));
        begin += darts; // fresh darts each time
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(darts));
    state.SetLabel(
        std::string(parlab::name(kernel)) +
        (kernel == Kernel::batched ? std::string(" ") + parlab::detail::name(parlab::detail::bestPiIsa()) : ""));
}
BENCHMARK(BM_Kernel)
    ->Args({static_cast<int>(Kernel::scalar), 1 << 24})
    ->Args({static_cast<int>(Kernel::batched), 1 << 24});

// Darts per second of the batched kernel forced onto one instruction set (skipped where the CPU
// lacks it), straight on one 2^32-dart key block.
void BM_BatchedOn(benchmark::State& state)
{
    const auto isa = static_cast<parlab::detail::PiIsa>(state.range(0));
    const auto darts = static_cast<std::uint32_t>(state.range(1));
    if (!parlab::detail::cpuRuns(isa)) {
        state.SkipWithError("this CPU lacks the instruction set");
        return;
    }
    const parlab::DartKeys keys = parlab::dartKeys(1, 0);
    std::uint32_t lo = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(parlab::detail::hitsBatchedOn(isa, keys, lo, darts));
        lo = lo + darts <= 0xffffffffU - darts ? lo + darts : 0; // fresh darts, inside the block
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(darts));
    state.SetLabel(parlab::detail::name(isa));
}
BENCHMARK(BM_BatchedOn)
    ->Args({static_cast<int>(parlab::detail::PiIsa::generic), 1 << 24})
    ->Args({static_cast<int>(parlab::detail::PiIsa::avx2), 1 << 24})
    ->Args({static_cast<int>(parlab::detail::PiIsa::avx512), 1 << 24});

// A whole run of 10^9 darts at 1 and 2 workers: the speed-up is the ratio of the two real times.
void BM_RunPi(benchmark::State& state)
{
    parlab::PiParams p;
    p.samples = 1'000'000'000;
    p.workers = static_cast<int>(state.range(0));
    p.kernel = static_cast<Kernel>(state.range(1));
    const bool withTelemetry = state.range(2) != 0;
    parlab::CancelToken cancel;
    for (auto _ : state) {
        parlab::Telemetry telemetry(p.workers, p.samples);
        const parlab::PiResult r = runPi(p, withTelemetry ? &telemetry : nullptr, cancel);
        benchmark::DoNotOptimize(r.hits);
        state.SetIterationTime(r.seconds); // the parallel section only
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(p.samples));
    state.SetLabel(std::string(parlab::name(p.kernel)) + (withTelemetry ? " +telemetry" : ""));
}
// Args: workers, kernel, telemetry.
BENCHMARK(BM_RunPi)
    ->Args({1, static_cast<int>(Kernel::batched), 0})
    ->Args({2, static_cast<int>(Kernel::batched), 0})
    ->Args({1, static_cast<int>(Kernel::batched), 1})
    ->Args({2, static_cast<int>(Kernel::batched), 1})
    ->Args({1, static_cast<int>(Kernel::scalar), 0})
    ->Args({1, static_cast<int>(Kernel::scalar), 1})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

} // namespace

BENCHMARK_MAIN();
