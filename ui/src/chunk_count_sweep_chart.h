/// @file chunk_count_sweep_chart.h
/// @brief Book figure 9-13: run time against the number of chunks 1…32, with the multiples of
/// the worker count marked — where every worker gets the same number of chunks.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace parlab::ui {

class ChunkCountSweepChart : public QChartView {
    Q_OBJECT
public:
    explicit ChunkCountSweepChart(QWidget* parent = nullptr);

    void reset(int workers, int maxChunks = 32);
    void addPoint(quint64 chunks, double seconds);
    [[nodiscard]] qsizetype pointCount() const { return points_.size(); }
    /// Chunk counts marked as multiples of the workers.
    [[nodiscard]] int markCount() const { return static_cast<int>(marks_.size()); }

protected:
    /// The marks are painted over the plot area: a series reaching far outside the axes keeps a
    /// stale geometry in Qt Charts 6.4 until the axes change.
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    QLineSeries* series_;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
    QLineSeries* marksLegend_;  // empty: only its legend entry and pen are used
    QList<int> marks_;
    QList<QPointF> points_;
};

} // namespace parlab::ui
