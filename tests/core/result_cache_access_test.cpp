/// @file result_cache_access_test.cpp
/// @brief The result cache tells damage from everything else: a locked, unreadable or read-only
///        cache is kept as it is (read where it can be), and a table of another layout is rebuilt.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/result_cache.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <filesystem>
#include <functional>
#include <grp.h>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using parlab::ResultCache;

class ResultCacheAccessTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        dir_ = fs::temp_directory_path() / ("parlab-cache-access-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        fs::permissions(dir_, fs::perms(0755));
        path_ = (dir_ / "results.sqlite").string();
    }
    void TearDown() override
    {
        std::error_code ec;
        fs::permissions(dir_, fs::perms(0755), ec);
        fs::remove_all(dir_, ec);
    }

    [[nodiscard]] int setAside() const
    {
        int n = 0;
        for (const auto& e : fs::directory_iterator(dir_))
            n += e.path().filename().string().find(".damaged-") != std::string::npos ? 1 : 0;
        return n;
    }

    // Runs body in a child process for which the folder is writable or not, and the cache file
    // read-only or unreadable. As root, permissions bind nobody, so the child becomes nobody;
    // otherwise it takes the bits away itself. body returns what went wrong ("" for nothing); the
    // answer comes back here so the assertions are made by the test process.
    std::string asOtherUser(bool folderWritable, bool fileReadable, const std::function<std::string()>& body)
    {
        int out[2];
        if (::pipe(out) != 0)
            return "no pipe";
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(out[0]);
            if (::geteuid() == 0) {
                ::chmod(dir_.c_str(), folderWritable ? 0777 : 0755);
                ::chmod(path_.c_str(), fileReadable ? 0644 : 0600);
                if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(3);
            } else {
                ::chmod(dir_.c_str(), folderWritable ? 0755 : 0555);
                ::chmod(path_.c_str(), fileReadable ? 0444 : 0);
            }
            const std::string why = body();
            if (!why.empty() && ::write(out[1], why.data(), why.size()) < 0)
                ::_exit(4);
            ::_exit(why.empty() ? 0 : 1);
        }
        ::close(out[1]);
        std::string why;
        char buf[512];
        for (ssize_t n; (n = ::read(out[0], buf, sizeof buf)) > 0;)
            why.append(buf, static_cast<std::size_t>(n));
        ::close(out[0]);
        int st = 0;
        ::waitpid(child, &st, 0);
        ::chmod(dir_.c_str(), 0755);
        ::chmod(path_.c_str(), 0644);
        if (!WIFEXITED(st) || (WEXITSTATUS(st) != 0 && why.empty()))
            return "the child failed with wait status " + std::to_string(st);
        return why;
    }

    fs::path dir_;
    std::string path_;
};

TEST_F(ResultCacheAccessTest, LockedCacheIsKeptWithTheOtherConnectionsRows)
{
    {
        ResultCache cache(path_);
        cache.store("k", "mine", "1");
    }
    // Another connection holds the file for itself, with a committed row still only in the -wal.
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &other), SQLITE_OK);
    const std::string insert = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;"
                               " INSERT INTO results VALUES ('k', 'theirs', '" +
                               ResultCache::environmentKey() + "', '2', 0); COMMIT;";
    ASSERT_EQ(sqlite3_exec(other, insert.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(other);
    ASSERT_TRUE(fs::exists(path_ + "-wal"));
    {
        ResultCache cache(path_, 50ms);
        EXPECT_EQ(cache.access(), ResultCache::Access::none);
        EXPECT_NE(cache.warning().find("locked"), std::string::npos) << cache.warning();
        EXPECT_EQ(cache.warning().find("moved"), std::string::npos) << cache.warning();
        EXPECT_FALSE(cache.find("k", "mine").has_value());
        cache.store("k", "new", "3"); // no cache this run: nothing happens, nothing throws
    }
    EXPECT_EQ(setAside(), 0);
    EXPECT_TRUE(fs::exists(path_ + "-wal"));
    sqlite3_close(other); // checkpoints its row into the file

    ResultCache cache(path_);
    EXPECT_TRUE(cache.warning().empty()) << cache.warning();
    ASSERT_TRUE(cache.find("k", "theirs").has_value());
    EXPECT_EQ(cache.find("k", "theirs")->payload, "2");
    EXPECT_EQ(cache.find("k", "mine")->payload, "1");
}

TEST_F(ResultCacheAccessTest, ReadOnlyFolderStillServesCachedResults)
{
    {
        ResultCache cache(path_);
        cache.store("k", "p", "cached");
    }
    const std::string why = asOtherUser(false, true, [&]() -> std::string {
        ResultCache cache(path_);
        if (cache.access() != ResultCache::Access::readOnly)
            return "access is not read-only: " + cache.warning();
        const auto hit = cache.find("k", "p");
        if (!hit || hit->payload != "cached")
            return "the cached result was not read: " + cache.warning();
        cache.store("k", "q", "new"); // silently not stored
        if (cache.find("k", "q").has_value())
            return "stored into a read-only cache";
        if (cache.warning().find("read-only") == std::string::npos)
            return "no warning: '" + cache.warning() + "'";
        return {};
    });
    EXPECT_TRUE(why.empty()) << why;
    EXPECT_EQ(setAside(), 0);
    ResultCache cache(path_);
    EXPECT_EQ(cache.find("k", "p")->payload, "cached");
}

TEST_F(ResultCacheAccessTest, UnreadableFileIsLeftAlone)
{
    {
        ResultCache cache(path_);
        cache.store("k", "p", "kept");
    }
    const std::string why = asOtherUser(true, false, [&]() -> std::string {
        ResultCache cache(path_);
        if (cache.access() != ResultCache::Access::none)
            return "an unreadable file was opened";
        if (cache.warning().find("cannot be used") == std::string::npos)
            return "no warning: '" + cache.warning() + "'";
        return {};
    });
    EXPECT_TRUE(why.empty()) << why;
    EXPECT_EQ(setAside(), 0);
    ResultCache cache(path_);
    EXPECT_TRUE(cache.warning().empty()) << cache.warning();
    EXPECT_EQ(cache.find("k", "p")->payload, "kept");
}

TEST_F(ResultCacheAccessTest, TableOfAnotherLayoutIsRebuilt)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(
                  db, "CREATE TABLE results (key TEXT PRIMARY KEY, value TEXT); INSERT INTO results VALUES ('a', 'b');",
                  nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    {
        ResultCache cache(path_);
        EXPECT_EQ(cache.access(), ResultCache::Access::readWrite);
        EXPECT_NE(cache.warning().find("rebuilt"), std::string::npos) << cache.warning();
        cache.store("k", "p", "v");
        EXPECT_EQ(cache.size(), 1);
    }
    ResultCache cache(path_);
    EXPECT_TRUE(cache.warning().empty()) << cache.warning();
    EXPECT_EQ(cache.find("k", "p")->payload, "v");
    EXPECT_EQ(setAside(), 0);
}

} // namespace
