/// @file backend_test_support.h
/// @brief Helpers for the execution-model tests: where parlab-worker is, who our children are.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <dirent.h>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <sys/types.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace parlab::test {

inline std::string workerPath()
{
    return PARLAB_WORKER_PATH;
}
inline std::string fakeWorkerPath()
{
    return PARLAB_FAKE_WORKER_PATH;
}

struct ProcInfo {
    pid_t pid = 0;
    pid_t ppid = 0;
    char state = '?';
    std::string comm;
};

/// Every live process whose parent is `parent` (from /proc/<pid>/stat).
inline std::vector<ProcInfo> childrenOf(pid_t parent)
{
    std::vector<ProcInfo> out;
    DIR* d = ::opendir("/proc");
    if (!d)
        return out;
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream f("/proc/" + name + "/stat");
        std::string line;
        if (!std::getline(f, line))
            continue;
        const auto open = line.find('('), close = line.rfind(')');
        if (open == std::string::npos || close == std::string::npos)
            continue;
        ProcInfo p;
        p.pid = static_cast<pid_t>(std::stol(name));
        p.comm = line.substr(open + 1, close - open - 1);
        std::istringstream rest(line.substr(close + 2));
        rest >> p.state >> p.ppid;
        if (p.ppid == parent)
            out.push_back(p);
    }
    ::closedir(d);
    return out;
}

/// Polls `done` every millisecond until it holds or `limit` passes; returns whether it held.
inline bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

} // namespace parlab::test
