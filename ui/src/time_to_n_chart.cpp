/// @file time_to_n_chart.cpp
/// @brief Cumulative time to check 1…n; the seconds axis grows in 1-2-5 steps, never per point.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_to_n_chart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace parlab::ui {

namespace {
double niceCeil(double v)
{
    if (v <= 0)
        return 1e-3;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0})
        if (v <= m * p)
            return m * p;
    return 10 * p;
}
} // namespace

TimeToNChart::TimeToNChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Time to check all numbers from 1 to n (one thread, measured here)"));
    chart->legend()->hide();
    series_ = new QLineSeries;
    series_->setPen(QPen(QColor(0x2e7d32), 2));
    series_->setPointsVisible(true);
    series_->setMarkerSize(4);
    xAxis_ = new QValueAxis;
    xAxis_->setTitleText(tr("n"));
    xAxis_->setLabelFormat(QStringLiteral("%.0f"));
    yAxis_ = new QValueAxis;
    yAxis_->setTitleText(tr("seconds"));
    yAxis_->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    chart->addSeries(series_);
    series_->attachAxis(xAxis_);
    series_->attachAxis(yAxis_);
    setChart(chart);
    reset(1'000'000);
}

void TimeToNChart::reset(quint64 maxN)
{
    points_.clear();
    series_->clear();
    xAxis_->setRange(0, static_cast<double>(maxN));
    xAxis_->applyNiceNumbers();
    yAxis_->setRange(0, 0.01);
}

void TimeToNChart::addPoint(quint64 n, double seconds)
{
    points_.append(QPointF(static_cast<double>(n), seconds));
    if (seconds > yAxis_->max())
        yAxis_->setRange(0, niceCeil(seconds * 1.05));
    series_->replace(points_);
}

} // namespace parlab::ui
