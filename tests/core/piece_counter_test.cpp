/// @file piece_counter_test.cpp
/// @brief A W-worker run is a W-worker run: cut into W pieces, each worker does exactly one, on
///        every backend; cut into more, every worker gets work and every piece is done once.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend_test_support.h"
#include "backends/piece_counter.h"
#include "parlab/cancel_token.h"
#include "parlab/pi.h"
#include "parlab/primes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <vector>

using namespace parlab;
using parlab::detail::PieceCounter;

TEST(PieceCounter, WPiecesOnWThreadsGiveEachThreadExactlyOnePiece)
{
    // Threads that start in any order (the last-created often runs first): the first round is
    // decided up front, so no thread can take another's piece.
    for (int round = 0; round < 100; ++round) {
        for (int w = 1; w <= 16; ++w) {
            PieceCounter pieces(static_cast<std::uint64_t>(w), w);
            std::vector<std::vector<std::uint64_t>> got(static_cast<std::size_t>(w));
            std::vector<std::thread> threads;
            for (int t = w - 1; t >= 0; --t)
                threads.emplace_back([&, t] {
                    std::uint64_t p = 0;
                    while (pieces.next(t, p))
                        got[static_cast<std::size_t>(t)].push_back(p);
                });
            for (auto& th : threads)
                th.join();
            for (int t = 0; t < w; ++t)
                ASSERT_EQ(got[static_cast<std::size_t>(t)], std::vector<std::uint64_t>{static_cast<std::uint64_t>(t)})
                    << "W=" << w << " round " << round;
        }
    }
}

TEST(PieceCounter, MorePiecesThanWorkersAreEachDoneOnceAndEveryWorkerStartsWithOne)
{
    PieceCounter pieces(10, 4);
    std::vector<std::uint64_t> all;
    std::uint64_t p = 0;
    // Worker 3 asks first and repeatedly: it gets its own piece, then the shared ones.
    ASSERT_TRUE(pieces.next(3, p));
    EXPECT_EQ(p, 3u);
    all.push_back(p);
    while (pieces.next(3, p))
        all.push_back(p);
    // The others still have their first piece waiting for them.
    for (int w = 0; w < 3; ++w) {
        ASSERT_TRUE(pieces.next(w, p));
        EXPECT_EQ(p, static_cast<std::uint64_t>(w));
        all.push_back(p);
        EXPECT_FALSE(pieces.next(w, p));
    }
    std::sort(all.begin(), all.end());
    EXPECT_EQ(all, (std::vector<std::uint64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    PieceCounter few(2, 5); // fewer pieces than workers: three workers get none
    EXPECT_TRUE(few.next(0, p));
    EXPECT_TRUE(few.next(1, p));
    EXPECT_FALSE(few.next(2, p));
    EXPECT_FALSE(few.next(4, p));
}

class OnePiecePerWorker : public ::testing::TestWithParam<Backend> {};

TEST_P(OnePiecePerWorker, PiBlocksAndPoolChunks)
{
    CancelToken cancel;
    for (int w : {1, 2, 3, 4, 8}) {
        PiParams pi;
        pi.samples = 200'000;
        pi.workers = w;
        pi.blocks = static_cast<std::uint64_t>(w);
        pi.backend = GetParam();
        pi.workerPath = test::workerPath();
        const PiResult r = runPi(pi, nullptr, cancel);
        for (const WorkerStats& s : r.workers)
            EXPECT_EQ(s.chunks, 1u) << name(GetParam()) << " pi, worker " << s.id << " of " << w;

        PrimesParams pr;
        pr.first = 1;
        pr.last = 40'000;
        pr.workers = w;
        pr.schedule = Schedule::chunked;
        pr.chunksize = (40'000 + static_cast<std::uint64_t>(w) - 1) / static_cast<std::uint64_t>(w);
        pr.backend = GetParam();
        pr.workerPath = test::workerPath();
        const PrimesResult q = runPrimes(pr, nullptr, cancel);
        EXPECT_EQ(q.primes, 4203u);
        for (const WorkerStats& s : q.workers)
            EXPECT_EQ(s.chunks, 1u) << name(GetParam()) << " primes, worker " << s.id << " of " << w;
    }
}

INSTANTIATE_TEST_SUITE_P(EveryBackend, OnePiecePerWorker,
                         ::testing::Values(Backend::tbb, Backend::gil_threads, Backend::processes),
                         [](const auto& info) {
                             std::string n(name(info.param));
                             std::replace(n.begin(), n.end(), '-', '_');
                             return n;
                         });
