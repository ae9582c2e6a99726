/// @file worker_main.cpp
/// @brief `parlab-worker`: the processes backend's worker process (no Qt; the loop lives in the core).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/worker_main.h"

#include <csignal>

int main(int argc, char** argv)
{
    // A vanished parent must show up as a failed write (the worker then exits with status 4), not
    // as a signal: the worker loop, a library function, leaves the disposition to the program.
    std::signal(SIGPIPE, SIG_IGN);
    return parlab::workerMain(argc, argv);
}
