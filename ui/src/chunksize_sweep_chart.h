/// @file chunksize_sweep_chart.h
/// @brief Book figures 9-11/9-12: run time against chunksize on a log axis, natural and shuffled
/// order, with Python's default chunksize marked.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/options.h"

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace parlab::ui {

class ChunksizeSweepChart : public QChartView {
    Q_OBJECT
public:
    explicit ChunksizeSweepChart(QWidget* parent = nullptr);

    /// Clears both curves; the x axis spans 1…n and the default ceil(n / (4·workers)) is marked.
    void reset(quint64 n, int workers);
    void addPoint(Order order, quint64 chunksize, double seconds);
    [[nodiscard]] qsizetype pointCount() const { return natural_.size() + shuffled_.size(); }
    [[nodiscard]] quint64 markedDefault() const { return default_; }

protected:
    /// The default is painted as a vertical line (see ChunkCountSweepChart::drawForeground).
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void grow(double seconds);

    QLineSeries* naturalSeries_;
    QLineSeries* shuffledSeries_;
    QLineSeries* defaultLine_;
    QLogValueAxis* xAxis_;
    QValueAxis* yAxis_;
    QList<QPointF> natural_, shuffled_;
    quint64 default_ = 0;
};

} // namespace parlab::ui
