/// @file worker_path.cpp
/// @brief Where the processes backend finds parlab-worker: in the build tree and when installed.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/processes/worker_path.h"

#include "parlab/error.h"
#include "parlab/translate.h"

#include <cstdlib>
#include <unistd.h>
#include <vector>

#ifndef PARLAB_WORKER_RELDIR
#define PARLAB_WORKER_RELDIR "../libexec/parlab"
#endif

namespace parlab::detail {

namespace {

bool executable(const std::string& path)
{
    return !path.empty() && ::access(path.c_str(), X_OK) == 0;
}

std::string selfExecutable()
{
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    return n > 0 ? std::string(self, static_cast<std::size_t>(n)) : std::string();
}

} // namespace

std::string resolveWorkerPath(const std::string& param, const std::string& envPath, const std::string& selfExe)
{
    // An explicit choice is never second-guessed: a wrong one is an error, not a fallback.
    if (!param.empty()) {
        if (!executable(param))
            throw Error(
                fill(translate("parlab::Workers",
                               "parlab-worker not found: '%1' (the worker path parameter) is not an executable file"),
                     {param}));
        return param;
    }
    if (!envPath.empty()) {
        if (!executable(envPath))
            throw Error(fill(
                translate("parlab::Workers", "parlab-worker not found: '%1' (PARLAB_WORKER) is not an executable file"),
                {envPath}));
        return envPath;
    }
    std::vector<std::string> looked;
    if (!selfExe.empty()) {
        const std::string dir = selfExe.substr(0, selfExe.rfind('/') + 1);
        for (const std::string& candidate : {dir + "parlab-worker", dir + PARLAB_WORKER_RELDIR "/parlab-worker"}) {
            if (executable(candidate))
                return candidate;
            looked.push_back(candidate);
        }
    }
    std::string where;
    for (const std::string& p : looked)
        where += (where.empty() ? "'" : ", '") + p + "'";
    if (where.empty())
        throw Error(translate("parlab::Workers", "parlab-worker not found (this program's path is unknown); reinstall "
                                                 "parlab, build the parlab-worker target, or set PARLAB_WORKER"));
    throw Error(fill(translate("parlab::Workers", "parlab-worker not found (looked in %1); reinstall parlab, build the "
                                                  "parlab-worker target, or set PARLAB_WORKER"),
                     {where}));
}

std::string resolveWorkerPath(const std::string& param)
{
    const char* env = std::getenv("PARLAB_WORKER");
    return resolveWorkerPath(param, env ? env : "", selfExecutable());
}

} // namespace parlab::detail
