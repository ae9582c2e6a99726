/// @file gui_main.h
/// @brief The GUI's entry point, called by app/main.cpp for everything that is not a CLI verb.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parlab::ui {

/// Parses the GUI's options (the shared parser of parlab/args.h: --help, --version, --lab, …), opens the main
/// window and runs the event loop. Returns the process exit code.
int guiMain(int argc, char** argv);

} // namespace parlab::ui
