/// @file gui_main.cpp
/// @brief The GUI's entry: options for lessons, docs and tests (--lab, settings, --run, --sweep,
/// --screenshot), all checked by the same parser and rules as `parlab run` before any window
/// exists, then the main window and the event loop.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab_ui/gui_main.h"
#include "text/format.h"

#include "export/file_write.h"
#include "figures/figure_registry.h"
#include "figures/figures_page.h"
#include "labs/pi/pi_lab_page.h"
#include "labs/primes/primes_lab_page.h"
#include "parlab/args.h"
#include "parlab/run_args.h"
#include "parlab/version.h"
#include "run/lab_page.h"
#include "shell/main_window.h"
#include "shell/page_shortcuts.h"
#include "shell/quiet_qt.h"
#include "shell/session_settings.h"

#include <QApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace parlab::ui {

namespace {

const char* kHelp =
    "Usage: parlab [--lab pi|primes|figures] [settings] [--run | --sweep KIND] [--screenshot FILE.png]\n"
    "parlab — watch parallel work happen.\n"
    "\n"
    "Without options it opens the labs. For headless runs use the command line:\n"
    "  parlab run pi|primes …   (see: parlab run --help)\n"
    "  parlab figure NAME --out FILE.png …   (see: parlab figure --help)\n"
    "\n"
    "Options:\n"
    "  -h, --help           Show this help.\n"
    "  --version            Show parlab's version.\n"
    "  --lab LAB            Open on this lab: pi|primes|figures.\n"
    "  --run                Start a run at once.\n"
    "  --sweep KIND         Start a sweep at once: workers (pi); chunksize|chunks|cost|to-n (primes).\n"
    "  --screenshot FILE    Save the window as PNG when the run or sweep ends, then quit.\n"
    "Settings (the same values and limits as parlab run):\n"
    "  --workers K          Number of workers (1…256).\n"
    "  --samples N          pi: darts to throw (1e8 style accepted).\n"
    "  --blocks B           pi: pieces the darts are cut into (default: one per worker).\n"
    "  --seed S             Random seed.\n"
    "  --kernel K           scalar|batched (pi: darts one by one or numpy-style blocks; primes:\n"
    "                       the seed's % loop or the same divisions 16 at a time).\n"
    "  --seeding S          pi: independent|identical.\n"
    "  --backend B          Execution model: tbb|gil-threads|processes.\n"
    "  --from A, --to B     primes: the range to check.\n"
    "  --chunksize C        primes: numbers per chunk (0 = Python's default).\n"
    "  --schedule S         primes: static|chunked|auto|queue.\n"
    "  --order O            primes: natural|shuffled|costliest.\n"
    "  --figure NAME        figures: the figure to open (see: parlab figure --list).\n";

/// What each lab takes at start-up; checked before the window exists, so a mistake costs no
/// window and prints nothing but its one line.
struct LabOptions {
    const char* id;
    const char* title;
    std::vector<std::string> settings;
    std::vector<std::string> sweeps;
};

const std::vector<LabOptions>& labs()
{
    static const std::vector<LabOptions> v{
        {"pi",
         "π lab",
         {"--workers", "--samples", "--blocks", "--seed", "--kernel", "--seeding", "--backend"},
         {"workers"}},
        {"primes",
         "primes lab",
         {"--workers", "--from", "--to", "--chunksize", "--schedule", "--order", "--seed", "--backend", "--kernel"},
         {"chunksize", "chunks", "cost", "to-n"}},
        {"figures", "Figures page", {"--figure"}, {}},
    };
    return v;
}

const std::vector<OptionSpec>& guiOptions()
{
    static const std::vector<OptionSpec> v{
        {"--version", false}, {"--lab"},    {"--run", false}, {"--sweep"},    {"--screenshot"}, {"--workers"},
        {"--samples"},        {"--blocks"}, {"--seed"},       {"--kernel"},   {"--seeding"},    {"--backend"},
        {"--from"},           {"--to"},     {"--chunksize"},  {"--schedule"}, {"--order"},      {"--figure"}};
    return v;
}

bool contains(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

std::string joined(const std::vector<std::string>& v, const char* separator)
{
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : separator) + s;
    return out;
}

/// Every check the window's options get, in the order a person would fix them. Throws UsageError.
const LabOptions& checkOptions(const ParsedArgs& a)
{
    const std::string labId = a.value("--lab").value_or("pi");
    const auto lab = std::find_if(labs().begin(), labs().end(), [&](const LabOptions& l) { return labId == l.id; });
    if (lab == labs().end())
        throw UsageError("--lab must be pi, primes or figures (got '" + labId + "')");
    for (const std::string& option : a.given()) {
        const bool setting = option != "--version" && option != "--lab" && option != "--run" && option != "--sweep" &&
                             option != "--screenshot";
        if (setting && !contains(lab->settings, option))
            throw UsageError(option + " does not apply to the " + lab->title +
                             " (it takes: " + joined(lab->settings, ", ") + ")");
    }
    // The same parameter rules as `parlab run`: ranges, names, blocks ≤ samples, from ≤ to.
    if (labId == "pi") {
        PiParams p;
        applyPiArgs(a, p);
    } else if (labId == "primes") {
        PrimesParams p;
        applyPrimesArgs(a, p);
    } else if (const auto figure = a.value("--figure"); figure && !findFigure(QString::fromStdString(*figure))) {
        std::vector<std::string> ids;
        for (const auto& f : allFigures())
            ids.push_back(f->info().id.toStdString());
        throw UsageError("--figure must be one of " + joined(ids, ", ") + " (got '" + *figure + "')");
    }
    if (a.has("--run") && a.has("--sweep"))
        throw UsageError("--run and --sweep cannot be combined");
    if (const auto sweep = a.value("--sweep"); sweep && !contains(lab->sweeps, *sweep))
        throw UsageError("--sweep must be one of " +
                         (lab->sweeps.empty() ? std::string("(none)") : joined(lab->sweeps, "|")) + " on the " +
                         lab->title + " (got '" + *sweep + "')");
    if (const auto shot = a.value("--screenshot")) {
        if (!a.has("--run") && !a.has("--sweep"))
            throw UsageError("--screenshot needs --run or --sweep (it is taken when they end)");
        if (const QString why = checkOutputPath(QString::fromLocal8Bit(shot->c_str())); !why.isEmpty())
            throw UsageError("--screenshot: " + why.toLocal8Bit().toStdString());
    }
    return *lab;
}

int usageError(const std::string& message)
{
    std::fprintf(stderr, "parlab: %s\n", printable(message).c_str());
    return kExitUsage;
}

} // namespace

int guiMain(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("parlab"));
    QCoreApplication::setOrganizationName(QStringLiteral("parlab"));
    QCoreApplication::setApplicationVersion(toQString(version()));

    // Parsed and checked before any QApplication exists, so --help, --version and mistakes work
    // without a display, as in any command-line program.
    const std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
    if (asksForHelp(args, guiOptions())) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    std::optional<ParsedArgs> parsed;
    const LabOptions* lab = nullptr;
    try {
        parsed.emplace(args, guiOptions(), 0, "parlab (the command line is: parlab run pi|primes …)");
        if (parsed->has("--version")) {
            std::printf("parlab %s\n", std::string(version()).c_str());
            return 0;
        }
        lab = &checkOptions(*parsed);
    } catch (const Error& e) {
        return usageError(e.what());
    }
    const ParsedArgs& a = *parsed;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("parlab: no display to open the window on (set DISPLAY, run under xvfb-run, or use "
                   "QT_QPA_PLATFORM=offscreen); for headless runs use: parlab run pi|primes …\n",
                   stderr);
        return 1;
    }
    silenceRuntimeDirWarning();
    QApplication app(argc, argv);

    MainWindow window;
    auto* pi = new PiLabPage(&window);
    auto* primes = new PrimesLabPage(&window);
    window.addLab(pi);
    window.addLab(primes);
    window.addLab(new FiguresPage(&window));
    addPageShortcuts(window);
    // A --screenshot picture is for documents: it starts from the defaults, and leaves the
    // user's saved settings as they were.
    if (!a.has("--screenshot"))
        (new SessionSettings(&window))->restore();

    LabPage* page = window.lab(QString::fromLatin1(lab->id));
    for (const std::string& option : lab->settings) {
        const auto value = a.value(option);
        if (!value)
            continue;
        try {
            // Values passed the shared rules above; a lab may still be narrower (its slider's range).
            page->applySetting(QString::fromStdString(option.substr(2)), QString::fromLocal8Bit(value->c_str()));
        } catch (const Error& e) {
            return usageError(e.what());
        }
    }
    // Options name the page they apply to; without any, the page shown last time stays.
    if (!a.given().empty())
        window.showLab(page);
    if (const auto shot = a.value("--screenshot"))
        window.screenshotWhenDone(QString::fromLocal8Bit(shot->c_str()));
    window.show();
    if (a.has("--run")) {
        QTimer::singleShot(0, page, [page] { page->startRun(); });
    } else if (const auto sweep = a.value("--sweep")) {
        const QString kind = QString::fromStdString(*sweep);
        QTimer::singleShot(0, page, [page, kind] { page->startSweep(kind); });
    }
    return QApplication::exec();
}

} // namespace parlab::ui
