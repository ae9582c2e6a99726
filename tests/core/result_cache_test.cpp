/// @file result_cache_test.cpp
/// @brief The result cache: hits, misses on any changed key part, recovery from a damaged file,
/// and two writers at once.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/result_cache.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

class ResultCacheTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        dir_ = fs::temp_directory_path() / ("parlab-cache-test-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        path_ = (dir_ / "nested" / "results.sqlite").string();
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
    std::string path_;
};

TEST_F(ResultCacheTest, StoredEntryIsFoundAgainAfterReopening)
{
    {
        parlab::ResultCache cache(path_);
        EXPECT_TRUE(cache.warning().empty());
        EXPECT_FALSE(cache.find("sweep", "workers=1..4").has_value());
        cache.store("sweep", "workers=1..4", "1,0.5\n2,0.26\n");
    }
    parlab::ResultCache cache(path_);
    const auto hit = cache.find("sweep", "workers=1..4");
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->payload, "1,0.5\n2,0.26\n");
    EXPECT_GT(hit->measuredAt, 1'600'000'000);
}

TEST_F(ResultCacheTest, ChangedKindOrParameterMisses)
{
    parlab::ResultCache cache(path_);
    cache.store("pi", "samples=1e8;workers=2", "a");
    EXPECT_FALSE(cache.find("pi", "samples=1e8;workers=3").has_value());
    EXPECT_FALSE(cache.find("primes", "samples=1e8;workers=2").has_value());
    EXPECT_TRUE(cache.find("pi", "samples=1e8;workers=2").has_value());
}

TEST_F(ResultCacheTest, StoreReplacesAndClearEmpties)
{
    parlab::ResultCache cache(path_);
    cache.store("k", "p", "old");
    cache.store("k", "p", "new");
    EXPECT_EQ(cache.size(), 1);
    EXPECT_EQ(cache.find("k", "p")->payload, "new");
    cache.clear();
    EXPECT_EQ(cache.size(), 0);
    EXPECT_FALSE(cache.find("k", "p").has_value());
}

TEST_F(ResultCacheTest, EnvironmentKeyNamesVersionAndMachine)
{
    const std::string key = parlab::ResultCache::environmentKey();
    EXPECT_EQ(key.rfind("parlab ", 0), 0u);
    EXPECT_EQ(std::count(key.begin(), key.end(), '|'), 3);
}

TEST_F(ResultCacheTest, DamagedFileIsSetAsideAndAFreshOneStarted)
{
    fs::create_directories(fs::path(path_).parent_path());
    {
        std::ofstream junk(path_, std::ios::binary);
        junk << "this is not an SQLite database, just bytes that once were one" << std::string(5000, 'x');
    }
    parlab::ResultCache cache(path_);
    EXPECT_FALSE(cache.warning().empty());
    EXPECT_NE(cache.warning().find("moved to"), std::string::npos);
    EXPECT_FALSE(cache.find("k", "p").has_value());
    cache.store("k", "p", "v");
    EXPECT_EQ(cache.find("k", "p")->payload, "v");
    int asides = 0;
    for (const auto& e : fs::directory_iterator(fs::path(path_).parent_path()))
        asides += e.path().filename().string().find(".damaged-") != std::string::npos ? 1 : 0;
    EXPECT_EQ(asides, 1);
}

TEST_F(ResultCacheTest, TruncatedDatabaseIsRecovered)
{
    {
        parlab::ResultCache cache(path_);
        for (int i = 0; i < 200; ++i)
            cache.store("k", std::to_string(i), std::string(500, 'p'));
    }
    // Cut the file in the middle of its pages: the header survives, the b-tree does not.
    fs::resize_file(path_, fs::file_size(path_) / 2);
    fs::remove(path_ + "-wal");
    parlab::ResultCache cache(path_);
    EXPECT_FALSE(cache.warning().empty());
    cache.store("k", "after", "v");
    EXPECT_EQ(cache.find("k", "after")->payload, "v");
}

TEST_F(ResultCacheTest, TwoWritersAtOnceLoseNothing)
{
    {
        parlab::ResultCache init(path_);
    }
    constexpr int kEach = 50;
    const auto writer = [&](const std::string& who) {
        parlab::ResultCache cache(path_); // its own connection, as a second parlab would have
        for (int i = 0; i < kEach; ++i)
            cache.store(who, std::to_string(i), who + std::to_string(i));
    };
    std::thread a(writer, "a"), b(writer, "b");
    a.join();
    b.join();
    parlab::ResultCache cache(path_);
    EXPECT_TRUE(cache.warning().empty());
    EXPECT_EQ(cache.size(), 2 * kEach);
    EXPECT_EQ(cache.find("b", "49")->payload, "b49");
}

} // namespace
