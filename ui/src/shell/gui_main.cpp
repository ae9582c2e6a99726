/// @file gui_main.cpp
/// @brief The GUI's entry: options for lessons, docs and tests (--lab, settings, --run, --sweep,
/// --screenshot), all checked by the same parser and rules as `parlab run` before any window
/// exists, then the main window and the event loop.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab_ui/gui_main.h"
#include "text/format.h"

#include "charts/presentation.h"
#include "export/file_write.h"
#include "figures/figure_registry.h"
#include "figures/figures_page.h"
#include "labs/pi/pi_lab_page.h"
#include "labs/primes/primes_lab_page.h"
#include "lessons/lesson_options.h"
#include "parlab/args.h"
#include "parlab/run_args.h"
#include "parlab/translate.h"
#include "parlab/version.h"
#include "run/lab_page.h"
#include "shell/language_switch.h"
#include "shell/main_window.h"
#include "shell/page_shortcuts.h"
#include "shell/presenter_mode.h"
#include "shell/quiet_qt.h"
#include "shell/session_settings.h"

#include <QApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace parlab::ui {

namespace {

const char* kHelp = PARLAB_TRANSLATE_NOOP(
    "parlab::GuiMain",
    "Usage: parlab [--lab pi|primes|figures] [settings] [--run | --sweep KIND] [--screenshot FILE.png]\n"
    "parlab — watch parallel work happen.\n"
    "\n"
    "Without options it opens the labs. For headless runs use the command line:\n"
    "  parlab run pi|primes …   (see: parlab run --help)\n"
    "  parlab figure NAME --out FILE.png …   (see: parlab figure --help)\n"
    "  parlab lessons --list   the guided lessons' ids and titles\n"
    "\n"
    "Options:\n"
    "  -h, --help           Show this help.\n"
    "  --version            Show parlab's version.\n"
    "  --lang LANG          The language: ko|en (default: the saved choice, else the system's).\n"
    "  --lab LAB            Open on this lab: pi|primes|figures.\n"
    "  --run                Start a run at once.\n"
    "  --sweep KIND         Start a sweep at once: workers (pi); chunksize|chunks|cost|to-n (primes).\n"
    "  --screenshot FILE    Save the window as PNG when the run or sweep ends, then quit.\n"
    "  --lesson ID          Open on a guided lesson, its lab set up (with --screenshot: run, save, quit).\n"
    "  --quick              With --lesson: the lesson's smaller sizes (for tests and handouts).\n"
    "  --presenter          Presenter mode: large text and lines for a projector (View menu).\n"
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
    "  --figure NAME        figures: the figure to open (see: parlab figure --list).\n");

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
         PARLAB_TRANSLATE_NOOP("parlab::GuiMain", "π lab"),
         {"--workers", "--samples", "--blocks", "--seed", "--kernel", "--seeding", "--backend"},
         {"workers"}},
        {"primes",
         PARLAB_TRANSLATE_NOOP("parlab::GuiMain", "primes lab"),
         {"--workers", "--from", "--to", "--chunksize", "--schedule", "--order", "--seed", "--backend", "--kernel"},
         {"chunksize", "chunks", "cost", "to-n"}},
        {"figures", PARLAB_TRANSLATE_NOOP("parlab::GuiMain", "Figures page"), {"--figure"}, {}},
    };
    return v;
}

const std::vector<OptionSpec>& guiOptions()
{
    static const std::vector<OptionSpec> v{
        {"--version", false}, {"--lab"},     {"--run", false}, {"--sweep"}, {"--screenshot"},
        {"--workers"},        {"--samples"}, {"--blocks"},     {"--seed"},  {"--kernel"},
        {"--seeding"},        {"--backend"}, {"--from"},       {"--to"},    {"--chunksize"},
        {"--schedule"},       {"--order"},   {"--figure"},     {"--lang"},  {"--presenter", false}};
    return v;
}

/// The window's options and the lessons' (lessons/lesson_options.h).
const std::vector<OptionSpec>& windowOptions()
{
    static const std::vector<OptionSpec> v = [] {
        std::vector<OptionSpec> all = guiOptions();
        all.insert(all.end(), lessonOptions().begin(), lessonOptions().end());
        return all;
    }();
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
    checkLessonOptions(a);
    const std::string labId = a.value("--lab").value_or("pi");
    const auto lab = std::find_if(labs().begin(), labs().end(), [&](const LabOptions& l) { return labId == l.id; });
    if (lab == labs().end())
        throw UsageError(fill(translate("parlab::GuiMain", "--lab must be pi, primes or figures (got '%1')"), {labId}));
    for (const std::string& option : a.given()) {
        const bool setting = option != "--version" && option != "--lab" && option != "--run" && option != "--sweep" &&
                             option != "--screenshot" && option != "--lang" && option != "--presenter" &&
                             !isLessonOption(option);
        if (setting && !contains(lab->settings, option))
            throw UsageError(fill(translate("parlab::GuiMain", "%1 does not apply to the %2 (it takes: %3)"),
                                  {option, translate("parlab::GuiMain", lab->title), joined(lab->settings, ", ")}));
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
        throw UsageError(
            fill(translate("parlab::GuiMain", "--figure must be one of %1 (got '%2')"), {joined(ids, ", "), *figure}));
    }
    if (a.has("--run") && a.has("--sweep"))
        throw UsageError(translate("parlab::GuiMain", "--run and --sweep cannot be combined"));
    if (const auto sweep = a.value("--sweep"); sweep && !contains(lab->sweeps, *sweep))
        throw UsageError(fill(translate("parlab::GuiMain", "--sweep must be one of %1 on the %2 (got '%3')"),
                              {lab->sweeps.empty() ? translate("parlab::GuiMain", "(none)") : joined(lab->sweeps, "|"),
                               translate("parlab::GuiMain", lab->title), *sweep}));
    if (const auto shot = a.value("--screenshot")) {
        if (!a.has("--run") && !a.has("--sweep") && !a.has("--lesson"))
            throw UsageError(translate("parlab::GuiMain",
                                       "--screenshot needs --run, --sweep or --lesson (it is taken when they end)"));
        if (const QString why = checkOutputPath(QString::fromLocal8Bit(shot->c_str())); !why.isEmpty())
            throw UsageError("--screenshot: " + why.toLocal8Bit().toStdString());
    }
    return *lab;
}

/// The window with its pages; everything that adds to it belongs here, so a language switch
/// (which builds it again) keeps it.
MainWindow* buildWindow(bool presenter, bool remember)
{
    auto* window = new MainWindow;
    installPresenterMode(window, presenter); // before the pages: they size to its fonts
    window->addLab(new PiLabPage(window));
    window->addLab(new PrimesLabPage(window));
    window->addLab(new FiguresPage(window));
    addLessonsPanel(*window);
    addPageShortcuts(*window);
    if (remember)
        new SessionSettings(window); // the pages' values now are the defaults; saved at close
    return window;
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
    if (asksForHelp(args, windowOptions())) {
        std::fputs(translate("parlab::GuiMain", kHelp).c_str(), stdout);
        return 0;
    }
    std::optional<ParsedArgs> parsed;
    const LabOptions* lab = nullptr;
    try {
        parsed.emplace(args, windowOptions(), 0,
                       translate("parlab::GuiMain", "parlab (the command line is: parlab run pi|primes …)"));
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
        std::fprintf(stderr, "parlab: %s\n",
                     translate("parlab::GuiMain",
                               "no display to open the window on (set DISPLAY, run under xvfb-run, or "
                               "use QT_QPA_PLATFORM=offscreen); for headless runs use: parlab run "
                               "pi|primes …")
                         .c_str());
        return 1;
    }
    silenceRuntimeDirWarning();
    QApplication app(argc, argv);

    // Built again in the new language when View ▸ Language changes it; presenter mode carries
    // over (--presenter holds for the whole session, the menu's choice is in Presentation).
    // A --screenshot picture is for documents: it starts from the defaults, and leaves the
    // user's saved settings as they were.
    const bool presenter = a.has("--presenter");
    const bool remember = !a.has("--screenshot");
    LanguageSwitch windows(
        [presenter, remember] { return buildWindow(presenter || Presentation::instance().presenter(), remember); });
    MainWindow& window = *windows.window();
    // A picture for documents has the documents' size, whatever screen (or none) it is taken on.
    if (a.has("--screenshot"))
        window.resize(1280, 800);
    if (auto* settings = window.findChild<SessionSettings*>())
        settings->restore();

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
    // Options that name a page or set a lab up show it; without any, the page shown last time stays.
    const auto given = a.given();
    if (std::any_of(given.begin(), given.end(),
                    [](const std::string& o) { return o != "--lang" && o != "--presenter"; }))
        window.showLab(page);
    if (const int code = installLessons(window, a); code != 0)
        return code;
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
