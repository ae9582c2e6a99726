/// @file lesson_options.cpp
/// @brief `--lesson`/`--quick` for the window and `parlab lessons --list`.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lesson_options.h"

#include "export/window_shot.h"
#include "lessons/lesson_library.h"
#include "lessons/lesson_runner.h"
#include "lessons/lessons_panel.h"
#include "parlab/version.h"
#include "parlab_ui/lessons_main.h"
#include "run/lab_page.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace parlab::ui {

namespace {

std::string local(const QString& s)
{
    return printable(s.toLocal8Bit().toStdString());
}

/// Files that are not lessons are said on stderr, one line each, so a teacher sees why an edit
/// did not appear; the rest still works.
void reportProblems(const LessonLibrary& lib)
{
    for (const LessonProblem& p : lib.problems)
        std::fprintf(
            stderr, "parlab: %s\n",
            local(QCoreApplication::translate("LessonOptions", "lesson file %1: %2").arg(p.file, p.message)).c_str());
}

} // namespace

const std::vector<OptionSpec>& lessonOptions()
{
    static const std::vector<OptionSpec> v{{"--lesson"}, {"--quick", false}};
    return v;
}

bool isLessonOption(const std::string& option)
{
    return option == "--lesson" || option == "--quick";
}

void checkLessonOptions(const ParsedArgs& a)
{
    const auto id = a.value("--lesson");
    if (!id) {
        if (a.has("--quick"))
            throw UsageError(local(QCoreApplication::translate(
                "LessonOptions", "--quick needs --lesson ID (it makes the lesson's run small)")));
        return;
    }
    // Only what would set a lab up is refused: window-wide options (a language, presenter mode,
    // …) combine with a lesson.
    static const std::vector<std::string> labSetUp{
        "--lab",    "--run",     "--sweep",   "--figure", "--workers", "--samples",   "--blocks",   "--seed",
        "--kernel", "--seeding", "--backend", "--from",   "--to",      "--chunksize", "--schedule", "--order"};
    for (const std::string& option : a.given())
        if (std::find(labSetUp.begin(), labSetUp.end(), option) != labSetUp.end())
            throw UsageError(local(QCoreApplication::translate("LessonOptions",
                                                               "--lesson sets its lab up itself: %1 cannot be added "
                                                               "(it takes --quick and --screenshot)")
                                       .arg(QString::fromStdString(option))));
    const LessonLibrary lib = loadLessons();
    if (!lib.find(QString::fromLocal8Bit(id->c_str())))
        throw UsageError(local(QCoreApplication::translate("LessonOptions", "--lesson must be one of %1 (got '%2')")
                                   .arg(lib.ids().join(QStringLiteral(", ")), QString::fromLocal8Bit(id->c_str()))));
}

void addLessonsPanel(MainWindow& window)
{
    new LessonsPanel(&window);
}

int installLessons(MainWindow& window, const ParsedArgs& a)
{
    auto* panel = window.findChild<LessonsPanel*>();
    if (!panel)
        panel = new LessonsPanel(&window);
    const auto id = a.value("--lesson");
    if (!id)
        return 0;
    panel->showLesson(QString::fromLocal8Bit(id->c_str()));
    const Lesson* lesson = panel->current();
    QString error;
    LabPage* page = lesson ? setUpLesson(window, *lesson, a.has("--quick"), &error) : nullptr;
    if (!page) {
        std::fprintf(stderr, "parlab: %s\n",
                     local(QCoreApplication::translate("LessonOptions", "lesson %1: %2")
                               .arg(QString::fromLocal8Bit(id->c_str()), error))
                         .c_str());
        return 1;
    }
    const Lesson copy = *lesson;
    const auto shotArg = a.value("--screenshot");
    if (!shotArg)
        return 0; // set up, not started: the class hears the question before the button is pressed
    const QString shot = QString::fromLocal8Bit(shotArg->c_str());
    QTimer::singleShot(0, page, [&window, page, copy, shot] {
        if (startLesson(page, copy))
            return; // MainWindow::screenshotWhenDone saves it when the run ends
        // The cache answered: nothing will end, so the picture is taken now.
        saveWindowWhenSettled(&window, shot, [](const QString& why) {
            if (!why.isEmpty())
                std::fprintf(stderr, "parlab: %s\n", local(why).c_str());
            QApplication::exit(why.isEmpty() ? 0 : 1);
        });
    });
    return 0;
}

int lessonsMain(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("parlab"));
    QCoreApplication::setOrganizationName(QStringLiteral("parlab"));
    const std::vector<std::string> args(argv, argv + argc);
    const std::vector<OptionSpec> specs{{"--list", false}};
    if (asksForHelp(args, specs)) {
        // Help is parlab's own text (with newlines), not an argument to escape.
        std::fputs(QCoreApplication::translate(
                       "LessonOptions",
                       "Usage: parlab lessons --list\n"
                       "Prints the guided lessons, one a line: the id (for parlab --lesson ID), a tab, the "
                       "title.\nLessons are read from parlab itself, then from these folders (a file there "
                       "adds a lesson or replaces the one with its name):\n  %1\n")
                       .arg(lessonFolders(lessonLanguage()).mid(1).join(QStringLiteral("\n  ")))
                       .toLocal8Bit()
                       .constData(),
                   stdout);
        return 0;
    }
    try {
        const ParsedArgs parsed(args, specs, 0, "parlab lessons");
        if (!parsed.has("--list"))
            throw UsageError(local(QCoreApplication::translate(
                "LessonOptions", "parlab lessons: --list is required (parlab lessons --list)")));
    } catch (const Error& e) {
        std::fprintf(stderr, "parlab: %s\n", printable(e.what()).c_str());
        return kExitUsage;
    }
    const LessonLibrary lib = loadLessons();
    reportProblems(lib);
    for (const Lesson& l : lib.lessons)
        std::printf("%s\t%s\n", l.id.toUtf8().constData(), l.title.toUtf8().constData());
    return 0;
}

} // namespace parlab::ui
