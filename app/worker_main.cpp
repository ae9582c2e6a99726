/// @file worker_main.cpp
/// @brief `parlab-worker`: the processes backend's worker process (no Qt; the loop lives in the core).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/worker_main.h"

int main(int argc, char** argv)
{
    return parlab::workerMain(argc, argv);
}
