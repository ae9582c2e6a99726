/// @file main_window.cpp
/// @brief Tabs of labs, Run (Ctrl+R) / Stop (Esc) for the current lab, the status line.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/main_window.h"
#include "text/format.h"

#include "export/export_menu.h"
#include "export/window_shot.h"
#include "parlab/args.h"
#include "parlab/machine.h"
#include "parlab/version.h"
#include "run/lab_page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

#include "run/machine_load_label.h"
#include <QToolBar>

#include <cstdio>

namespace parlab::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("parlab — watch parallel work happen"));
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    setCentralWidget(tabs_);
    const MachineInfo& m = machine();
    auto* machineLabel = new QLabel(tr("%1 · %2 physical / %3 logical cores")
                                        .arg(QString::fromStdString(m.cpuModel))
                                        .arg(m.physicalCores)
                                        .arg(m.logicalCores));
    load_ = new MachineLoadLabel(this);
    statusBar()->addPermanentWidget(load_);
    statusBar()->addPermanentWidget(machineLabel);
    connect(tabs_, &QTabWidget::currentChanged, load_, &MachineLoadLabel::check);
    load_->check(); // the window's first page
    statusBar()->showMessage(tr("Ready: choose settings and press Run (Ctrl+R)"));
    buildMenus();
    // A projector's 1024×768 gets a window that fits it, not one that runs off the screen.
    QSize size(1280, 800);
    if (const QScreen* s = screen())
        size = size.boundedTo(s->availableGeometry().size());
    resize(size);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportChart = file->addAction(tr("&Export chart…"), this, [this] {
        if (ExportMenu* m = ExportMenu::active())
            m->popup();
        else
            statusBar()->showMessage(tr("Point at a chart first: its export menu opens over it"), 4000);
    });
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChart->setToolTip(tr("Export the chart under the pointer as PNG, SVG or CSV, or copy it (Ctrl+E); "
                               "right-click any chart for the same menu"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    QAction* start = run->addAction(tr("&Run"), this, [this] {
        if (LabPage* p = currentLab(); p && !p->isBusy())
            p->startRun();
    });
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction* stop = run->addAction(tr("&Stop"), this, [this] {
        for (LabPage* p : labs_)
            p->stop();
    });
    stop->setShortcut(QKeySequence(Qt::Key_Escape));

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(start);
    bar->addAction(stop);
    bar->addSeparator();
    bar->addAction(exportChart);

    view_ = menuBar()->addMenu(tr("&View"));
    help_ = menuBar()->addMenu(tr("&Help"));
    help_->addAction(tr("&About parlab"), this, [this] {
        QMessageBox::about(this, tr("About parlab"),
                           tr("<h3>parlab %1</h3><p>A desktop lab in which a class watches parallel work happen: "
                              "darts thrown by N workers estimating π, prime checks handed out in chunks, and the "
                              "time-vs-workers curves that come out, measured live on this machine.</p>"
                              "<p>After the <i>multiprocessing</i> chapter of <i>High Performance Python</i>.</p>"
                              "<p>Licence: GPL-3.0-or-later.</p>"
                              "<p>This machine: %2 · %3 physical / %4 logical cores.</p>")
                               .arg(toQString(version()), QString::fromStdString(machine().cpuModel))
                               .arg(machine().physicalCores)
                               .arg(machine().logicalCores));
    });
}

void MainWindow::addLab(LabPage* page)
{
    labs_.push_back(page);
    tabs_->addTab(page, page->title());
    connect(page, &LabPage::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text); });
}

LabPage* MainWindow::lab(const QString& id) const
{
    for (LabPage* p : labs_)
        if (p->labId() == id)
            return p;
    return nullptr;
}

LabPage* MainWindow::currentLab() const
{
    return qobject_cast<LabPage*>(tabs_->currentWidget());
}

void MainWindow::showLab(LabPage* page)
{
    tabs_->setCurrentWidget(page);
}

void MainWindow::screenshotWhenDone(const QString& file)
{
    LabPage* page = currentLab();
    if (!page)
        return;
    connect(page, &LabPage::runEnded, this, [this, file](RunOutcome outcome, const QString& message) {
        if (outcome != RunOutcome::finished) {
            std::fprintf(stderr, "parlab: no screenshot: the run %s%s%s\n",
                         outcome == RunOutcome::cancelled ? "was stopped" : "failed", message.isEmpty() ? "" : ": ",
                         message.toLocal8Bit().constData());
            QApplication::exit(1);
            return;
        }
        // Once the final snapshot is drawn and the layouts it set off have run.
        saveWindowWhenSettled(this, file, [](const QString& error) {
            if (!error.isEmpty()) {
                std::fprintf(stderr, "parlab: %s\n", printable(error.toLocal8Bit().toStdString()).c_str());
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Pages own their RunSessions, which cancel and join when destroyed; asking them to stop
    // now lets the workers wind down while the window closes.
    for (LabPage* p : labs_)
        p->stop();
    event->accept();
}

} // namespace parlab::ui
