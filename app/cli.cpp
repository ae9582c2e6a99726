/// @file cli.cpp
/// @brief `parlab run pi|primes`: parse, validate, run on the core, print a summary or JSON.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "cli_json.h"
#include "parlab/args.h"
#include "parlab/cancel_token.h"
#include "parlab/error.h"
#include "parlab/interrupt.h"
#include "parlab/machine.h"
#include "parlab/machine_load.h"
#include "parlab/parse_count.h"
#include "parlab/pi.h"
#include "parlab/prime_check.h"
#include "parlab/primes.h"
#include "parlab/run_args.h"
#include "parlab/statistics.h"
#include "parlab/translate.h"
#include "parlab/version.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

namespace parlab::cli {

namespace {

// The result lines ("Workers: 2, Estimated Pi: …") stay English: they mirror the book's Python
// output and scripts read them. Help, notes and errors are translated.
const char* kUsage = PARLAB_TRANSLATE_NOOP(
    "parlab::Cli",
    "Usage:\n"
    "  parlab run pi [--samples N] [--workers K] [--blocks B] [--seed S]\n"
    "                [--kernel scalar|batched] [--seeding independent|identical]\n"
    "                [--backend tbb|gil-threads|processes] [--switch-interval MS] [--json]\n"
    "  parlab run primes [--from A] [--to B] [--workers K] [--schedule static|chunked|auto|queue]\n"
    "                [--chunksize C] [--grainsize G] [--order natural|shuffled|costliest]\n"
    "                [--seed S] [--kernel scalar|batched] [--backend tbb|gil-threads|processes]\n"
    "                [--switch-interval MS] [--json]\n"
    "  Both take --repeat N (1…1000): the run N times; the time shown is the median, and --json\n"
    "  lists every repeat with min, median, max and MAD.\n"
    "Numbers may be written as 100000000 or 1e8. Defaults: pi 1e8 darts; primes 1e8 … 1e8+1e5\n"
    "(the book's range); workers = physical cores; chunksize 0 = Python's ceil(n / (4·workers)),\n"
    "for queue 1 (one number per job). --switch-interval: gil-threads' hand-over interval (5 ms).\n"
    "primes --kernel: scalar (default) is the seed's loop; batched tries the same divisors, vectorised.\n"
    "The processes backend runs parlab-worker from this program's directory, or from ../libexec/parlab\n"
    "when installed (or $PARLAB_WORKER).\n"
    "--lang ko|en: the language of help and messages (default: the system's).\n"
    "Exit codes: 0 done, 1 failed, 2 bad arguments, 130 interrupted.\n");

/// A run that started and failed (a worker died, a malformed message): exit 1, not a usage error.
class RunFailed : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

template <typename Run> auto runChecked(Run&& run)
{
    try {
        return run();
    } catch (const parlab::Error& e) {
        throw RunFailed(e.what());
    }
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

/// `--repeat N`: the same run N times (1 by default); the last run's result and every run's
/// seconds. Counts do not change between repeats (the runs are deterministic); times do.
template <typename Once> auto repeated(const ParsedArgs& o, Once&& once)
{
    std::uint64_t n = 1;
    if (const auto text = o.value("--repeat")) {
        try {
            n = parseCount(*text, "--repeat", 1, 1000);
        } catch (const UsageError&) {
            throw;
        } catch (const parlab::Error& e) {
            throw UsageError(e.what()); // the message names --repeat
        }
    }
    LoadMeter meter;
    meter.start();
    auto r = runChecked(once);
    std::vector<double> seconds{r.seconds};
    while (seconds.size() < n && !r.cancelled) {
        r = runChecked(once);
        if (!r.cancelled)
            seconds.push_back(r.seconds);
    }
    return std::tuple{r, summarize(std::move(seconds)), meter.stop()};
}

/// `seconds` is the median of the repeats; every repeat and its spread come with it, and how
/// many cores other programs used meanwhile (null where the machine cannot tell).
void writeTiming(JsonWriter& j, const Timing& t, const MachineLoad& load)
{
    j.field("background_cpu", load.known ? load.backgroundCores : std::numeric_limits<double>::quiet_NaN());
    j.beginArray("repeats");
    for (double s : t.seconds)
        j.field("", s);
    j.endArray();
    j.field("min_seconds", t.min)
        .field("median_seconds", t.median)
        .field("max_seconds", t.max)
        .field("mad_seconds", t.mad);
}

/// A line after the result when other programs were busy enough to spoil the lesson (part of
/// the result, so on stdout; --json has background_cpu instead).
void noteIfBusy(const MachineLoad& load)
{
    if (!load.known || load.backgroundCores <= kBusyMachineCores)
        return;
    {
        char cores[32];
        std::snprintf(cores, sizeof cores, "%.1f", load.backgroundCores);
        std::printf("%s\n", fill(translate("parlab::Cli", "Note: other programs used %1 cores during the run — the "
                                                          "time may not show the lesson; close them and run again."),
                                 {cores})
                                .c_str());
    }
}

/// " (median of 5: 0.201 … 0.230 s)" after a time, when there were repeats.
std::string spread(const Timing& t)
{
    if (t.seconds.size() < 2)
        return {};
    char buf[96];
    std::snprintf(buf, sizeof buf, " (median of %zu: %.3f … %.3f s)", t.seconds.size(), t.min, t.max);
    return buf;
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
    j.beginObject()
        .field("id", w.id + 1) // numbered from 1, as the window shows workers
        .field("items", w.items)
        .field("busy_seconds", w.busySeconds)
        .field("chunks", w.chunks);
    if (primes)
        j.field("divisions", w.divisions).field("primes", w.primes);
    else
        j.field("hits", w.hits);
    j.endObject();
}

int runPiCommand(const ParsedArgs& o, CancelToken& cancel)
{
    PiParams p;
    p.samples = 100'000'000;
    p.workers = machine().physicalCores;
    applyPiArgs(o, p);

    const auto [r, timing, load] = repeated(o, [&] { return runPi(p, nullptr, cancel); });
    if (o.has("--json")) {
        JsonWriter j;
        j.beginObject();
        writeCommon(j, "pi", timing.median, r.cancelled);
        writeTiming(j, timing, load);
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
        std::printf("Workers: %d, Estimated Pi: %.6f, Time: %.3f s%s%s\n", p.workers, r.pi, timing.median,
                    spread(timing).c_str(), r.cancelled ? " (interrupted)" : "");
        std::printf("Darts: %llu, hits: %llu, blocks: %llu, kernel: %s, backend: %s, %.0f M darts/s\n",
                    static_cast<unsigned long long>(r.samples), static_cast<unsigned long long>(r.hits),
                    static_cast<unsigned long long>(r.params.blocks), std::string(name(p.kernel)).c_str(),
                    std::string(name(p.backend)).c_str(),
                    timing.median > 0 ? static_cast<double>(r.samples) / timing.median / 1e6 : 0.0);
        noteIfBusy(load);
    }
    return r.cancelled ? kExitInterrupted : 0;
}

int runPrimesCommand(const ParsedArgs& o, CancelToken& cancel)
{
    PrimesParams p; // defaults: the book's range, 1e8 … 1e8 + 1e5
    p.workers = machine().physicalCores;
    applyPrimesArgs(o, p);

    const auto [r, timing, load] = repeated(o, [&] { return runPrimes(p, nullptr, cancel); });
    if (o.has("--json")) {
        JsonWriter j;
        j.beginObject();
        writeCommon(j, "primes", timing.median, r.cancelled);
        writeTiming(j, timing, load);
        j.beginObject("params")
            .field("from", p.first)
            .field("to", p.last)
            .field("workers", p.workers)
            .field("schedule", name(p.schedule))
            .field("chunksize", r.params.chunksize)
            .field("grainsize", p.grainsize)
            .field("order", name(p.order))
            .field("seed", p.seed)
            .field("kernel", name(p.kernel))
            .field("backend", name(p.backend))
            .field("switch_interval_ms", p.switchIntervalMs)
            .endObject();
        j.field("checked", r.checked)
            .field("primes", r.primes)
            .field("divisions", r.divisions)
            .field("chunks", r.chunks);
        writeBackendStats(j, r.backendStats);
        j.beginArray("workers");
        for (const auto& w : r.workers)
            writeWorker(j, w, true);
        j.endArray().endObject();
        std::cout << j.str() << '\n';
    } else {
        std::printf("Workers: %d, Primes: %llu of %llu numbers, Time: %.3f s%s%s\n", p.workers,
                    static_cast<unsigned long long>(r.primes), static_cast<unsigned long long>(r.checked),
                    timing.median, spread(timing).c_str(), r.cancelled ? " (interrupted)" : "");
        std::printf(
            "Schedule: %s, chunksize: %llu, chunks: %llu, order: %s, divisions: %llu, kernel: %s, backend: %s\n",
            std::string(name(p.schedule)).c_str(), static_cast<unsigned long long>(resolvedChunksize(r.params)),
            static_cast<unsigned long long>(r.chunks), std::string(name(p.order)).c_str(),
            static_cast<unsigned long long>(r.divisions), std::string(name(p.kernel)).c_str(),
            std::string(name(p.backend)).c_str());
        if (r.backendStats.pills)
            std::printf("Workers that exited on their poison pill: %llu\n",
                        static_cast<unsigned long long>(r.backendStats.pills));
        noteIfBusy(load);
    }
    return r.cancelled ? kExitInterrupted : 0;
}

/// The options of `parlab run WHAT`: the run's settings plus --json.
std::vector<OptionSpec> withJson(std::vector<OptionSpec> specs)
{
    specs.push_back({"--json", false});
    specs.push_back({"--repeat"});
    specs.push_back({"--lang"}); // read before parsing, by setUpLanguage()
    return specs;
}

void printError(const std::string& line)
{
    std::fprintf(stderr, "parlab: %s\n", printable(line).c_str());
}

} // namespace

int runCommand(int argc, char** argv)
{
    std::vector<std::string> args(argv, argv + argc);
    if (args.empty()) {
        printError(translate("parlab::Cli", "'parlab run' needs an experiment: pi or primes (see parlab run --help)"));
        return kExitUsage;
    }
    const std::string what = args[0];
    if (what == "--help" || what == "-h") {
        std::fputs(translate("parlab::Cli", kUsage).c_str(), stdout);
        return 0;
    }
    args.erase(args.begin());
    CancelToken cancel;
    InterruptGuard interrupts(cancel);
    try {
        if (what != "pi" && what != "primes")
            throw UsageError(fill(translate("parlab::Cli", "unknown experiment '%1' (allowed: pi, primes)"), {what}));
        const auto specs = withJson(what == "pi" ? piRunOptions() : primesRunOptions());
        if (asksForHelp(args, specs)) {
            std::fputs(translate("parlab::Cli", kUsage).c_str(), stdout);
            return 0;
        }
        const ParsedArgs o(args, specs, 0, "'parlab run " + what + "'");
        interrupts.arm();
        return what == "pi" ? runPiCommand(o, cancel) : runPrimesCommand(o, cancel);
    } catch (const RunFailed& e) {
        printError(fill(translate("parlab::Cli", "the run failed: %1"), {e.what()}));
        return kExitFailed;
    } catch (const UsageError& e) {
        printError(e.what());
        return kExitUsage;
    } catch (const parlab::InvalidParameter& e) {
        // A setting the core refused: on a command line its parameter is an option.
        printError("--" + std::string(e.what()));
        return kExitUsage;
    } catch (const std::exception& e) {
        printError(fill(translate("parlab::Cli", "the run failed: %1"), {e.what()}));
        return kExitFailed;
    }
}

} // namespace parlab::cli
