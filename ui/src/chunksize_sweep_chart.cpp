/// @file chunksize_sweep_chart.cpp
/// @brief The U-shaped chunksize curve: too-small chunks pay per-chunk overhead, too-big ones
/// leave workers idle at the end.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunksize_sweep_chart.h"

#include "format.h"
#include "parlab/primes.h"

#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>

namespace parlab::ui {

ChunksizeSweepChart::ChunksizeSweepChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Time vs chunksize (fig. 9-11 / 9-12)"));
    chart->legend()->setAlignment(Qt::AlignTop);
    naturalSeries_ = new QLineSeries;
    naturalSeries_->setName(tr("natural order"));
    shuffledSeries_ = new QLineSeries;
    shuffledSeries_->setName(tr("shuffled order"));
    naturalSeries_->setPen(QPen(QColor(0x1565c0), 2));
    shuffledSeries_->setPen(QPen(QColor(0xef6c00), 2));
    defaultLine_ = new QLineSeries;
    defaultLine_->setPen(QPen(QColor(0x6a1b9a), 1.5, Qt::DashLine));
    xAxis_ = new QLogValueAxis;
    xAxis_->setBase(10);
    xAxis_->setLabelFormat(QStringLiteral("%g"));
    xAxis_->setTitleText(tr("chunksize (numbers per chunk, log scale)"));
    xAxis_->setMinorTickCount(8);
    yAxis_ = new QValueAxis;
    yAxis_->setTitleText(tr("seconds"));
    yAxis_->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    for (QLineSeries* s : {naturalSeries_, shuffledSeries_, defaultLine_}) {
        s->setPointsVisible(true);
        s->setMarkerSize(5);
        chart->addSeries(s);
        s->attachAxis(xAxis_);
        s->attachAxis(yAxis_);
    }
    defaultLine_->setPointsVisible(false);
    setChart(chart);
    reset(100'001, 2);
}

void ChunksizeSweepChart::reset(quint64 n, int workers)
{
    natural_.clear();
    shuffled_.clear();
    naturalSeries_->clear();
    shuffledSeries_->clear();
    xAxis_->setRange(1, static_cast<double>(std::max<quint64>(n, 10)));
    yAxis_->setRange(0, 0.1);
    default_ = defaultChunksize(n, workers);
    defaultLine_->setName(tr("Python's default %1").arg(humanCount(static_cast<double>(default_))));
    viewport()->update();
}

void ChunksizeSweepChart::drawForeground(QPainter* painter, const QRectF&)
{
    const QRectF area = chart()->plotArea();
    const double x = chart()->mapToPosition(QPointF(static_cast<double>(default_), 0), naturalSeries_).x();
    painter->save();
    painter->setClipRect(area);
    painter->setPen(defaultLine_->pen());
    painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    painter->restore();
}

void ChunksizeSweepChart::grow(double seconds)
{
    if (seconds * 1.1 > yAxis_->max()) {
        yAxis_->setRange(0, seconds * 1.3);
        yAxis_->applyNiceNumbers();
    }
}

void ChunksizeSweepChart::addPoint(Order order, quint64 chunksize, double seconds)
{
    QList<QPointF>& pts = order == Order::shuffled ? shuffled_ : natural_;
    pts.append(QPointF(static_cast<double>(chunksize), seconds));
    grow(seconds);
    (order == Order::shuffled ? shuffledSeries_ : naturalSeries_)->replace(pts);
}

} // namespace parlab::ui
