/// @file queue_depth_chart.cpp
/// @brief Gathers the job queue's depth samples into one line series under the timeline.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/queue_depth_chart.h"

#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace parlab::ui {

namespace {

// A y maximum from 1-2-5 steps (at least 1), so the axis rarely changes mid-run.
double niceDepth(std::uint32_t depth)
{
    const double v = std::max(1.0, static_cast<double>(depth));
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (v <= m * p)
            return m * p;
    return 10 * p;
}

} // namespace

QueueDepthChart::QueueDepthChart(QWidget* parent) : QChartView(parent)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 2, 12, 2));
    chart->setBackgroundVisible(false); // only the plot area is white: no second card under the timeline
    chart->setPlotAreaBackgroundVisible(true);
    chart->setPlotAreaBackgroundBrush(Qt::white);
    chart->setPlotAreaBackgroundPen(Qt::NoPen);
    xAxis_ = new QValueAxis(chart);
    xAxis_->setRange(0, 1);
    xAxis_->setLabelsVisible(false); // the timeline right above carries the time labels
    yAxis_ = new QValueAxis(chart);
    yAxis_->setRange(0, 1);
    yAxis_->setLabelFormat(QStringLiteral("%d"));
    yAxis_->setTickCount(3);
    yAxis_->setTitleText(tr("queued"));
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    series_ = new QLineSeries(chart);
    series_->setName(tr("jobs in the queue"));
    series_->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 1.5));
    chart->addSeries(series_);
    series_->attachAxis(xAxis_);
    series_->attachAxis(yAxis_);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, true);
    setBackgroundBrush(Qt::NoBrush);
    setStyleSheet(QStringLiteral("background: transparent"));
    setFrameShape(QFrame::NoFrame);
    setFixedHeight(84);
    setToolTip(tr("Jobs waiting in the queue: the feeder fills it, workers empty it one job at a time"));
}

void QueueDepthChart::follow(QValueAxis* time, QChart* owner)
{
    owner_ = owner;
    const auto copy = [this, time] {
        xAxis_->setTickType(time->tickType());
        xAxis_->setTickAnchor(time->tickAnchor());
        xAxis_->setTickInterval(time->tickInterval());
        xAxis_->setRange(time->min(), time->max());
    };
    connect(time, &QValueAxis::rangeChanged, this, copy);
    connect(owner, &QChart::plotAreaChanged, this, &QueueDepthChart::align);
    copy();
}

void QueueDepthChart::reset()
{
    points_.clear();
    cursor_ = 0;
    maxDepth_ = depthNow_ = 0;
    series_->clear();
    yAxis_->setRange(0, 1);
    viewport()->update();
}

void QueueDepthChart::pull(const Telemetry& telemetry)
{
    buffer_.clear();
    cursor_ = telemetry.readQueueDepth(cursor_, buffer_);
    depthNow_ = telemetry.queueDepth();
    for (const QueueSample& s : buffer_) {
        points_.append(QPointF(static_cast<double>(s.timeNs) * 1e-9, s.depth));
        maxDepth_ = std::max(maxDepth_, s.depth);
    }
    if (points_.size() > kMaxPoints) {
        // Halve: each pair becomes its first time at the deeper depth (peaks are the lesson).
        qsizetype out = 0;
        for (qsizetype i = 0; i + 1 < points_.size(); i += 2)
            points_[out++] = QPointF(points_[i].x(), std::max(points_[i].y(), points_[i + 1].y()));
        if (points_.size() % 2)
            points_[out++] = points_.back();
        points_.resize(out);
    }
    maxDepth_ = std::max(maxDepth_, depthNow_);
    if (!buffer_.empty())
        series_->replace(points_);
    const double top = niceDepth(maxDepth_);
    if (yAxis_->max() != top)
        yAxis_->setRange(0, top);
    viewport()->update();
}

void QueueDepthChart::align()
{
    // Same left and right edges as the timeline's plot area, so time t is at the same x in both.
    if (!owner_ || owner_->plotArea().isEmpty())
        return;
    const QRectF o = owner_->plotArea();
    const double top = 6, bottom = std::max(top + 10, chart()->size().height() - 8);
    chart()->setPlotArea(QRectF(o.left(), top, o.width(), bottom - top));
}

void QueueDepthChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    align();
}

void QueueDepthChart::drawForeground(QPainter* painter, const QRectF&)
{
    const QRectF area = chart()->plotArea();
    if (area.isEmpty())
        return;
    const QString text = points_.isEmpty() ? tr("job queue: no samples yet")
                                           : tr("job queue: %1 queued now, at most %2").arg(depthNow_).arg(maxDepth_);
    painter->save();
    const QFontMetricsF fm(painter->font());
    const QRectF box(area.right() - fm.horizontalAdvance(text) - 10, area.top() + 2, fm.horizontalAdvance(text) + 8,
                     fm.height() + 2);
    painter->fillRect(box, QColor(255, 255, 255, 210));
    painter->setPen(QColor(0x4a, 0x14, 0x8c));
    painter->drawText(box, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace parlab::ui
