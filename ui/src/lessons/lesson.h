/// @file lesson.h
/// @brief One guided lesson as a teacher writes it: a small header (id, title, page, settings,
/// action, question) and a markdown body, read from a data file so lessons are edited, not compiled.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace parlab::ui {

/// `name=value` pairs in the order written: a later one may depend on an earlier one (a lab
/// checks `from` against `to`).
using LessonSettings = QList<QPair<QString, QString>>;

struct Lesson {
    QString id;              ///< the header's id (`--lesson ID`); the file name only orders the lessons
    QString title;           ///< shown in the panel's list
    QString figure;          ///< the book's figure ("9-2"), or empty
    QString page;            ///< the lab it sets up: pi, primes or figures
    LessonSettings settings; ///< what the button sets before it runs
    LessonSettings quick;    ///< overrides for `--quick` (tests, handouts): smaller sizes
    QString action;          ///< "run", "sweep KIND", "measure" or "open" (figures: the cache, else measure)
    QString question;        ///< to ask the class before pressing
    QString body;            ///< markdown
    QString source;          ///< the file it came from (for messages)

    /// The settings the button applies: `settings`, with `quick` on top when asked.
    [[nodiscard]] LessonSettings effectiveSettings(bool quickSizes) const;
    /// The sweep kind of a "sweep KIND" action, else empty.
    [[nodiscard]] QString sweepKind() const;
};

/// Parses a lesson file. Returns the lesson, or nullopt with `error` set to one sentence naming
/// what is wrong (the panel shows it beside the file's name).
std::optional<Lesson> parseLesson(const QString& text, const QString& source, QString* error);

/// The settings a page takes from a lesson (a lab's own start-up settings plus the measurement
/// boxes a lesson may set: repeats, target, sweep-workers).
QStringList lessonSettingNames(const QString& page);

} // namespace parlab::ui
