/// @file gui_main.cpp
/// @brief The GUI's entry: options for lessons, docs and tests (--lab, settings, --run, --sweep,
/// --screenshot), then the main window and the event loop.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab_ui/gui_main.h"

#include "figures_page.h"
#include "lab_page.h"
#include "main_window.h"
#include "parlab/error.h"
#include "parlab/version.h"
#include "pi_lab_page.h"
#include "primes_lab_page.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace parlab::ui {

namespace {

constexpr int kExitUsage = 2;

// Every setting some lab understands; each lab says which of them apply to it.
const char* const kSettings[][2] = {
    {"workers", "Number of workers (1…256)."},
    {"samples", "π: darts to throw (1e3…1e10; 1e8 style accepted)."},
    {"blocks", "π: pieces the darts are cut into (default: one per worker)."},
    {"seed", "Random seed."},
    {"kernel", "π: scalar|batched."},
    {"seeding", "π: independent|identical."},
    {"backend", "Execution model, e.g. tbb."},
    {"from", "Primes: first number of the range."},
    {"to", "Primes: last number of the range."},
    {"chunksize", "Primes: numbers per chunk (0 = Python's default)."},
    {"schedule", "Primes: static|chunked|auto."},
    {"order", "Primes: natural|shuffled|costliest."},
    {"figure", "Figures: the figure to open (see: parlab figure --list)."},
};

int usageError(const QString& message)
{
    std::fprintf(stderr, "parlab: %s\n", message.toLocal8Bit().constData());
    return kExitUsage;
}

} // namespace

int guiMain(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("parlab"));
    QCoreApplication::setOrganizationName(QStringLiteral("parlab"));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(version().data(), static_cast<int>(version().size())));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("parlab — watch parallel work happen.\n\n"
                       "Without options it opens the labs. For headless runs use the command line:\n"
                       "  parlab run pi|primes …   (see: parlab run --help)\n"
                       "  parlab figure NAME --out FILE.png …   (see: parlab figure --help)"));
    const QCommandLineOption helpOpt = parser.addHelpOption();
    const QCommandLineOption versionOpt = parser.addVersionOption();
    const QCommandLineOption labOpt(QStringLiteral("lab"), QStringLiteral("Open on this lab: pi|primes|figures."),
                                    QStringLiteral("lab"));
    const QCommandLineOption runOpt(QStringLiteral("run"), QStringLiteral("Start a run at once."));
    const QCommandLineOption sweepOpt(QStringLiteral("sweep"),
                                      QStringLiteral("Start a sweep at once: workers (π); chunksize|chunks (primes)."),
                                      QStringLiteral("kind"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QStringLiteral("Save the window as PNG when the run or sweep ends, then quit."),
                                     QStringLiteral("file"));
    parser.addOptions({labOpt, runOpt, sweepOpt, shotOpt});
    for (const auto& s : kSettings)
        parser.addOption(QCommandLineOption(QString::fromLatin1(s[0]), QString::fromUtf8(s[1]), QStringLiteral("value")));

    // Parsed before any QApplication exists, so --help, --version and mistakes work without a
    // display, as in any command-line program.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOpt)) {
        // helpText() names argv[0] through QCoreApplication, which does not exist yet.
        std::fputs(parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("parlab")).toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (parser.isSet(versionOpt)) {
        std::printf("parlab %s\n", QCoreApplication::applicationVersion().toLocal8Bit().constData());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1' (the command line is: parlab run pi|primes …)")
                              .arg(parser.positionalArguments().constFirst()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("parlab: no display to open the window on (set DISPLAY, run under xvfb-run, or use "
                   "QT_QPA_PLATFORM=offscreen); for headless runs use: parlab run pi|primes …\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);

    MainWindow window;
    auto* pi = new PiLabPage(&window);
    auto* primes = new PrimesLabPage(&window);
    window.addLab(pi);
    window.addLab(primes);
    window.addLab(new FiguresPage(&window));

    LabPage* page = pi;
    if (parser.isSet(labOpt)) {
        page = window.lab(parser.value(labOpt));
        if (!page)
            return usageError(QStringLiteral("--lab must be pi, primes or figures (got '%1')").arg(parser.value(labOpt)));
    }
    for (const auto& s : kSettings) {
        const QString name = QString::fromLatin1(s[0]);
        if (!parser.isSet(name))
            continue;
        if (!page->settingNames().contains(name))
            return usageError(QStringLiteral("--%1 does not apply to the %2").arg(name, page->title()));
        try {
            page->applySetting(name, parser.value(name));
        } catch (const parlab::Error& e) {
            return usageError(QString::fromStdString(e.what()));
        }
    }
    if (parser.isSet(runOpt) && parser.isSet(sweepOpt))
        return usageError(QStringLiteral("--run and --sweep cannot be combined"));
    const QString sweep = parser.value(sweepOpt);
    if (parser.isSet(sweepOpt) && !page->sweepKinds().contains(sweep))
        return usageError(QStringLiteral("--sweep must be one of %1 on the %2 (got '%3')")
                              .arg(page->sweepKinds().join(QLatin1Char('|')), page->title(), sweep));
    if (parser.isSet(shotOpt) && !parser.isSet(runOpt) && !parser.isSet(sweepOpt))
        return usageError(QStringLiteral("--screenshot needs --run or --sweep (it is taken when they end)"));

    window.showLab(page);
    if (parser.isSet(shotOpt))
        window.screenshotWhenDone(parser.value(shotOpt));
    window.show();
    if (parser.isSet(runOpt))
        QTimer::singleShot(0, page, [page] { page->startRun(); });
    else if (parser.isSet(sweepOpt))
        QTimer::singleShot(0, page, [page, sweep] { page->startSweep(sweep); });
    return QApplication::exec();
}

} // namespace parlab::ui
