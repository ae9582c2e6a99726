/// @file lesson_options.h
/// @brief The window's lesson options (`--lesson ID`, `--quick`), kept here so gui_main.cpp only
/// calls in: checked before the window exists, applied once it does.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/args.h"

#include <string>
#include <vector>

namespace parlab::ui {

class MainWindow;

/// `--lesson` (a value) and `--quick` (a switch), for the window's option table.
const std::vector<OptionSpec>& lessonOptions();
/// Whether an option is one of lessonOptions() (they apply to no lab of their own).
bool isLessonOption(const std::string& option);
/// Throws UsageError: an unknown lesson id (naming the valid ones), `--quick` without
/// `--lesson`, or `--lesson` beside options that set a lab up (the lesson does that).
void checkLessonOptions(const ParsedArgs& args);
/// Adds the Lessons panel (a dock, View ▸ Lessons, F1) to a newly built window.
void addLessonsPanel(MainWindow& window);
/// Adds the Lessons panel to the window unless it has one. With `--lesson`, shows that lesson and sets its lab up
/// (its button starts it, after the class has heard the question); with `--screenshot` too, it
/// starts at once and the window is saved when it ends — or at once when the cache answered. Returns 0, or an exit code
/// after printing one line when the lesson's settings are refused.
int installLessons(MainWindow& window, const ParsedArgs& args);

} // namespace parlab::ui
