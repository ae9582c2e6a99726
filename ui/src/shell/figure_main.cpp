/// @file figure_main.cpp
/// @brief Headless figures for scripts and handouts: check every argument and the output paths,
/// measure (or take from the cache), draw offscreen at exactly the requested size, write the
/// image and CSV with every write checked.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab_ui/figure_main.h"

#include "export/chart_export.h"
#include "export/file_write.h"
#include "figures/figure_registry.h"
#include "figures/figure_store.h"
#include "figures/payload.h"
#include "figures/timed_points.h"
#include "parlab/args.h"
#include "parlab/interrupt.h"
#include "parlab/run_args.h"
#include "parlab/translate.h"
#include "shell/quiet_qt.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLayout>
#include <QRegularExpression>
#include <QWidget>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

namespace parlab::ui {

namespace {

constexpr int kMaxSide = 8000;

const char* kUsage = PARLAB_TRANSLATE_NOOP(
    "parlab::FigureMain",
    "Usage:\n"
    "  parlab figure --list\n"
    "  parlab figure NAME --out FILE.png|.jpg|.svg [--size WxH] [--csv FILE.csv] [--quick]\n"
    "                [--no-cache] [--book] [--no-footer] [--workers K] [--samples N] [--from A] [--to B]\n"
    "                [--repeat N] [--target S]\n"
    "Renders without a display. --quick calibrates the size so each timed point lasts at least\n"
    "--target seconds (0.3 by default); without it, the book's size. Every timed point is measured\n"
    "--repeat times (3 by default): the chart shows the median and the min-max spread, the CSV every\n"
    "repeat. A busy machine or points whose repeats disagree are reported on stderr and on the chart.\n"
    "The image format follows the name of --out. Measurements are cached (see --no-cache).\n"
    "--lang ko|en: the language of the chart and the messages (default: the system's).\n"
    "Exit codes: 0 written, 1 failed, 2 bad arguments.\n");

const std::vector<OptionSpec>& figureOptions()
{
    static const std::vector<OptionSpec> v{{"--list", false},  {"--out"},
                                           {"--csv"},          {"--size"},
                                           {"--quick", false}, {"--no-cache", false},
                                           {"--book", false},  {"--no-footer", false},
                                           {"--workers"},      {"--samples"},
                                           {"--from"},         {"--to"},
                                           {"--repeat"},       {"--target"},
                                           {"--lang"}};
    return v;
}

QString fromArg(const std::string& s)
{
    return QString::fromLocal8Bit(s.data(), static_cast<qsizetype>(s.size()));
}

std::string toArg(const QString& s)
{
    return s.toLocal8Bit().toStdString();
}

/// Everything a figure command asked for, checked before any measuring starts.
struct Request {
    const Figure* figure = nullptr;
    QString id, out, csv, format;
    QSize size{1200, 800};
    bool noCache = false, book = false, footer = true;
    FigureParams params;
};

void checkPath(const QString& path, const char* option)
{
    if (const QString why = checkOutputPath(path); !why.isEmpty())
        throw UsageError(std::string(option) + ": " + toArg(why));
}

Request parseRequest(const ParsedArgs& a)
{
    Request r;
    r.params.quick = a.has("--quick");
    r.noCache = a.has("--no-cache");
    r.book = a.has("--book");
    r.footer = !a.has("--no-footer");
    if (const auto v = a.value("--repeat"))
        r.params.repeats = repeatArg(*v);
    if (const auto v = a.value("--target")) {
        if (!r.params.quick)
            throw UsageError(translate("parlab::FigureMain",
                                       "--target calibrates --quick figures; the book's size is measured as it is"));
        r.params.targetSeconds = targetSecondsArg(*v);
    }
    if (a.positionals().empty())
        throw UsageError(translate("parlab::FigureMain", "figure needs a NAME or --list (see parlab figure --help)"));
    r.id = fromArg(a.positionals().front());
    r.figure = findFigure(r.id);
    if (!r.figure) {
        QStringList ids;
        for (const auto& f : allFigures())
            ids << f->info().id;
        throw UsageError(fill(translate("parlab::FigureMain", "unknown figure '%1' (allowed: %2)"),
                              {toArg(r.id), toArg(ids.join(QStringLiteral(", ")))}));
    }
    for (const char* option : {"--workers", "--samples", "--from", "--to"}) {
        const auto v = a.value(option);
        if (!v)
            continue;
        if (!r.figure->settings().contains(QString::fromLatin1(option + 2)))
            throw UsageError(fill(translate("parlab::FigureMain", "%1 does not apply to figure %2 (it takes: %3)"),
                                  {option, toArg(r.id), toArg(r.figure->settings().join(QStringLiteral(", ")))}));
        const std::string_view o(option);
        if (o == "--workers")
            r.params.workers = workersArg(*v);
        else if (o == "--samples")
            r.params.samples = samplesArg(*v);
        else if (o == "--from")
            r.params.first = rangeEndArg(*v, o);
        else
            r.params.last = rangeEndArg(*v, o);
    }
    if (r.params.first && r.params.last)
        checkRange(*r.params.first, *r.params.last);
    try {
        r.figure->checkParams(r.params);
    } catch (const UsageError&) {
        throw;
    } catch (const Error& e) {
        throw UsageError(std::string("--") + e.what()); // the core names the setting without dashes
    }
    if (const auto v = a.value("--size")) {
        const auto m = QRegularExpression(QStringLiteral("^([0-9]{1,5})x([0-9]{1,5})$")).match(fromArg(*v));
        if (!m.hasMatch())
            throw UsageError(
                fill(translate("parlab::FigureMain", "--size must be WIDTHxHEIGHT in pixels, e.g. 1200x800 (got '%1')"),
                     {*v}));
        r.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        if (r.size.width() > kMaxSide || r.size.height() > kMaxSide)
            throw UsageError(
                fill(translate("parlab::FigureMain", "--size must be at most 8000x8000 (got '%1')"), {*v}));
    }
    const auto out = a.value("--out");
    if (!out)
        throw UsageError(translate("parlab::FigureMain", "--out FILE.png is required"));
    r.out = fromArg(*out);
    r.format = exportFormat(r.out);
    if (r.format.isEmpty() && writesInPlace(r.out))
        r.format = QStringLiteral("png"); // a pipe or device has no suffix to follow: `--out >(display)`
    if (r.format.isEmpty())
        throw UsageError(fill(translate("parlab::FigureMain",
                                        "--out must name a .png, .jpg or .svg file, the format to write (got '%1')"),
                              {*out}));
    checkPath(r.out, "--out");
    if (const auto csv = a.value("--csv")) {
        r.csv = fromArg(*csv);
        checkPath(r.csv, "--csv");
        if (r.csv == r.out && !writesInPlace(r.out))
            throw UsageError(translate("parlab::FigureMain", "--csv and --out name the same file"));
    }
    return r;
}

void printError(const std::string& line)
{
    std::fprintf(stderr, "parlab: %s\n", printable(line).c_str());
}

int listFigures(const ParsedArgs& a)
{
    if (a.given().size() > 1 || !a.positionals().empty())
        throw UsageError(translate("parlab::FigureMain", "--list takes no other arguments"));
    for (const auto& f : allFigures())
        std::printf("%-16s %s\n", f->info().id.toLocal8Bit().constData(), f->info().title.toLocal8Bit().constData());
    return 0;
}

/// The smallest size the figure's view can be laid out at, its footer strip (`strip` high) included.
QSize minimumSize(QWidget* view, int strip)
{
    const QSize min = view->minimumSize().expandedTo(view->minimumSizeHint());
    return {min.width(), min.height() + strip};
}

int render(const Request& r)
{
    QWidget* view = r.figure->createView(nullptr);
    const std::unique_ptr<QWidget> owner(view);
    view->setAttribute(Qt::WA_DontShowOnScreen);
    // The footer names the settings, not the measurement, so it is known (and sized: it wraps)
    // before measuring.
    const QString footerText = standardFooter(QStringLiteral("%1 · %2").arg(r.id, r.figure->paramsKey(r.params)));
    const int strip = r.footer ? footerHeight(footerText, r.size.width()) : 0;
    // Checked before measuring: a size the layout cannot honour would otherwise come out larger.
    const QSize min = minimumSize(view, strip);
    if (r.size.width() < min.width() || r.size.height() < min.height())
        throw UsageError(
            fill(translate("parlab::FigureMain", "--size must be at least %1x%2 for figure %3 (got %4x%5)"),
                 {std::to_string(min.width()), std::to_string(min.height()), toArg(r.id),
                  std::to_string(r.size.width()), std::to_string(r.size.height())}));

    // --no-cache leaves the cache alone altogether: not even opened, so a full or read-only
    // cache folder cannot add its warnings to this figure's output.
    std::optional<FigureStore> store;
    if (!r.noCache)
        store.emplace();
    QString payload, provenance;
    QElapsedTimer clock;
    clock.start();
    if (auto hit = store ? store->find(*r.figure, r.params) : std::nullopt) {
        payload = hit->payload;
        provenance = QCoreApplication::translate("parlab::FigureMain", "cached, measured %1")
                         .arg(hit->measuredAt.toString(Qt::ISODate));
    } else {
        CancelToken cancel;
        InterruptGuard interrupts(cancel);
        interrupts.arm();
        std::optional<QString> measured;
        try {
            measured = r.figure->measureWithLoad(r.params, cancel, [](const QString&) {});
        } catch (const std::exception& e) {
            printError(fill(translate("parlab::FigureMain", "the measurement failed: %1"), {e.what()}));
            return kExitFailed;
        }
        if (!measured) {
            printError(translate("parlab::FigureMain", "interrupted; nothing written"));
            return kExitInterrupted;
        }
        payload = *measured;
        if (store)
            store->store(*r.figure, r.params, payload);
        provenance = QCoreApplication::translate("parlab::FigureMain", "measured in %1 s")
                         .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
    }
    if (store && !store->warning().isEmpty())
        printError(fill(translate("parlab::FigureMain", "warning: %1"), {toArg(store->warning())}));
    // What the chart says over its plot, said here too: a figure from a busy machine is suspect.
    const Payload measuredData = Payload::parse(payload);
    if (const QString busy = busyWarningOf(measuredData); !busy.isEmpty())
        printError(fill(translate("parlab::FigureMain", "warning: %1"), {toArg(busy)}));
    if (const QString noisy = noisyWarningOf(measuredData); !noisy.isEmpty())
        printError(fill(translate("parlab::FigureMain", "warning: %1 (run again with --no-cache)"), {toArg(noisy)}));

    // Rendered at the size asked for: a layout must not push its minimum onto the (offscreen)
    // window, which Qt reports on stderr as "This plugin does not support propagateSizeHints()".
    if (QLayout* l = view->layout())
        l->setSizeConstraint(QLayout::SetNoConstraint);
    view->resize(r.size.width(), r.size.height() - strip);
    view->show();
    r.figure->draw(view, payload, r.book);
    // Layouts answer each other on later turns of the event loop (the dart board squares its
    // plot area in reply to the chart's layout); an offscreen render has no later turn, so give
    // them a few here.
    for (int pass = 0; pass < 4; ++pass)
        QCoreApplication::processEvents();

    ChartExport e = r.figure->exportOf(view, payload);
    e.footer = footerText;
    QString error;
    QSize written = r.size;
    if (r.format == QLatin1String("svg")) {
        error = writeSvg(e, r.out, r.footer);
    } else {
        const QImage image = renderImage(e, 1.0, r.footer);
        written = image.size();
        error = written == r.size ? writeImage(image, r.out, r.format == QLatin1String("png") ? "png" : "jpeg")
                                  : QCoreApplication::translate("parlab::FigureMain",
                                                                "the figure came out %1x%2, not the %3x%4 asked for")
                                        .arg(written.width())
                                        .arg(written.height())
                                        .arg(r.size.width())
                                        .arg(r.size.height());
    }
    if (error.isEmpty() && !r.csv.isEmpty())
        error = writeText(chartCsv(e, r.footer), r.csv);
    if (!error.isEmpty()) {
        printError(toArg(error));
        return kExitFailed;
    }
    const std::string size = std::to_string(written.width()) + "x" + std::to_string(written.height());
    const std::string line = r.csv.isEmpty() ? fill(translate("parlab::FigureMain", "wrote %1 (%2, %3)"),
                                                    {toArg(r.out), size, toArg(provenance)})
                                             : fill(translate("parlab::FigureMain", "wrote %1 (%2, %3) and %4"),
                                                    {toArg(r.out), size, toArg(provenance), toArg(r.csv)});
    std::printf("parlab: %s\n", printable(line).c_str());
    return 0;
}

} // namespace

int figureMain(int argc, char** argv)
{
    const std::vector<std::string> args(argv, argv + argc);
    Request request;
    std::optional<ParsedArgs> listOnly; // listed once the application exists: the titles are tr() texts
    try {
        if (asksForHelp(args, figureOptions())) {
            std::fputs(translate("parlab::FigureMain", kUsage).c_str(), stdout);
            return 0;
        }
        const ParsedArgs a(args, figureOptions(), 1, "'parlab figure'");
        if (a.has("--list"))
            listOnly.emplace(a);
        else
            request = parseRequest(a);
    } catch (const Error& e) {
        printError(e.what());
        return kExitUsage;
    }

    // Headless by itself: no display needed for a figure. A full disk under RLIMIT_FSIZE must
    // come back as a failed write (EFBIG), not kill the program.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::signal(SIGXFSZ, SIG_IGN);
    silenceRuntimeDirWarning();
    int qtArgc = 1;
    char name[] = "parlab";
    char* qtArgv[] = {name, nullptr};
    QApplication app(qtArgc, qtArgv);
    QCoreApplication::setApplicationName(QStringLiteral("parlab"));
    QCoreApplication::setOrganizationName(QStringLiteral("parlab"));
    try {
        if (listOnly)
            return listFigures(*listOnly);
        return render(request);
    } catch (const UsageError& e) {
        printError(e.what());
        return kExitUsage;
    }
}

} // namespace parlab::ui
