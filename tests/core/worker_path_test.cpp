/// @file worker_path_test.cpp
/// @brief parlab finds parlab-worker next to itself (build tree) and in libexec/parlab (installed),
///        and says where it looked when it cannot.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/processes/worker_path.h"
#include "parlab/error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using parlab::detail::resolveWorkerPath;

namespace {

/// A temporary prefix with bin/parlab; workers are added by the tests.
class Prefix : public ::testing::Test {
  protected:
    void SetUp() override
    {
        root_ = fs::temp_directory_path() / ("parlab-worker-path-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(root_ / "bin");
        self_ = (root_ / "bin" / "parlab").string();
        touch(self_, true);
    }
    void TearDown() override { fs::remove_all(root_); }

    static void touch(const fs::path& p, bool exec)
    {
        fs::create_directories(p.parent_path());
        std::ofstream(p) << "#!/bin/sh\n";
        fs::permissions(p, exec ? fs::perms::owner_all : fs::perms::owner_read | fs::perms::owner_write);
    }

    fs::path root_;
    std::string self_;
};

} // namespace

TEST_F(Prefix, FindsTheWorkerNextToTheProgramFirst)
{
    touch(root_ / "bin" / "parlab-worker", true);
    touch(root_ / "libexec" / "parlab" / "parlab-worker", true);
    EXPECT_EQ(resolveWorkerPath("", "", self_), (root_ / "bin" / "parlab-worker").string());
}

TEST_F(Prefix, FindsTheInstalledWorkerInLibexec)
{
    touch(root_ / "libexec" / "parlab" / "parlab-worker", true);
    const fs::path found = resolveWorkerPath("", "", self_);
    EXPECT_TRUE(fs::equivalent(found, root_ / "libexec" / "parlab" / "parlab-worker")) << found;
}

TEST_F(Prefix, AFileThatIsNotExecutableIsNotAWorker)
{
    touch(root_ / "bin" / "parlab-worker", false);
    touch(root_ / "libexec" / "parlab" / "parlab-worker", true);
    const fs::path found = resolveWorkerPath("", "", self_);
    EXPECT_TRUE(fs::equivalent(found, root_ / "libexec" / "parlab" / "parlab-worker")) << found;
}

TEST_F(Prefix, NamesEveryPlaceItLookedWhenThereIsNoWorker)
{
    try {
        resolveWorkerPath("", "", self_);
        FAIL() << "no worker exists, yet one was found";
    } catch (const parlab::Error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find((root_ / "bin" / "parlab-worker").string()), std::string::npos) << what;
        EXPECT_NE(what.find("libexec/parlab/parlab-worker"), std::string::npos) << what;
        EXPECT_NE(what.find("PARLAB_WORKER"), std::string::npos) << what;
    }
}

TEST_F(Prefix, AnExplicitPathOrEnvironmentIsNeverSecondGuessed)
{
    touch(root_ / "bin" / "parlab-worker", true);
    const std::string missing = (root_ / "nowhere" / "parlab-worker").string();
    EXPECT_THROW(resolveWorkerPath(missing, "", self_), parlab::Error);
    EXPECT_THROW(resolveWorkerPath("", missing, self_), parlab::Error);
    EXPECT_EQ(resolveWorkerPath("", self_, self_), self_);
}
