/// @file lessons_panel.h
/// @brief The Lessons dock beside the labs: the chapter in order, one page of text per lesson,
/// the question to ask before pressing, and one button that sets the lab up and runs it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson_library.h"

#include <QDockWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace parlab::ui {

class MainWindow;

class LessonsPanel : public QDockWidget {
    Q_OBJECT
  public:
    /// Adds itself to the window (right dock area, hidden), View ▸ Lessons and Help ▸ Lesson for
    /// this page (F1).
    explicit LessonsPanel(MainWindow* window);

    [[nodiscard]] const LessonLibrary& library() const { return library_; }
    /// The lesson shown, or nullptr.
    [[nodiscard]] const Lesson* current() const;
    /// Shows a lesson by id (and the panel). Returns false for an unknown id.
    bool showLesson(const QString& id);
    /// Shows the first lesson on the current page (F1), keeping the shown one if it is there.
    void showLessonForCurrentPage();
    /// Sets the shown lesson's lab up and starts it (the button). `quick`: the smaller sizes.
    /// Returns false, with the reason in the panel, when it could not.
    bool runCurrent(bool quick = false);
    /// The panel's message line: a setting refused, then any file that is not a lesson.
    [[nodiscard]] QString message() const;

  public Q_SLOTS:
    /// Reads the lessons again, in the language the locale now says (after editing a file; a
    /// language switch that installs a translator reloads by itself); keeps the shown lesson
    /// when it still exists.
    void reload();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void showRow(int row);
    MainWindow* window_;
    LessonLibrary library_;
    QListWidget* list_;
    QTextBrowser* text_;
    QLabel* question_;
    QPushButton* go_;
    QLabel* message_;
    QLabel* problems_;
    QAction* forPage_ = nullptr;
};

} // namespace parlab::ui
