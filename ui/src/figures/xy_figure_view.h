/// @file xy_figure_view.h
/// @brief The chart most figures share: named series from a payload, in the book's style —
/// title, axis titles with units, legend, marked x positions (core counts, default chunksize).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/payload.h"

#include <QChartView>
#include <QImage>

#include <functional>

class QAbstractSeries;

namespace parlab::ui {

struct XySpec {
    enum class Style { line, lineMarkers, points, dashed };
    QString title;
    QString xTitle;
    QString yTitle;
    bool logX = false;
    bool yFromZero = true;
    /// The view may put y on a log scale (a "log time axis" box): a U-curve whose arms differ
    /// a hundredfold shows both arms only on one.
    bool offersLogY = false;
    /// A measured value as the tooltips write it (default: a duration, "12.3 ms").
    std::function<QString(double)> yText;
    /// The style of a series by name (default: line with markers).
    std::function<Style(const QString&)> style;
    /// Whether a series sets the y range (default: all). A reference line such as the ideal
    /// speed-up y = k would otherwise squeeze measured data below 1.5 into a 0–20 axis.
    std::function<bool(const QString&)> setsRange;
    /// The y axis reaches at least this high (e.g. the core count on a speed-up axis).
    double yAtLeast = 0;

    static XySpec of(QString title, QString xTitle, QString yTitle, std::function<Style(const QString&)> style = {})
    {
        XySpec s;
        s.title = std::move(title);
        s.xTitle = std::move(xTitle);
        s.yTitle = std::move(yTitle);
        s.style = std::move(style);
        return s;
    }
};

/// A round dot for QXYSeries::setLightMarker: thousands of points drawn as one image each.
QImage dotMarker(const QColor& colour, int size);

/// A marked x position, drawn as a labelled vertical line.
struct XMark {
    double x;
    QString label;
    QColor color;
};

class XyFigureView : public QChartView {
    Q_OBJECT
  public:
    explicit XyFigureView(XySpec spec, QWidget* parent = nullptr);

    /// Replaces every series with the payload's, plus the marks; axes fit the data.
    void show(const Payload& payload, const QVector<XMark>& marks);
    [[nodiscard]] bool offersLogY() const { return spec_.offersLogY; }
    [[nodiscard]] bool logY() const { return logY_; }
    /// Redraws what is shown with y on a log (or linear) scale; points at or below 0 are left out.
    void setLogY(bool on);
    /// Points of the data series (marks not counted).
    [[nodiscard]] int pointCount() const;
    /// Points drawn of one series (0 when there is no such series).
    [[nodiscard]] int seriesPointCount(const QString& name) const;
    /// Marked x positions drawn (labelled or not).
    [[nodiscard]] int markCount() const;
    /// The marks drawn, in order.
    [[nodiscard]] const QVector<XMark>& marks() const { return marks_; }
    /// Min–max bars drawn (one per measured point with two repeats or more).
    [[nodiscard]] int errorBarCount() const { return static_cast<int>(bars_.size()); }
    /// The warning painted over the plot (busy machine, noisy points), empty when none.
    [[nodiscard]] const QString& warning() const { return warning_; }
    /// The tooltip text of a series' point (every repeat), as shown on hover.
    [[nodiscard]] QString pointTip(const QString& series, const QPointF& point) const;

  protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;

  private:
    struct ErrorBar {
        double x, lo, hi;
        QColor color;
        QAbstractSeries* series;
    };
    void restyle();
    XySpec spec_;
    bool logY_ = false;
    Payload payload_; // what is drawn: the tooltips read its repeats
    QVector<ErrorBar> bars_;
    QString warning_;
    QString briefWarning_; // the same in one line, for small charts (the full text is the tooltip)
    int dataPoints_ = 0;
    QVector<XMark> marks_;
    QAbstractSeries* anchor_ = nullptr; // the series marks are placed against
};

} // namespace parlab::ui
