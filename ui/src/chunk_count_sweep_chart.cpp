/// @file chunk_count_sweep_chart.cpp
/// @brief The saw-tooth: one chunk more than a multiple of the workers adds a round in which
/// all but one worker sit idle.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunk_count_sweep_chart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace parlab::ui {

ChunkCountSweepChart::ChunkCountSweepChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Time vs number of chunks (fig. 9-13): dips where the chunks divide evenly among the workers"));
    chart->legend()->setAlignment(Qt::AlignTop);
    series_ = new QLineSeries;
    series_->setName(tr("run time"));
    series_->setPen(QPen(QColor(0x1565c0), 2));
    series_->setPointsVisible(true);
    series_->setMarkerSize(6);
    xAxis_ = new QValueAxis;
    xAxis_->setTitleText(tr("number of chunks (chunksize = ceil(n / chunks))"));
    xAxis_->setLabelFormat(QStringLiteral("%d"));
    yAxis_ = new QValueAxis;
    yAxis_->setTitleText(tr("seconds"));
    yAxis_->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    marksLegend_ = new QLineSeries;
    marksLegend_->setPen(QPen(QColor(46, 125, 50, 160), 1.5, Qt::DashLine));
    for (QLineSeries* s : {series_, marksLegend_}) {
        chart->addSeries(s);
        s->attachAxis(xAxis_);
        s->attachAxis(yAxis_);
    }
    setChart(chart);
    reset(2);
}

void ChunkCountSweepChart::reset(int workers, int maxChunks)
{
    points_.clear();
    series_->clear();
    marks_.clear();
    xAxis_->setRange(0, maxChunks + 1);
    xAxis_->setTickCount(maxChunks / 4 + 2 > 12 ? 12 : maxChunks / 4 + 2);
    xAxis_->setTickType(QValueAxis::TicksDynamic);
    xAxis_->setTickAnchor(0);
    xAxis_->setTickInterval(maxChunks > 16 ? 4 : 1);
    yAxis_->setRange(0, 0.1);
    for (int k = workers; k <= maxChunks; k += std::max(1, workers))
        marks_.append(k);
    marksLegend_->setName(workers == 1 ? tr("every chunk count (1 worker)") : tr("multiples of %1 workers").arg(workers));
    viewport()->update();
}

void ChunkCountSweepChart::drawForeground(QPainter* painter, const QRectF&)
{
    const QRectF area = chart()->plotArea();
    painter->save();
    painter->setClipRect(area);
    painter->setPen(marksLegend_->pen());
    for (int k : marks_) {
        const double x = chart()->mapToPosition(QPointF(k, 0), series_).x();
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    painter->restore();
}

void ChunkCountSweepChart::addPoint(quint64 chunks, double seconds)
{
    points_.append(QPointF(static_cast<double>(chunks), seconds));
    if (seconds * 1.1 > yAxis_->max()) {
        yAxis_->setRange(0, seconds * 1.3);
        yAxis_->applyNiceNumbers();
    }
    series_->replace(points_);
}

} // namespace parlab::ui
