/// @file main.cpp
/// @brief `parlab`: the GUI by default, the headless command line for `parlab run …` and
/// `parlab figure …`.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "parlab_ui/figure_main.h"
#include "parlab_ui/gui_main.h"
#include "parlab_ui/language.h"
#include "parlab_ui/lessons_main.h"

#include <csignal>
#include <cstring>

int main(int argc, char** argv)
{
    // The processes backend writes to worker pipes: a worker that died must show up as a failed
    // write (a named error), not as a signal that kills the app. The core leaves this to the program.
    std::signal(SIGPIPE, SIG_IGN);
    const bool window = argc < 2 || (std::strcmp(argv[1], "run") != 0 && std::strcmp(argv[1], "figure") != 0);
    if (const auto exitCode = parlab::ui::setUpLanguage(
            argc, argv, window ? parlab::ui::LanguageUser::window : parlab::ui::LanguageUser::commandLine))
        return *exitCode;
    if (argc >= 2 && std::strcmp(argv[1], "run") == 0)
        return parlab::cli::runCommand(argc - 2, argv + 2);
    if (argc >= 2 && std::strcmp(argv[1], "figure") == 0)
        return parlab::ui::figureMain(argc - 2, argv + 2);
    if (argc >= 2 && std::strcmp(argv[1], "lessons") == 0)
        return parlab::ui::lessonsMain(argc - 2, argv + 2);
    return parlab::ui::guiMain(argc, argv);
}
