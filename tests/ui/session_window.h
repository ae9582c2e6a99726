/// @file session_window.h
/// @brief For the session settings tests: the main window built as guiMain builds it, read the way a
/// person reads its controls, with settings kept in a temporary directory, never in the user's.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figures_page.h"
#include "labs/pi/pi_controls.h"
#include "labs/pi/pi_lab_page.h"
#include "labs/primes/primes_controls.h"
#include "labs/primes/primes_lab_page.h"
#include "shell/main_window.h"
#include "shell/page_shortcuts.h"
#include "shell/session_settings.h"
#include "widgets/log_slider.h"
#include "widgets/marked_slider.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace parlab::ui::test {

// Settings (and the result cache) in `dir`: call once from initTestCase.
inline bool useSettingsIn(const QTemporaryDir& dir)
{
    qputenv("PARLAB_CACHE_DIR", (dir.path() + QStringLiteral("/cache")).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("parlab-test"));
    QCoreApplication::setApplicationName(QStringLiteral("parlab"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    return QSettings().fileName().startsWith(dir.path());
}

struct Window {
    std::unique_ptr<MainWindow> window;
    SessionSettings* session = nullptr;
    PiControls* pi = nullptr;
    PrimesControls* primes = nullptr;
    FiguresPage* figures = nullptr;
};

// As guiMain builds it (without --screenshot). `change` runs on the pages before the settings are
// read: a later version of the program that laid its controls out differently.
inline Window makeWindow(const std::function<void(Window&)>& change = {})
{
    Window w;
    w.window = std::make_unique<MainWindow>();
    auto* pi = new PiLabPage(w.window.get());
    auto* primes = new PrimesLabPage(w.window.get());
    w.figures = new FiguresPage(w.window.get());
    w.window->addLab(pi);
    w.window->addLab(primes);
    w.window->addLab(w.figures);
    addPageShortcuts(*w.window);
    w.pi = pi->controls();
    w.primes = primes->controls();
    if (change)
        change(w);
    w.session = new SessionSettings(w.window.get());
    w.session->restore();
    return w;
}

inline QComboBox* schedule(const Window& w)
{
    return w.primes->findChild<QComboBox*>(QStringLiteral("schedule"));
}

inline QString selectedFigure(const FiguresPage* page)
{
    const auto* list = page->findChild<QListWidget*>();
    return list && list->currentItem() ? list->currentItem()->data(Qt::UserRole).toString() : QString();
}

// What a person would read off the controls this test changes.
struct Reading {
    int piWorkers;
    quint64 samples;
    int seeding;
    QString seed;
    QString sweep;
    quint64 chunksize;
    bool followsDefault;
    int schedule;
    QString first;
    QString figure;
    int repeats;
    bool operator==(const Reading&) const = default;
};

inline Reading read(const Window& w)
{
    return {w.pi->workersSlider()->value(),
            w.pi->samplesSlider()->value(),
            w.pi->seedingBox()->currentIndex(),
            w.pi->seedBox()->text(),
            w.pi->sweepField()->text(),
            w.primes->chunksizeSlider()->value(),
            w.primes->followsDefault(),
            schedule(w)->currentIndex(),
            w.primes->findChildren<QLineEdit*>().at(0)->text(),
            selectedFigure(w.figures),
            w.figures->findChild<QSpinBox*>()->value()};
}

} // namespace parlab::ui::test
