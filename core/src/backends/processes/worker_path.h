/// @file worker_path.h
/// @brief Where the processes backend finds parlab-worker: in the build tree and when installed.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace parlab::detail {

/// The worker executable a run uses, first match wins:
///  1. `param` (the run's workerPath), 2. `envPath` ($PARLAB_WORKER),
///  3. parlab-worker next to `selfExe` (the build tree: build/release/app/),
///  4. `selfExe`'s directory + PARLAB_WORKER_RELDIR (installed: bin/../libexec/parlab/).
/// Throws parlab::Error naming every place it looked when none is an executable file.
std::string resolveWorkerPath(const std::string& param, const std::string& envPath, const std::string& selfExe);

/// The same, with $PARLAB_WORKER and /proc/self/exe.
std::string resolveWorkerPath(const std::string& param);

} // namespace parlab::detail
