/// @file lessons_panel.cpp
/// @brief The Lessons dock.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessons_panel.h"

#include "lessons/lesson_runner.h"
#include "run/lab_page.h"
#include "shell/main_window.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace parlab::ui {

LessonsPanel::LessonsPanel(MainWindow* window) : QDockWidget(window), window_(window)
{
    setObjectName(QStringLiteral("lessonsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    list_ = new QListWidget(body);
    // A short list: the text below gets the height. Titles wrap rather than scroll sideways.
    list_->setWordWrap(true);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setMaximumHeight(list_->fontMetrics().height() * 10);
    text_ = new QTextBrowser(body);
    text_->setOpenExternalLinks(false);
    question_ = new QLabel(body);
    question_->setWordWrap(true);
    question_->setTextFormat(Qt::RichText);
    go_ = new QPushButton(body);
    message_ = new QLabel(body);
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00020"));
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();
    problems_ = new QLabel(body);
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #b00020"));
    problems_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(list_);
    layout->addWidget(text_, 1);
    layout->addWidget(question_);
    layout->addWidget(go_);
    layout->addWidget(message_);
    layout->addWidget(problems_);
    setWidget(body);
    setMinimumWidth(280);

    connect(list_, &QListWidget::currentRowChanged, this, &LessonsPanel::showRow);
    connect(go_, &QPushButton::clicked, this, [this] { runCurrent(false); });

    window->addDockWidget(Qt::RightDockWidgetArea, this);
    hide(); // the labs get the whole width until a teacher asks for lessons
    window->viewMenu()->addAction(toggleViewAction());
    forPage_ = window->helpMenu()->addAction(QString(), this, &LessonsPanel::showLessonForCurrentPage);
    forPage_->setShortcut(QKeySequence(Qt::Key_F1));
    retranslate();
    reload();
}

void LessonsPanel::retranslate()
{
    setWindowTitle(tr("Lessons"));
    list_->setToolTip(tr("The chapter in order; each lesson sets a lab up and runs it"));
    go_->setText(tr("Set up and run"));
    go_->setToolTip(tr("Opens the lesson's lab with its settings and starts its run, sweep or figure"));
    toggleViewAction()->setText(tr("&Lessons"));
    toggleViewAction()->setToolTip(tr("Show or hide the guided lessons beside the labs"));
    forPage_->setText(tr("&Lesson for this page"));
    forPage_->setToolTip(tr("Open the Lessons panel on the lesson about the page in front of you (F1)"));
}

void LessonsPanel::changeEvent(QEvent* event)
{
    // A language switch installs a translator (LanguageChange): the lessons follow it, read
    // again from the folder of the language the locale now names.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QDockWidget::changeEvent(event);
}

void LessonsPanel::reload()
{
    const QString shown = current() ? current()->id : QString();
    library_ = loadLessons();
    const QSignalBlocker quiet(list_);
    list_->clear();
    for (const Lesson& l : library_.lessons) {
        const QString figure = l.figure.isEmpty() ? QString() : tr(" (fig. %1)").arg(l.figure);
        auto* item =
            new QListWidgetItem(QStringLiteral("%1. %2%3").arg(list_->count() + 1).arg(l.title, figure), list_);
        item->setData(Qt::UserRole, l.id);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(l.title, l.id));
    }
    QStringList problems;
    for (const LessonProblem& p : library_.problems)
        problems << tr("%1: %2").arg(QFileInfo(p.file).fileName(), p.message);
    const QString problemText =
        problems.isEmpty() ? QString() : tr("Not loaded — %1").arg(problems.join(QStringLiteral("; ")));
    int row = 0;
    for (int i = 0; i < library_.lessons.size(); ++i)
        if (library_.lessons[i].id == shown)
            row = i;
    list_->setCurrentRow(library_.lessons.isEmpty() ? -1 : row);
    showRow(list_->currentRow());
    problems_->setText(problemText);
    problems_->setVisible(!problemText.isEmpty());
}

const Lesson* LessonsPanel::current() const
{
    const int row = list_->currentRow();
    return row >= 0 && row < library_.lessons.size() ? &library_.lessons[row] : nullptr;
}

void LessonsPanel::showRow(int row)
{
    const Lesson* l = row >= 0 && row < library_.lessons.size() ? &library_.lessons[row] : nullptr;
    go_->setEnabled(l != nullptr);
    message_->clear();
    message_->hide();
    if (!l) {
        text_->setMarkdown(tr("No lessons found. Lesson files (`*.md`) are read from:\n\n%1")
                               .arg(lessonFolders(lessonLanguage()).join(QStringLiteral("\n\n"))));
        question_->clear();
        return;
    }
    text_->setMarkdown(QStringLiteral("## %1\n\n").arg(l->title) + lessonBodyForMachine(l->body));
    question_->setText(
        l->question.isEmpty()
            ? QString()
            : tr("<b>Ask the class first:</b> %1").arg(lessonBodyForMachine(l->question).toHtmlEscaped()));
}

bool LessonsPanel::showLesson(const QString& id)
{
    for (int i = 0; i < library_.lessons.size(); ++i)
        if (library_.lessons[i].id == id) {
            list_->setCurrentRow(i);
            show();
            raise();
            return true;
        }
    return false;
}

void LessonsPanel::showLessonForCurrentPage()
{
    show();
    raise();
    const LabPage* page = window_->currentLab();
    if (!page || (current() && current()->page == page->labId()))
        return;
    for (const Lesson& l : library_.lessons)
        if (l.page == page->labId()) {
            showLesson(l.id);
            return;
        }
}

bool LessonsPanel::runCurrent(bool quick)
{
    const Lesson* l = current();
    if (!l)
        return false;
    QString error;
    LabPage* page = setUpLesson(*window_, *l, quick, &error);
    if (!page) {
        message_->setText(tr("Could not set the lesson up: %1").arg(error));
        message_->show();
        return false;
    }
    message_->clear();
    message_->hide();
    if (!startLesson(page, *l))
        window_->statusBar()->showMessage(tr("Shown from the cache at once: nothing to measure"));
    return true;
}

QString LessonsPanel::message() const
{
    QStringList parts;
    for (const QLabel* l : {message_, problems_})
        if (!l->text().isEmpty())
            parts << l->text();
    return parts.join(QLatin1Char('\n'));
}

} // namespace parlab::ui
