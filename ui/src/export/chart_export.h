/// @file chart_export.h
/// @brief Turning a chart into something to take home: PNG at a scale, SVG, CSV, clipboard —
/// each optionally with a footer naming the parameters, seed, machine and parlab version.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

class QChart;
class QWidget;

namespace parlab::ui {

/// What a chart hands to the exporter. `widget` is painted as it is on screen (so items drawn
/// over the plot area come along); `chart`, when given, supplies the CSV of its series.
struct ChartExport {
    QWidget* widget = nullptr;
    QChart* chart = nullptr;
    QString name;            ///< file-name stem, e.g. "time-vs-workers"
    QString footer;          ///< "π · 1e8 darts · seed 1 · AMD EPYC, 2 cores · parlab 0.1.0"
    QString csv;             ///< overrides the chart's series when non-empty
    bool svgSensible = true; ///< false for dense dart clouds
};

/// The footer every export carries: its own text plus the machine and parlab's version.
QString standardFooter(const QString& parameters);

/// Height of the footer strip for `footer` at `width` logical pixels (it wraps rather than cut).
int footerHeight(const QString& footer, int width);

/// The widget rendered at `scale` (1, 2, 3 …), with the footer strip below when non-empty.
QImage renderImage(const ChartExport& e, qreal scale, bool withFooter);
/// As renderImage, scaled so the image is `width` pixels wide (the height keeps the aspect).
QImage renderImageWidth(const ChartExport& e, int width, bool withFooter);
/// One row per point: "series,x,y" for XY series, "set,category,value" for bar sets; the header
/// lines start with '#' and carry the footer when withHeader.
QString chartCsv(const ChartExport& e, bool withHeader);

/// "png", "jpeg" or "svg" for a file name ending in .png, .jpg/.jpeg or .svg; empty otherwise.
QString exportFormat(const QString& path);

/// Each writes through writeFileBytes (file_write.h): a regular file is replaced atomically with
/// every write checked, a FIFO or device node written in place. Returns an empty string on
/// success, else a sentence saying what went wrong.
QString writeImage(const QImage& image, const QString& path, const char* format);
QString writePng(const QImage& image, const QString& path);
QString writeSvg(const ChartExport& e, const QString& path, bool withFooter);
QString writeText(const QString& text, const QString& path);

} // namespace parlab::ui
