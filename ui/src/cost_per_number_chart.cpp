/// @file cost_per_number_chart.cpp
/// @brief Dots as light markers on pen-less line series (QScatterSeries makes one graphics
/// object per point and is far too slow for 20 000 dots).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cost_per_number_chart.h"

#include "figures/xy_figure_view.h"

#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace parlab::ui {

namespace {


QLineSeries* dotSeries(const QString& name, const QColor& c, int size)
{
    auto* s = new QLineSeries;
    s->setName(name);
    s->setPen(Qt::NoPen);
    s->setColor(c);
    s->setLightMarker(dotMarker(c, size));
    s->setMarkerSize(size);
    return s;
}

} // namespace

CostPerNumberChart::CostPerNumberChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Cost per number (fig. 9-9): primes cost √n/2 divisions, composites are unpredictable"));
    chart->legend()->setAlignment(Qt::AlignTop);
    composites_ = dotSeries(tr("composite"), QColor(120, 144, 156, 150), 3);
    primes_ = dotSeries(tr("prime"), QColor(0xd84315), 4);
    envelope_ = new QLineSeries;
    envelope_->setName(tr("√n / 2"));
    envelope_->setPen(QPen(QColor(0x1565c0), 1.5, Qt::DashLine));
    xAxis_ = new QValueAxis;
    xAxis_->setTitleText(tr("n"));
    xAxis_->setLabelFormat(QStringLiteral("%.0f"));
    yAxis_ = new QValueAxis;
    yAxis_->setTitleText(tr("trial divisions"));
    yAxis_->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    for (QLineSeries* s : {composites_, primes_, envelope_}) {
        chart->addSeries(s);
        s->attachAxis(xAxis_);
        s->attachAxis(yAxis_);
    }
    setChart(chart);
    setRange(10'000, 1'000'000);
}

void CostPerNumberChart::setRange(std::uint64_t first, std::uint64_t last)
{
    const double a = static_cast<double>(first), b = static_cast<double>(std::max(last, first + 1));
    // From 0 so the tick labels are round numbers (0, 250000, …) rather than odd fractions.
    xAxis_->setRange(0, b);
    xAxis_->applyNiceNumbers();
    yAxis_->setRange(0, std::sqrt(b) / 2 * 1.08);
    yAxis_->applyNiceNumbers();
    QList<QPointF> env;
    constexpr int kSteps = 200;
    for (int i = 0; i <= kSteps; ++i) {
        const double n = a + (b - a) * i / kSteps;
        env.append({n, std::sqrt(n) / 2});
    }
    envelope_->replace(env);
}

void CostPerNumberChart::setPoints(const std::vector<CostPoint>& points)
{
    QList<QPointF> p, c;
    for (const CostPoint& pt : points)
        (pt.prime ? p : c).append(QPointF(static_cast<double>(pt.n), static_cast<double>(pt.divisions)));
    primes_->replace(p);
    composites_->replace(c);
}

qsizetype CostPerNumberChart::pointCount() const
{
    return primes_->count() + composites_->count();
}

} // namespace parlab::ui
