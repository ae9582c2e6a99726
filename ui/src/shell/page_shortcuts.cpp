/// @file page_shortcuts.cpp
/// @brief The View menu's page entries with their Ctrl+digit shortcuts.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/page_shortcuts.h"

#include "shell/main_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QTabWidget>

namespace parlab::ui {

void addPageShortcuts(MainWindow& window)
{
    QTabWidget* tabs = window.tabs();
    QMenu* view = window.viewMenu();
    // Ctrl+digit stops at 9: past that a page is reached from the menu or the tabs.
    for (int i = 0; i < tabs->count(); ++i) {
        QAction* go = view->addAction(QCoreApplication::translate("PageShortcuts", "Go to %1").arg(tabs->tabText(i)));
        go->setObjectName(QStringLiteral("goToPage%1").arg(i + 1));
        if (i < 9) {
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
            tabs->setTabToolTip(
                i, QCoreApplication::translate("PageShortcuts", "%1 (Ctrl+%2)").arg(tabs->tabText(i)).arg(i + 1));
        }
        QWidget* page = tabs->widget(i);
        QObject::connect(go, &QAction::triggered, tabs, [tabs, page] { tabs->setCurrentWidget(page); });
    }
}

} // namespace parlab::ui
