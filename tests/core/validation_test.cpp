/// @file validation_test.cpp
/// @brief Every bad parameter is rejected at the core's boundary with a parlab::Error naming it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/cancel_token.h"
#include "parlab/error.h"
#include "parlab/pi.h"
#include "parlab/prime_check.h"
#include "parlab/primes.h"
#include "parlab/telemetry.h"

#include <gtest/gtest.h>

#include <functional>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace parlab {
namespace {

static_assert(std::is_base_of_v<std::runtime_error, Error>);

/// Runs f, which must throw parlab::Error whose message contains `parameter`.
void expectError(const std::function<void()>& f, const std::string& parameter, const std::string& what)
{
    try {
        f();
        ADD_FAILURE() << what << ": no error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find(parameter), std::string::npos)
            << what << ": message '" << e.what() << "' does not name " << parameter;
    } catch (...) {
        ADD_FAILURE() << what << ": threw something other than parlab::Error";
    }
}

void expectPiError(PiParams p, const std::string& parameter, const std::string& what)
{
    expectError([&] { validate(p); }, parameter, "validate " + what);
    // runPi validates too, before any work (a run of bad parameters never starts).
    CancelToken cancel;
    expectError([&] { runPi(p, nullptr, cancel); }, parameter, "runPi " + what);
}

void expectPrimesError(PrimesParams p, const std::string& parameter, const std::string& what)
{
    expectError([&] { validate(p); }, parameter, "validate " + what);
    CancelToken cancel;
    expectError([&] { runPrimes(p, nullptr, cancel); }, parameter, "runPrimes " + what);
}

TEST(Validation, PiParameters)
{
    PiParams ok;
    ok.samples = 1000;
    ok.workers = 2;
    EXPECT_NO_THROW(validate(ok));

    PiParams p = ok;
    p.workers = 0;
    expectPiError(p, "workers", "workers 0");
    p.workers = -3;
    expectPiError(p, "workers", "workers -3");
    p.workers = 257;
    expectPiError(p, "workers", "workers 257");
    p = ok;
    p.samples = 0;
    expectPiError(p, "samples", "samples 0");
    p.samples = kMaxPiSamples + 1;
    expectPiError(p, "samples", "samples 1e11+1");
    p = ok;
    p.blocks = 1001;
    expectPiError(p, "blocks", "blocks > samples");
    p.samples = kMaxPiSamples;
    p.blocks = kMaxPiBlocks + 1;
    expectPiError(p, "blocks", "blocks > 1e7");
}

TEST(Validation, DefaultBlocksNeverExceedTheDarts)
{
    // Nobody asked for blocks: one per worker would be 4 blocks for 3 darts, so it is 3.
    PiParams p;
    p.samples = 3;
    p.workers = 4;
    EXPECT_NO_THROW(validate(p));
    EXPECT_EQ(resolvedBlocks(p), 3u);
    const PiResult r = runPi(p, nullptr, CancelToken{});
    EXPECT_EQ(r.samples, 3u);
    EXPECT_EQ(r.params.blocks, 3u);
}

TEST(Validation, PiBoundariesAreAccepted)
{
    PiParams p;
    p.samples = 1;
    p.workers = 1;
    EXPECT_NO_THROW(validate(p));
    p.samples = kMaxPiSamples;
    p.workers = kMaxWorkers;
    p.blocks = kMaxPiBlocks;
    EXPECT_NO_THROW(validate(p));
    p.samples = 10;
    p.workers = 1;
    p.blocks = 10;
    EXPECT_NO_THROW(validate(p));
}

TEST(Validation, PrimesParameters)
{
    PrimesParams ok;
    ok.first = 1;
    ok.last = 100;
    ok.workers = 2;
    EXPECT_NO_THROW(validate(ok));

    PrimesParams p = ok;
    p.workers = 0;
    expectPrimesError(p, "workers", "workers 0");
    p.workers = 257;
    expectPrimesError(p, "workers", "workers 257");
    p = ok;
    p.first = 10;
    p.last = 5;
    expectPrimesError(p, "from", "from > to");
    p = ok;
    p.last = kMaxPrimeCandidate + 1;
    expectPrimesError(p, "to", "to > 2^53");
    p.first = kMaxPrimeCandidate + 1;
    p.last = kMaxPrimeCandidate + 2;
    expectPrimesError(p, "to", "range above 2^53");
    p = ok;
    p.chunksize = kMaxPrimeCandidate + 1;
    expectPrimesError(p, "chunksize", "chunksize > 2^53");
    p = ok;
    p.grainsize = kMaxPrimeCandidate + 1;
    expectPrimesError(p, "grainsize", "grainsize > 2^53");
}

TEST(Validation, PrimesBoundariesAreAccepted)
{
    PrimesParams p;
    p.first = 0;
    p.last = 0;
    p.workers = 256;
    EXPECT_NO_THROW(validate(p));
    p.first = p.last = kMaxPrimeCandidate;
    p.chunksize = kMaxPrimeCandidate;
    p.grainsize = kMaxPrimeCandidate;
    EXPECT_NO_THROW(validate(p));
}

TEST(Validation, TelemetrySizedForAnotherRunIsRejected)
{
    CancelToken cancel;
    Telemetry t(2, 100);
    PiParams pi;
    pi.samples = 100;
    pi.workers = 3;
    expectError([&] { runPi(pi, &t, cancel); }, "telemetry", "pi telemetry size");
    PrimesParams pr;
    pr.first = 1;
    pr.last = 100;
    pr.workers = 3;
    expectError([&] { runPrimes(pr, &t, cancel); }, "telemetry", "primes telemetry size");
}

} // namespace
} // namespace parlab
