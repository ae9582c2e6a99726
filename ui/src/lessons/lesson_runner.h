/// @file lesson_runner.h
/// @brief What a lesson's one button does: set its lab up (page, settings, the measurement
/// boxes) and start its run, sweep or figure — through the same LabPage interface as `--lab`.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QString>

namespace parlab::ui {

class LabPage;
class MainWindow;

/// Shows the lesson's page with its settings applied (`quick`: the smaller sizes). Returns the
/// page, or nullptr with `error` set to a sentence (a value the lab refuses, a lab busy).
LabPage* setUpLesson(MainWindow& window, const Lesson& lesson, bool quick, QString* error);

/// Starts the lesson's action on the page setUpLesson() returned. Returns false when nothing had
/// to run: an "open" lesson whose figure is already measured (the cache answered).
bool startLesson(LabPage* page, const Lesson& lesson);

} // namespace parlab::ui
