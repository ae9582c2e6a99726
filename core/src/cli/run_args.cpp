/// @file run_args.cpp
/// @brief Command-line settings of a run turned into PiParams / PrimesParams, with the core's
/// own validation, so the window cannot accept what `parlab run` rejects or the reverse.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/run_args.h"
#include "parlab/translate.h"

#include "parlab/parse_count.h"
#include "parlab/prime_check.h"

#include <cctype>
#include <charconv>
#include <limits>
#include <string>

namespace parlab {

namespace {

constexpr std::uint64_t kMaxSeed = std::numeric_limits<std::uint64_t>::max();

std::uint64_t countArg(std::string_view text, std::string_view option, std::uint64_t min, std::uint64_t max)
{
    try {
        return parseCount(text, option, min, max);
    } catch (const UsageError&) {
        throw;
    } catch (const Error& e) {
        throw UsageError(e.what()); // the message already names the option
    }
}

template <typename Enum> Enum enumArg(std::string_view text, std::string_view option)
{
    try {
        return parseEnum<Enum>(text, option);
    } catch (const InvalidParameter& e) {
        throw UsageError(e.what());
    }
}

/// The core's validate() names a parameter without dashes; on a command line it is the option.
template <typename Params> void validateAsOptions(const Params& p)
{
    try {
        validate(p);
    } catch (const InvalidParameter& e) {
        throw UsageError("--" + std::string(e.what()));
    }
}

} // namespace

const std::vector<OptionSpec>& piRunOptions()
{
    static const std::vector<OptionSpec> v{{"--samples"}, {"--workers"}, {"--blocks"},  {"--seed"},
                                           {"--kernel"},  {"--seeding"}, {"--backend"}, {"--switch-interval"}};
    return v;
}

const std::vector<OptionSpec>& primesRunOptions()
{
    static const std::vector<OptionSpec> v{{"--from"},      {"--to"},        {"--workers"},        {"--schedule"},
                                           {"--chunksize"}, {"--grainsize"}, {"--order"},          {"--seed"},
                                           {"--kernel"},    {"--backend"},   {"--switch-interval"}};
    return v;
}

int workersArg(std::string_view text)
{
    return static_cast<int>(countArg(text, "--workers", 1, static_cast<std::uint64_t>(kMaxWorkers)));
}

std::uint64_t samplesArg(std::string_view text)
{
    return countArg(text, "--samples", 1, kMaxPiSamples);
}

std::uint64_t rangeEndArg(std::string_view text, std::string_view option)
{
    return countArg(text, option, 0, kMaxPrimeCandidate);
}

double decimalArg(std::string_view text, std::string_view option, double lo, double hi, std::string_view what)
{
    const auto bad = [&] {
        return UsageError(fill(translate("parlab::Args", "%1 must be %2 (got '%3')"), {option, what, text}));
    };
    // from_chars would also take "inf", "nan" and more digits than mean anything; allow only the
    // plain decimal a person writes. It is locale-independent, unlike strtod under QApplication.
    std::size_t digits = 0, dots = 0;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            ++digits;
        else if (c == '.')
            ++dots;
        else
            throw bad();
    }
    if (digits == 0 || dots > 1 || text.size() > 32)
        throw bad();
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v, std::chars_format::fixed);
    if (ec != std::errc() || end != text.data() + text.size() || !(v >= lo && v <= hi))
        throw bad();
    return v;
}

double switchIntervalArg(std::string_view text)
{
    return decimalArg(text, "--switch-interval", 0.01, 1000,
                      translate("parlab::Args", "a number of milliseconds in 0.01…1000, like 5 or 0.5"));
}

double targetSecondsArg(std::string_view text)
{
    return decimalArg(text, "--target", 0.01, 60,
                      translate("parlab::Args", "a number of seconds in 0.01…60, like 0.3"));
}

int repeatArg(std::string_view text)
{
    try {
        return static_cast<int>(parseCount(text, "--repeat", 1, 100));
    } catch (const UsageError&) {
        throw;
    } catch (const Error& e) {
        throw UsageError(e.what()); // the message names --repeat
    }
}

void checkRange(std::uint64_t first, std::uint64_t last)
{
    if (first > last)
        throw UsageError(fill(translate("parlab::Args", "--from must not exceed --to (from %1, to %2)"),
                              {std::to_string(first), std::to_string(last)}));
}

void applyPiArgs(const ParsedArgs& args, PiParams& p)
{
    if (const auto v = args.value("--samples"))
        p.samples = samplesArg(*v);
    if (const auto v = args.value("--workers"))
        p.workers = workersArg(*v);
    if (const auto v = args.value("--blocks"))
        p.blocks = *v == "auto" ? 0 : countArg(*v, "--blocks", 1, kMaxPiBlocks);
    if (const auto v = args.value("--seed"))
        p.seed = countArg(*v, "--seed", 0, kMaxSeed);
    if (const auto v = args.value("--kernel"))
        p.kernel = enumArg<Kernel>(*v, "--kernel");
    if (const auto v = args.value("--seeding"))
        p.seeding = enumArg<Seeding>(*v, "--seeding");
    if (const auto v = args.value("--backend"))
        p.backend = enumArg<Backend>(*v, "--backend");
    if (const auto v = args.value("--switch-interval"))
        p.switchIntervalMs = switchIntervalArg(*v);
    validateAsOptions(p);
}

void applyPrimesArgs(const ParsedArgs& args, PrimesParams& p)
{
    if (const auto v = args.value("--from"))
        p.first = rangeEndArg(*v, "--from");
    if (const auto v = args.value("--to"))
        p.last = rangeEndArg(*v, "--to");
    if (const auto v = args.value("--workers"))
        p.workers = workersArg(*v);
    if (const auto v = args.value("--schedule"))
        p.schedule = enumArg<Schedule>(*v, "--schedule");
    if (const auto v = args.value("--chunksize"))
        p.chunksize = countArg(*v, "--chunksize", 0, kMaxPrimeCandidate);
    if (const auto v = args.value("--grainsize"))
        p.grainsize = countArg(*v, "--grainsize", 0, kMaxPrimeCandidate);
    if (const auto v = args.value("--order"))
        p.order = enumArg<Order>(*v, "--order");
    if (const auto v = args.value("--seed"))
        p.seed = countArg(*v, "--seed", 0, kMaxSeed);
    if (const auto v = args.value("--kernel"))
        p.kernel = enumArg<Kernel>(*v, "--kernel");
    if (const auto v = args.value("--backend"))
        p.backend = enumArg<Backend>(*v, "--backend");
    if (const auto v = args.value("--switch-interval"))
        p.switchIntervalMs = switchIntervalArg(*v);
    checkRange(p.first, p.last);
    validateAsOptions(p);
}

} // namespace parlab
