/// @file cli.cpp
/// @brief `parlab run pi|primes`: parse, validate, run on the core, print a summary or JSON.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "cli_args.h"
#include "cli_json.h"
#include "parlab/cancel_token.h"
#include "parlab/error.h"
#include "parlab/machine.h"
#include "parlab/parse_count.h"
#include "parlab/pi.h"
#include "parlab/prime_check.h"
#include "parlab/primes.h"
#include "parlab/version.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

namespace parlab::cli {

namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInterrupted = 130;

// Ctrl+C stops the run cooperatively: an atomic store is async-signal-safe.
CancelToken* gCancel = nullptr;
extern "C" void onInterrupt(int) { if (gCancel) gCancel->cancel(); }

const char* kUsage =
    "Usage:\n"
    "  parlab run pi [--samples N] [--workers K] [--blocks B] [--seed S]\n"
    "                [--kernel scalar|batched] [--seeding independent|identical]\n"
    "                [--backend tbb|gil-threads|processes] [--switch-interval MS] [--json]\n"
    "  parlab run primes [--from A] [--to B] [--workers K] [--schedule static|chunked|auto|queue]\n"
    "                [--chunksize C] [--grainsize G] [--order natural|shuffled|costliest]\n"
    "                [--seed S] [--backend tbb|gil-threads|processes] [--switch-interval MS] [--json]\n"
    "Numbers may be written as 100000000 or 1e8. Defaults: pi 1e8 darts; primes 1e8 … 1e8+1e5\n"
    "(the book's range); workers = physical cores; chunksize 0 = Python's ceil(n / (4·workers)),\n"
    "for queue 1 (one number per job). --switch-interval: gil-threads' hand-over interval (5 ms).\n"
    "The processes backend runs parlab-worker from this program's directory (or $PARLAB_WORKER).\n"
    "Exit codes: 0 done, 1 failed, 2 bad arguments, 130 interrupted.\n";

template <typename Enum>
Enum parseEnum(const Options& o, const std::string& option, Enum fallback)
{
    const auto text = o.value(option);
    if (!text)
        return fallback;
    if (const auto v = parseName<Enum>(*text))
        return *v;
    throw UsageError(option + " must be one of " + allowedNames<Enum>() + " (got '" + *text + "')");
}

std::uint64_t count(const Options& o, const std::string& option, std::uint64_t fallback, std::uint64_t min,
                    std::uint64_t max)
{
    const auto text = o.value(option);
    if (!text)
        return fallback;
    try {
        return parseCount(*text, option, min, max);
    } catch (const parlab::Error& e) {
        throw UsageError(e.what());  // the message already names the option
    }
}

/// A run that started and failed (a worker died, a malformed message): exit 1, not a usage error.
class RunFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

template <typename Run>
auto runChecked(Run&& run)
{
    try {
        return run();
    } catch (const parlab::Error& e) {
        throw RunFailed(e.what());
    }
}

double switchIntervalOption(const Options& o)
{
    const auto text = o.value("--switch-interval");
    if (!text)
        return 5.0;
    char* end = nullptr;
    const double v = std::strtod(text->c_str(), &end);
    if (text->empty() || end != text->c_str() + text->size() || !(v >= 0.01 && v <= 1000))
        throw UsageError("--switch-interval must be a number of milliseconds in 0.01…1000 (got '" + *text + "')");
    return v;
}

void writeBackendStats(JsonWriter& j, const BackendStats& b)
{
    j.field("pills", b.pills);
    j.beginObject("backend_stats")
        .field("gil_switches", b.gilSwitches)
        .field("gil_drop_requests", b.gilDropRequests)
        .field("gil_max_holders", b.gilMaxHolders)
        .field("startup_seconds", b.startupSeconds)
        .field("messages", b.messages)
        .field("bytes", b.bytes)
        .endObject();
}

int workersOption(const Options& o)
{
    return static_cast<int>(count(o, "--workers", static_cast<std::uint64_t>(machine().physicalCores), 1, kMaxWorkers));
}

void writeCommon(JsonWriter& j, std::string_view kind, double seconds, bool cancelled)
{
    j.field("kind", kind).field("version", version()).field("seconds", seconds).field("cancelled", cancelled);
    const MachineInfo& m = machine();
    j.beginObject("machine")
        .field("cpu", m.cpuModel)
        .field("physical_cores", m.physicalCores)
        .field("logical_cores", m.logicalCores)
        .endObject();
}

void writeWorker(JsonWriter& j, const WorkerStats& w, bool primes)
{
    j.beginObject().field("id", w.id).field("items", w.items).field("busy_seconds", w.busySeconds).field("chunks", w.chunks);
    if (primes)
        j.field("divisions", w.divisions).field("primes", w.primes);
    else
        j.field("hits", w.hits);
    j.endObject();
}

int runPiCommand(const Options& o, CancelToken& cancel)
{
    PiParams p;
    p.samples = count(o, "--samples", 100'000'000, 1, kMaxPiSamples);
    p.workers = workersOption(o);
    p.blocks = count(o, "--blocks", 0, 1, kMaxPiBlocks);
    p.seed = count(o, "--seed", 1, 0, std::numeric_limits<std::uint64_t>::max());
    p.kernel = parseEnum(o, "--kernel", Kernel::batched);
    p.seeding = parseEnum(o, "--seeding", Seeding::independent);
    p.backend = parseEnum(o, "--backend", Backend::tbb);
    p.switchIntervalMs = switchIntervalOption(o);
    validate(p);  // cross-parameter checks (blocks ≤ samples)

    const PiResult r = runChecked([&] { return runPi(p, nullptr, cancel); });
    if (o.has("--json")) {
        JsonWriter j;
        j.beginObject();
        writeCommon(j, "pi", r.seconds, r.cancelled);
        j.beginObject("params")
            .field("samples", p.samples)
            .field("workers", p.workers)
            .field("blocks", r.params.blocks)
            .field("seed", p.seed)
            .field("kernel", name(p.kernel))
            .field("seeding", name(p.seeding))
            .field("backend", name(p.backend))
            .field("switch_interval_ms", p.switchIntervalMs)
            .endObject();
        j.field("samples", r.samples).field("hits", r.hits).field("pi", r.pi);
        writeBackendStats(j, r.backendStats);
        j.beginArray("workers");
        for (const auto& w : r.workers)
            writeWorker(j, w, false);
        j.endArray().endObject();
        std::cout << j.str() << '\n';
    } else {
        std::printf("Workers: %d, Estimated Pi: %.6f, Time: %.3f s%s\n", p.workers, r.pi, r.seconds,
                    r.cancelled ? " (interrupted)" : "");
        std::printf("Darts: %llu, hits: %llu, blocks: %llu, kernel: %s, backend: %s, %.0f M darts/s\n",
                    static_cast<unsigned long long>(r.samples), static_cast<unsigned long long>(r.hits),
                    static_cast<unsigned long long>(r.params.blocks), std::string(name(p.kernel)).c_str(),
                    std::string(name(p.backend)).c_str(),
                    r.seconds > 0 ? static_cast<double>(r.samples) / r.seconds / 1e6 : 0.0);
    }
    return r.cancelled ? kExitInterrupted : 0;
}

int runPrimesCommand(const Options& o, CancelToken& cancel)
{
    PrimesParams p;
    p.first = count(o, "--from", 100'000'000, 0, kMaxPrimeCandidate);
    p.last = count(o, "--to", 100'100'000, 0, kMaxPrimeCandidate);
    p.workers = workersOption(o);
    p.schedule = parseEnum(o, "--schedule", Schedule::chunked);
    p.chunksize = count(o, "--chunksize", 0, 0, kMaxPrimeCandidate);
    p.grainsize = count(o, "--grainsize", 0, 0, kMaxPrimeCandidate);
    p.order = parseEnum(o, "--order", Order::natural);
    p.seed = count(o, "--seed", 1, 0, std::numeric_limits<std::uint64_t>::max());
    p.backend = parseEnum(o, "--backend", Backend::tbb);
    p.switchIntervalMs = switchIntervalOption(o);
    if (p.first > p.last)
        throw UsageError("--from must not exceed --to (from " + std::to_string(p.first) + ", to " +
                         std::to_string(p.last) + ")");
    validate(p);

    const PrimesResult r = runChecked([&] { return runPrimes(p, nullptr, cancel); });
    if (o.has("--json")) {
        JsonWriter j;
        j.beginObject();
        writeCommon(j, "primes", r.seconds, r.cancelled);
        j.beginObject("params")
            .field("from", p.first)
            .field("to", p.last)
            .field("workers", p.workers)
            .field("schedule", name(p.schedule))
            .field("chunksize", r.params.chunksize)
            .field("grainsize", p.grainsize)
            .field("order", name(p.order))
            .field("seed", p.seed)
            .field("backend", name(p.backend))
            .field("switch_interval_ms", p.switchIntervalMs)
            .endObject();
        j.field("checked", r.checked).field("primes", r.primes).field("divisions", r.divisions).field("chunks", r.chunks);
        writeBackendStats(j, r.backendStats);
        j.beginArray("workers");
        for (const auto& w : r.workers)
            writeWorker(j, w, true);
        j.endArray().endObject();
        std::cout << j.str() << '\n';
    } else {
        std::printf("Workers: %d, Primes: %llu of %llu numbers, Time: %.3f s%s\n", p.workers,
                    static_cast<unsigned long long>(r.primes), static_cast<unsigned long long>(r.checked), r.seconds,
                    r.cancelled ? " (interrupted)" : "");
        std::printf("Schedule: %s, chunksize: %llu, chunks: %llu, order: %s, divisions: %llu, backend: %s\n",
                    std::string(name(p.schedule)).c_str(), static_cast<unsigned long long>(resolvedChunksize(r.params)),
                    static_cast<unsigned long long>(r.chunks), std::string(name(p.order)).c_str(),
                    static_cast<unsigned long long>(r.divisions), std::string(name(p.backend)).c_str());
        if (r.backendStats.pills)
            std::printf("Workers that exited on their poison pill: %llu\n",
                        static_cast<unsigned long long>(r.backendStats.pills));
    }
    return r.cancelled ? kExitInterrupted : 0;
}

} // namespace

int runCommand(int argc, char** argv)
{
    std::vector<std::string> args(argv, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::fputs(kUsage, args.empty() ? stderr : stdout);
        return args.empty() ? kExitUsage : 0;
    }
    const std::string what = args[0];
    args.erase(args.begin());
    if (std::find(args.begin(), args.end(), "--help") != args.end()) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    CancelToken cancel;
    gCancel = &cancel;
    std::signal(SIGINT, onInterrupt);
    try {
        if (what == "pi") {
            const Options o(args, {"--samples", "--workers", "--blocks", "--seed", "--kernel", "--seeding", "--backend",
                             "--switch-interval"}, {"--json"},
                            "'parlab run pi'");
            return runPiCommand(o, cancel);
        }
        if (what == "primes") {
            const Options o(args,
                            {"--from", "--to", "--workers", "--schedule", "--chunksize", "--grainsize", "--order", "--seed",
                             "--backend", "--switch-interval"},
                            {"--json"}, "'parlab run primes'");
            return runPrimesCommand(o, cancel);
        }
        throw UsageError("unknown experiment '" + what + "' (allowed: pi, primes)");
    } catch (const RunFailed& e) {
        std::fprintf(stderr, "parlab: the run failed: %s\n", e.what());
        return kExitFailed;
    } catch (const UsageError& e) {
        std::fprintf(stderr, "parlab: %s\n", e.what());
        return kExitUsage;
    } catch (const parlab::Error& e) {
        // The core names the parameter without dashes; the option has the same name.
        std::fprintf(stderr, "parlab: --%s\n", e.what());
        return kExitUsage;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "parlab: the run failed: %s\n", e.what());
        return kExitFailed;
    }
}

} // namespace parlab::cli
