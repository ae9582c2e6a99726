/// @file primes_bench.cpp
/// @brief Prime-check throughput per kernel and instruction set, and runPrimes over 1…10^7 (auto)
/// at 1 and 2 workers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/divisor_table.h"
#include "kernels/prime_batched.h"
#include "parlab/cancel_token.h"
#include "parlab/prime_check.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <string>

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

// A whole range checked on one thread, the measure: the 1 000 001 numbers from 10^8 took
// the seed's loop 0.603 s (334 128 668 divisions) on a Zen 5 core. Args: first number, how many,
// kernel path (-1 = the seed's loop, else a detail::PrimeIsa of the batched kernel).
void BM_PrimesRange(benchmark::State& state)
{
    const auto first = static_cast<std::uint64_t>(state.range(0));
    const auto count = static_cast<std::uint64_t>(state.range(1));
    const auto path = state.range(2);
    const auto isa = static_cast<parlab::detail::PrimeIsa>(path < 0 ? 0 : path);
    if (path >= 0 && !parlab::detail::isaSupported(isa)) {
        state.SkipWithError("this CPU lacks the instruction set");
        return;
    }
    std::uint64_t divisions = 0, primes = 0;
    // The batched kernel gets the numbers in groups of 64, as a chunk hands them over
    // (chunk_runner.h, worker_loop.cpp).
    constexpr std::uint64_t kGroup = 64;
    std::uint64_t ns[kGroup];
    parlab::PrimeCheck out[kGroup];
    for (auto _ : state) {
        for (std::uint64_t n = first; n < first + count; n += kGroup) {
            const std::uint64_t g = std::min(kGroup, first + count - n);
            if (path < 0) {
                for (std::uint64_t k = 0; k < g; ++k)
                    out[k] = parlab::checkPrime(n + k);
            } else {
                for (std::uint64_t k = 0; k < g; ++k)
                    ns[k] = n + k;
                parlab::detail::checkPrimesBatchedOn(isa, ns, g, out, nullptr);
            }
            for (std::uint64_t k = 0; k < g; ++k) {
                divisions += out[k].divisions;
                primes += out[k].prime ? 1 : 0;
            }
        }
    }
    benchmark::DoNotOptimize(primes);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * count));
    state.counters["divisions/s"] = benchmark::Counter(static_cast<double>(divisions), benchmark::Counter::kIsRate);
    state.SetLabel(path < 0 ? std::string("seed loop") : std::string("batched ") + parlab::detail::isaName(isa));
}
void primesRangeArgs(benchmark::internal::Benchmark* b)
{
    // 10^6 and 10^8: 32-bit lanes; 10^12: 64-bit lanes (10 000 numbers: the seed loop needs ~1 s).
    for (const auto& [first, count] : {std::pair<std::int64_t, std::int64_t>{1'000'000, 1'000'001},
                                       {100'000'000, 1'000'001},
                                       {1'000'000'000'000LL, 10'000}})
        for (const std::int64_t path : {-1, 0, 1, 2})
            b->Args({first, count, path});
}
BENCHMARK(BM_PrimesRange)->Apply(primesRangeArgs)->Unit(benchmark::kMillisecond)->MinTime(0.5);

// The batched kernel's block loop alone, in its best case: one prime near 10^8 tried against
// divisors 131…9 987 (indices 64…4 992, as a number that survived the small-divisor pass), over
// and over, the table in L1 and the loop's exit learnt. No per-number work at all: what one core
// can test at most this way, the ceiling for BM_PrimesRange at 10^8. Arg: detail::PrimeIsa.
void BM_BlockLoopCeiling(benchmark::State& state)
{
    const auto isa = static_cast<parlab::detail::PrimeIsa>(state.range(0));
    if (isa == parlab::detail::PrimeIsa::scalar || !parlab::detail::isaSupported(isa)) {
        state.SkipWithError("this CPU lacks the instruction set");
        return;
    }
    const auto first32 =
        isa == parlab::detail::PrimeIsa::avx512 ? parlab::detail::first32Avx512 : parlab::detail::first32Avx2;
    const parlab::detail::DivisorTable32& t = parlab::detail::divisorTable32();
    constexpr std::uint32_t kPrime = 100'000'007, kFrom = 64, kTo = 4'992;
    std::uint64_t tests = 0;
    for (auto _ : state) {
        const std::uint32_t i = first32(t.inv, t.lim, kPrime, kFrom, kTo);
        benchmark::DoNotOptimize(i);
        if (i != kTo)
            state.SkipWithError("100 000 007 is prime");
        tests += kTo - kFrom;
    }
    state.counters["divisions/s"] = benchmark::Counter(static_cast<double>(tests), benchmark::Counter::kIsRate);
    state.SetLabel(parlab::detail::isaName(isa));
}
BENCHMARK(BM_BlockLoopCeiling)->Arg(1)->Arg(2);

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
