/// @file worker_main.h
/// @brief The body of `parlab-worker`, the processes backend's worker process.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parlab {

/// Reads jobs from stdin and writes results to stdout in the wire format until a poison pill
/// (exit 0 after saying bye) or the parent's death (EOF on stdin, or SIGKILL via PR_SET_PDEATHSIG).
/// Arguments: `--parent PID` — the worker exits at once if its parent is no longer PID;
/// `--heartbeat MS` (1…3 600 000, default 1000) — the longest silence towards the parent, which
/// fails a worker it has not heard from for its liveness timeout.
/// Exit codes: 0 pill or parent gone, 2 bad arguments, 3 malformed or unexpected message, 4 I/O error.
/// The calling program must ignore SIGPIPE first (parlab-worker's main does), or a parent that
/// went away kills the worker by signal instead of ending it with status 4.
int workerMain(int argc, char** argv);

} // namespace parlab
