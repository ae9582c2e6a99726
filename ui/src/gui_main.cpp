/// @file gui_main.cpp
/// @brief Placeholder GUI entry point (the π lab issue replaces it with the real window).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab_ui/gui_main.h"

#include "parlab/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>

namespace parlab::ui {

int guiMain(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parlab"));
    QApplication::setApplicationVersion(QString::fromUtf8(parlab::version().data(), static_cast<int>(parlab::version().size())));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Watch parallel work happen.\n"
                                                    "Command line: parlab run pi|primes … (see parlab run --help)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("parlab"));
    window.setCentralWidget(new QLabel(QStringLiteral("parlab")));
    window.resize(1024, 700);
    window.show();
    return app.exec();
}

} // namespace parlab::ui
