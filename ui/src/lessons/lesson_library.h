/// @file lesson_library.h
/// @brief Finds the lessons of a language: those built into parlab, then the installed folder,
/// then the user's folder, a later file replacing an earlier one with the same id — so a teacher
/// adds or edits a lesson by dropping a file in a folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace parlab::ui {

/// A file that could not be read as a lesson: shown in the panel, never fatal.
struct LessonProblem {
    QString file;
    QString message;
};

struct LessonLibrary {
    QVector<Lesson> lessons; ///< in file-name order (01-…, 02-…)
    QVector<LessonProblem> problems;

    [[nodiscard]] const Lesson* find(const QString& id) const;
    [[nodiscard]] QStringList ids() const;
};

/// "ko" when the locale's name starts with "ko", else "en" (the lessons' source language).
QString lessonLanguage();
/// The folders searched, lowest priority first, for a language: the built-in resources
/// (":/lessons/LANG"), the installed `${datadir}/parlab/lessons/LANG` (next to the program and the
/// configured prefix), then `AppDataLocation/lessons` (any language) and `AppDataLocation/lessons/LANG`.
QStringList lessonFolders(const QString& language);
/// Reads every `*.md` of the folders of `language` (default: lessonLanguage()).
LessonLibrary loadLessons(const QString& language = QString());
/// Reads the `*.md` files of the given folders, lowest priority first.
LessonLibrary loadLessonsFrom(const QStringList& folders);

/// The body with the machine's facts filled in: {physical} and {logical} cores, so a lesson
/// says what *this* machine has.
QString lessonBodyForMachine(const QString& body);

} // namespace parlab::ui
