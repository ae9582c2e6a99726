/// @file primes_bench.cpp
/// @brief Prime-check throughput and runPrimes over 1…10^7 (auto) at 1 and 2 workers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/prime_check.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <benchmark/benchmark.h>

#include <cstdint>

namespace {

// checkPrime on consecutive numbers from a start (10^6: 32-bit divides; 10^12: 64-bit divides).
// Counters: numbers/s (items_per_second) and trial divisions/s.
void BM_CheckPrime(benchmark::State& state)
{
    const auto start = static_cast<std::uint64_t>(state.range(0));
    std::uint64_t n = start, divisions = 0;
    for (auto _ : state) {
        const parlab::PrimeCheck c = parlab::checkPrime(n++);
        divisions += c.divisions;
        benchmark::DoNotOptimize(c.prime);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["divisions/s"] = benchmark::Counter(static_cast<double>(divisions), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CheckPrime)->Arg(1'000'000)->Arg(100'000'000)->Arg(1'000'000'000'000LL);

// The whole range 1…10^7 under the auto schedule; the speed-up is the ratio of the real times.
void BM_RunPrimes(benchmark::State& state)
{
    parlab::PrimesParams p;
    p.first = 1;
    p.last = 10'000'000;
    p.workers = static_cast<int>(state.range(0));
    p.schedule = parlab::Schedule::auto_;
    const bool withTelemetry = state.range(1) != 0;
    parlab::CancelToken cancel;
    std::uint64_t divisions = 0;
    for (auto _ : state) {
        parlab::Telemetry telemetry(p.workers, parlab::rangeSize(p));
        const parlab::PrimesResult r = runPrimes(p, withTelemetry ? &telemetry : nullptr, cancel);
        if (r.primes != 664'579)
            state.SkipWithError("wrong prime count");
        divisions += r.divisions;
        state.SetIterationTime(r.seconds);
    }
    state.SetItemsProcessed(state.iterations() * 10'000'000);
    state.counters["divisions/s"] = benchmark::Counter(static_cast<double>(divisions), benchmark::Counter::kIsRate);
    state.SetLabel(withTelemetry ? "auto +telemetry" : "auto");
}
// Args: workers, telemetry.
BENCHMARK(BM_RunPrimes)
    ->Args({1, 0})
    ->Args({2, 0})
    ->Args({2, 1})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

} // namespace

BENCHMARK_MAIN();
