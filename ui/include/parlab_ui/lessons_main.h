/// @file lessons_main.h
/// @brief `parlab lessons --list`: the guided lessons' ids and titles, without a window.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parlab::ui {

/// Runs `parlab lessons` with the arguments after "lessons". Returns the process exit code.
int lessonsMain(int argc, char** argv);

} // namespace parlab::ui
