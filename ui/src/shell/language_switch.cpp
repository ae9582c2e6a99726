/// @file language_switch.cpp
/// @brief The Language menu and the window rebuild behind it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/language_switch.h"

#include "run/lab_page.h"
#include "shell/language.h"
#include "shell/main_window.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>

namespace parlab::ui {

namespace {

bool anyBusy(const MainWindow* w)
{
    for (int i = 0; i < w->tabs()->count(); ++i)
        if (const auto* page = qobject_cast<const LabPage*>(w->tabs()->widget(i)); page && page->isBusy())
            return true;
    return false;
}

void carryOne(QWidget* from, QWidget* to)
{
    if (auto* s = qobject_cast<QAbstractSlider*>(from)) {
        auto* t = static_cast<QAbstractSlider*>(to);
        t->setRange(s->minimum(), s->maximum());
        t->setValue(s->value());
    } else if (auto* s = qobject_cast<QSpinBox*>(from)) {
        static_cast<QSpinBox*>(to)->setValue(s->value());
    } else if (auto* s = qobject_cast<QDoubleSpinBox*>(from)) {
        static_cast<QDoubleSpinBox*>(to)->setValue(s->value());
    } else if (auto* s = qobject_cast<QComboBox*>(from)) {
        if (auto* t = static_cast<QComboBox*>(to); s->currentIndex() < t->count())
            t->setCurrentIndex(s->currentIndex());
    } else if (auto* s = qobject_cast<QAbstractButton*>(from)) {
        if (s->isCheckable())
            static_cast<QAbstractButton*>(to)->setChecked(s->isChecked());
    } else if (auto* s = qobject_cast<QLineEdit*>(from)) {
        if (!s->isReadOnly())
            static_cast<QLineEdit*>(to)->setText(s->text());
    } else if (auto* s = qobject_cast<QTabWidget*>(from)) {
        static_cast<QTabWidget*>(to)->setCurrentIndex(s->currentIndex());
    } else if (auto* s = qobject_cast<QAbstractItemView*>(from); s && s->currentIndex().isValid()) {
        // A list of choices (the Figures page's figures): the same row, whatever its text says now.
        auto* t = static_cast<QAbstractItemView*>(to);
        if (t->model() && s->currentIndex().row() < t->model()->rowCount())
            t->setCurrentIndex(t->model()->index(s->currentIndex().row(), s->currentIndex().column()));
    }
}

} // namespace

void carryOverControls(QWidget* from, QWidget* to)
{
    // The same code built both pages, so their widgets come in the same order; a pair whose
    // classes differ means the pages differ from there on (a widget made on demand) and is skipped.
    const QList<QWidget*> a = from->findChildren<QWidget*>();
    const QList<QWidget*> b = to->findChildren<QWidget*>();
    // Twice: a combo box may change a slider's range (the schedule enables the chunksize), and
    // the second pass puts the value back inside the range the first one restored.
    for (int pass = 0; pass < 2; ++pass)
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            if (a[i]->metaObject() == b[i]->metaObject())
                carryOne(a[i], b[i]);
}

LanguageSwitch::LanguageSwitch(Build build) : build_(std::move(build))
{
    window_ = build_();
    addMenu(window_);
}

LanguageSwitch::~LanguageSwitch()
{
    delete window_.data();
}

bool LanguageSwitch::switchTo(const QString& choice)
{
    MainWindow* old = window_;
    if (old && anyBusy(old))
        return false;
    saveLanguageChoice(choice);
    const QString language = resolveLanguage(choice);
    if (old && language == currentLanguage()) {
        addMenu(old); // only the ticked entry changes
        return true;
    }
    loadLanguage(language);
    MainWindow* next = build_();
    if (old) {
        next->restoreGeometry(old->saveGeometry());
        const int pages = std::min(old->tabs()->count(), next->tabs()->count());
        for (int i = 0; i < pages; ++i)
            carryOverControls(old->tabs()->widget(i), next->tabs()->widget(i));
        next->tabs()->setCurrentIndex(old->tabs()->currentIndex());
    }
    window_ = next;
    addMenu(next);
    if (old && old->isVisible()) {
        next->show();
        old->hide();
    }
    if (old)
        old->deleteLater();
    return true;
}

void LanguageSwitch::addMenu(MainWindow* window)
{
    auto* menu = window->findChild<QMenu*>(QStringLiteral("languageMenu"));
    if (!menu) {
        menu = window->viewMenu()->addMenu(tr("&Language"));
        menu->setObjectName(QStringLiteral("languageMenu"));
        // A rebuild would stop a run: the choices wait until the page is idle.
        connect(window->viewMenu(), &QMenu::aboutToShow, menu, [window, menu] { menu->setEnabled(!anyBusy(window)); });
    }
    menu->clear();
    auto* group = new QActionGroup(menu);
    const QString saved = savedLanguageChoice();
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    const std::pair<QString, QString> choices[] = {
        {QStringLiteral("system"), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ko"), QStringLiteral("한국어 (Korean)")},
    };
    for (const auto& [code, label] : choices) {
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == saved);
        a->setData(code);
        a->setObjectName(QStringLiteral("language_") + code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            // Queued: the menu that sent this belongs to the window about to be replaced.
            QMetaObject::invokeMethod(
                this,
                [this, code] {
                    if (!switchTo(code) && window_)
                        window_->statusBar()->showMessage(tr("Stop the run first, then change the language"), 5000);
                },
                Qt::QueuedConnection);
        });
    }
}

} // namespace parlab::ui
