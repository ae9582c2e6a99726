/// @file presenter_mode.cpp
/// @brief The presenter and high-contrast toggles: persisted, and handed to Presentation, which
/// restyles the charts and folds the secondary panels.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/presenter_mode.h"

#include "charts/presentation.h"
#include "run/machine_load_label.h"
#include "shell/main_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace parlab::ui {

namespace {
const QString kPresenterKey = QStringLiteral("presenter");
const QString kHighContrastKey = QStringLiteral("highContrast");
} // namespace

PresenterActions installPresenterMode(MainWindow* window, bool forcePresenter)
{
    Presentation& p = Presentation::instance();
    QSettings settings;
    QMenu* view = window->viewMenu();

    auto* presenter = view->addAction(QCoreApplication::translate("PresenterMode", "&Presenter mode"));
    presenter->setCheckable(true);
    presenter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    presenter->setToolTip(QCoreApplication::translate(
        "PresenterMode", "Large text, thick lines and big dots for the back of a room; details fold away"));
    auto* fullScreen = view->addAction(QCoreApplication::translate("PresenterMode", "&Full screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    auto* contrast = view->addAction(QCoreApplication::translate("PresenterMode", "&High contrast"));
    contrast->setCheckable(true);
    contrast->setToolTip(QCoreApplication::translate(
        "PresenterMode", "Darker colours and black text and grid, for a washed-out projector"));

    // The window's status line keeps its machine details on the desktop only.
    for (QLabel* l : window->statusBar()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly))
        if (l != window->loadLabel())
            p.markSecondary(l);

    // The toolbar repeats the panels' Run and Stop (and the shortcuts): its row goes to the charts.
    if (auto* bar = window->findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        p.markSecondary(bar);

    p.applyUiFont();
    p.setHighContrast(settings.value(kHighContrastKey, false).toBool());
    p.setPresenter(forcePresenter || settings.value(kPresenterKey, false).toBool());
    presenter->setChecked(p.presenter());
    contrast->setChecked(p.highContrast());

    QObject::connect(presenter, &QAction::toggled, window, [](bool on) {
        Presentation::instance().setPresenter(on);
        QSettings().setValue(kPresenterKey, on);
    });
    QObject::connect(contrast, &QAction::toggled, window, [](bool on) {
        Presentation::instance().setHighContrast(on);
        QSettings().setValue(kHighContrastKey, on);
    });
    QObject::connect(fullScreen, &QAction::toggled, window, [window](bool on) {
        window->setWindowState(on ? window->windowState() | Qt::WindowFullScreen
                                  : window->windowState() & ~Qt::WindowFullScreen);
    });
    return {presenter, fullScreen, contrast};
}

} // namespace parlab::ui
