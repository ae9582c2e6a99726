/// @file figure_main.cpp
/// @brief Headless figures for scripts and handouts: measure (or take from the cache), draw
/// offscreen at the requested size, write PNG and CSV atomically.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab_ui/figure_main.h"

#include "chart_export.h"
#include "figures/figure_registry.h"
#include "figures/figure_store.h"
#include "parlab/error.h"
#include "parlab/parse_count.h"

#include <QApplication>
#include <QLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QWidget>

#include <csignal>
#include <cstdio>
#include <limits>

namespace parlab::ui {

namespace {

constexpr int kFooterHeight = 22;  // as chart_export.cpp's strip

CancelToken* gCancel = nullptr;
extern "C" void onFigureInterrupt(int)
{
    if (gCancel)
        gCancel->cancel();
}

struct UsageError {
    QString message;
};

const char* kUsage =
    "Usage:\n"
    "  parlab figure --list\n"
    "  parlab figure NAME --out FILE.png [--size WxH] [--csv FILE.csv] [--quick] [--no-cache]\n"
    "                [--book] [--no-footer] [--workers K] [--samples N] [--from A] [--to B]\n"
    "Renders without a display. --quick uses the small preset (seconds); without it, the book's size.\n"
    "Measurements are cached (see --no-cache). Exit codes: 0 written, 1 failed, 2 bad arguments.\n";

QString takeValue(QStringList& args, int& i)
{
    const QString option = args[i];
    if (i + 1 >= args.size())
        throw UsageError{QStringLiteral("%1 needs a value").arg(option)};
    return args[++i];
}

quint64 count(const QString& text, const QString& option, quint64 min, quint64 max)
{
    try {
        return parseCount(text.toStdString(), option.toStdString(), min, max);
    } catch (const parlab::Error& e) {
        throw UsageError{QString::fromStdString(e.what())};
    }
}

QString checkWritable(const QString& path, const QString& option)
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        throw UsageError{QStringLiteral("%1: the folder %2 does not exist").arg(option, dir.filePath())};
    if (!dir.isWritable() || (info.exists() && !info.isWritable()))
        throw UsageError{QStringLiteral("%1: cannot write %2").arg(option, path)};
    return path;
}

} // namespace

int figureMain(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QString figureId, out, csv;
    QSize size(1200, 800);
    bool noCache = false, book = false, footer = true;
    FigureParams params;
    params.quick = false;
    const Figure* figure = nullptr;
    try {
        if (args.isEmpty())
            throw UsageError{QStringLiteral("figure needs a NAME or --list (see parlab figure --help)")};
        if (args.contains(QStringLiteral("--help"))) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (args.front() == QLatin1String("--list")) {
            for (const auto& f : allFigures())
                std::printf("%-16s %s\n", f->info().id.toLocal8Bit().constData(), f->info().title.toLocal8Bit().constData());
            return 0;
        }
        figureId = args.takeFirst();
        figure = findFigure(figureId);
        if (!figure) {
            QStringList ids;
            for (const auto& f : allFigures())
                ids << f->info().id;
            throw UsageError{QStringLiteral("unknown figure '%1' (allowed: %2)").arg(figureId, ids.join(QStringLiteral(", ")))};
        }
        for (int i = 0; i < args.size(); ++i) {
            const QString& a = args[i];
            if (a == QLatin1String("--out")) {
                out = checkWritable(takeValue(args, i), a);
            } else if (a == QLatin1String("--csv")) {
                csv = checkWritable(takeValue(args, i), a);
            } else if (a == QLatin1String("--size")) {
                const QString v = takeValue(args, i);
                const auto m = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(v);
                if (!m.hasMatch())
                    throw UsageError{QStringLiteral("--size must be WIDTHxHEIGHT in pixels, e.g. 1200x800 (got '%1')").arg(v)};
                size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
                if (size.width() < 320 || size.height() < 240 || size.width() > 8000 || size.height() > 8000)
                    throw UsageError{QStringLiteral("--size must lie between 320x240 and 8000x8000 (got '%1')").arg(v)};
            } else if (a == QLatin1String("--quick")) {
                params.quick = true;
            } else if (a == QLatin1String("--no-cache")) {
                noCache = true;
            } else if (a == QLatin1String("--book")) {
                book = true;
            } else if (a == QLatin1String("--no-footer")) {
                footer = false;
            } else if (a == QLatin1String("--workers") || a == QLatin1String("--samples") || a == QLatin1String("--from") ||
                       a == QLatin1String("--to")) {
                const QString setting = a.mid(2);
                if (!figure->settings().contains(setting))
                    throw UsageError{QStringLiteral("%1 does not apply to figure %2 (it takes: %3)")
                                         .arg(a, figureId, figure->settings().join(QStringLiteral(", ")))};
                const QString v = takeValue(args, i);
                if (setting == QLatin1String("workers"))
                    params.workers = static_cast<int>(count(v, a, 1, 256));
                else if (setting == QLatin1String("samples"))
                    params.samples = count(v, a, 1, 100'000'000'000ULL);
                else if (setting == QLatin1String("from"))
                    params.first = count(v, a, 0, 1ULL << 53);
                else
                    params.last = count(v, a, 0, 1ULL << 53);
            } else {
                throw UsageError{QStringLiteral("unknown option '%1' for 'parlab figure' (see parlab figure --help)").arg(a)};
            }
        }
        if (out.isEmpty())
            throw UsageError{QStringLiteral("--out FILE.png is required")};
        if (params.first && params.last && *params.first > *params.last)
            throw UsageError{QStringLiteral("--from must not exceed --to")};
    } catch (const UsageError& e) {
        std::fprintf(stderr, "parlab: %s\n", e.message.toLocal8Bit().constData());
        return 2;
    }

    // Headless by itself: no display needed for a figure.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    char name[] = "parlab";
    char* qtArgv[] = {name, nullptr};
    QApplication app(qtArgc, qtArgv);
    QCoreApplication::setApplicationName(QStringLiteral("parlab"));
    QCoreApplication::setOrganizationName(QStringLiteral("parlab"));

    FigureStore store;
    QString payload;
    QString provenance;
    QElapsedTimer clock;
    clock.start();
    if (auto hit = noCache ? std::nullopt : store.find(*figure, params)) {
        payload = hit->payload;
        provenance = QStringLiteral("cached, measured %1").arg(hit->measuredAt.toString(Qt::ISODate));
    } else {
        CancelToken cancel;
        gCancel = &cancel;
        std::signal(SIGINT, onFigureInterrupt);
        try {
            const auto measured = figure->measure(params, cancel, [](const QString&) {});
            if (!measured) {
                std::fprintf(stderr, "parlab: interrupted; nothing written\n");
                return 130;
            }
            payload = *measured;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "parlab: the measurement failed: %s\n", e.what());
            return 1;
        }
        gCancel = nullptr;
        if (!noCache)
            store.store(*figure, params, payload);
        provenance = QStringLiteral("measured in %1 s").arg(clock.elapsed() / 1000.0, 0, 'f', 1);
    }
    if (!store.warning().isEmpty())
        std::fprintf(stderr, "parlab: warning: %s\n", store.warning().toLocal8Bit().constData());

    QWidget* view = figure->createView(nullptr);
    view->setAttribute(Qt::WA_DontShowOnScreen);
    // Rendered at the size asked for: a layout must not push its minimum onto the (offscreen)
    // window, which Qt reports on stderr as "This plugin does not support propagateSizeHints()".
    if (QLayout* l = view->layout())
        l->setSizeConstraint(QLayout::SetNoConstraint);
    view->resize(size.width(), size.height() - (footer ? kFooterHeight : 0));
    view->show();
    figure->draw(view, payload, book);
    QCoreApplication::processEvents();

    ChartExport e = figure->exportOf(view, payload);
    e.footer = standardFooter(QStringLiteral("%1 · %2").arg(figureId, figure->paramsKey(params)));
    const QImage image = renderImage(e, 1.0, footer);
    QString error = writePng(image, out);
    if (error.isEmpty() && !csv.isEmpty())
        error = writeText(chartCsv(e, footer), csv);
    delete view;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "parlab: %s\n", error.toLocal8Bit().constData());
        return 2;
    }
    std::printf("parlab: wrote %s (%dx%d, %s)%s%s\n", out.toLocal8Bit().constData(), image.width(), image.height(),
                provenance.toLocal8Bit().constData(), csv.isEmpty() ? "" : " and ", csv.toLocal8Bit().constData());
    return 0;
}

} // namespace parlab::ui
