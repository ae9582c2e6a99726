/// @file dart_board_chart.cpp
/// @brief Builds the dart board chart and keeps its plot area square, so the circle is round.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dart_board_chart.h"

#include "charts/dart_cloud_item.h"
#include "text/format.h"

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace parlab::ui {

namespace {
constexpr int kMargin = 6;       // the chart's own margin, before squaring
constexpr double kMinSide = 20;  // a smaller board is not worth squaring: plain margins then
constexpr qreal kMinChart = 200; // Qt Charts' own minimum chart size
} // namespace

DartBoardChart::DartBoardChart(QWidget* parent) : QWidget(parent)
{
    chart_ = new QChart;
    chart_->setAnimationOptions(QChart::NoAnimation);
    auto* ax = new QValueAxis;
    auto* ay = new QValueAxis;
    for (QValueAxis* a : {ax, ay}) {
        a->setRange(0, 1); // fixed: a range change would recompute every point
        a->setTickCount(6);
        a->setLabelFormat(QStringLiteral("%.1f"));
    }
    chart_->addAxis(ax, Qt::AlignBottom);
    chart_->addAxis(ay, Qt::AlignLeft);

    // The legend's hit / miss keys: empty series whose markers carry the two colours.
    hitKey_ = new QScatterSeries;
    hitKey_->setName(tr("hit"));
    hitKey_->setColor(DartCloudItem::hitColor());
    missKey_ = new QScatterSeries;
    missKey_->setName(tr("miss"));
    missKey_->setColor(DartCloudItem::missColor());
    auto* circle = new QLineSeries;
    circle->setName(tr("x² + y² = 1"));
    QList<QPointF> arc;
    for (int i = 0; i <= 180; ++i) {
        const double t = std::numbers::pi / 2 * i / 180;
        arc.append({std::cos(t), std::sin(t)});
    }
    circle->replace(arc);
    circle->setPen(QPen(Qt::black, 2.5));
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{hitKey_, missKey_, circle}) {
        chart_->addSeries(s);
        s->attachAxis(ax);
        s->attachAxis(ay);
    }
    chart_->legend()->setAlignment(Qt::AlignBottom);

    view_ = new QChartView(chart_, this);
    view_->setRenderHint(QPainter::Antialiasing);
    // A child of the chart, between its grid and axes (z 2, 3) and its series (z 4 and up), so the
    // circle line stays on top of the darts. The chart sits at the scene's origin in a view.
    cloud_ = new DartCloudItem(chart_);
    cloud_->setZValue(3.5);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(view_, 1);

    chart_->setMargins(QMargins(kMargin, kMargin, kMargin, kMargin));
    // Qt Charts counts the margins into the chart's minimum size, and QChartView only ever grows
    // its own minimum to match. The squaring margins would then feed back: wider margins, a wider
    // minimum, a wider chart, wider margins… — a relayout that never ends (a core busy while
    // idle) and a window pushed to 32 767 px. A fixed minimum cuts the loop.
    chart_->setMinimumSize(QSizeF(kMinChart, kMinChart));
    // The plot area is squared by widening the margins on its long side. Queued: the chart is in
    // the middle of its own layout when it reports the new plot area.
    connect(chart_, &QChart::plotAreaChanged, this, [this](const QRectF& r) {
        cloud_->setRect(r);
        QMetaObject::invokeMethod(this, &DartBoardChart::layoutSquare, Qt::QueuedConnection);
    });
    reset();
}

void DartBoardChart::layoutSquare()
{
    // What the plot area would be with the plain margins, then the margins that make it square.
    const QRectF r = chart_->plotArea();
    const QMargins m = chart_->margins();
    const double w = r.width() + m.left() + m.right() - 2 * kMargin;
    const double h = r.height() + m.top() + m.bottom() - 2 * kMargin;
    QMargins want(kMargin, kMargin, kMargin, kMargin);
    // A chart not laid out yet (a hidden page) or squeezed has no room for a board: squaring it
    // would mean negative margins, whose plot area then answers with yet other margins.
    if (std::isfinite(w) && std::isfinite(h) && w >= kMinSide && h >= kMinSide) {
        const double side = std::min(w, h);
        const int dx = static_cast<int>((w - side) / 2);
        want = QMargins(kMargin + dx, kMargin, kMargin + dx, kMargin + static_cast<int>(h - side));
    }
    if (want != m)
        chart_->setMargins(want);
}

void DartBoardChart::setColourByWorker(bool on)
{
    byWorker_ = on;
    for (QScatterSeries* s : {hitKey_, missKey_})
        chart_->legend()->markers(s).constFirst()->setVisible(!on);
    cloud_->setDarts(last_, on);
}

void DartBoardChart::reset()
{
    last_.clear();
    cloud_->clear();
    chart_->setTitle(emptyTitle_);
}

void DartBoardChart::setEmptyTitle(const QString& title)
{
    emptyTitle_ = title;
    if (last_.empty())
        chart_->setTitle(emptyTitle_);
}

void DartBoardChart::showDarts(const std::vector<DartSample>& darts, quint64 thrown, quint64 hits)
{
    last_ = darts;
    cloud_->setDarts(last_, byWorker_);
    if (thrown == 0)
        return;
    const double pi = 4.0 * static_cast<double>(hits) / static_cast<double>(thrown);
    // Two short lines rather than one long one, which a narrow board cuts off.
    chart_->setTitle(tr("π ≈ %1 from %2 darts<br><small>%3 of them drawn</small>")
                         .arg(QString::number(pi, 'f', 5), humanCount(static_cast<double>(thrown)),
                              humanCount(static_cast<double>(darts.size()))));
}

int DartBoardChart::pointCount() const
{
    return cloud_->dartCount();
}

QString DartBoardChart::titleText() const
{
    return chart_->title();
}

} // namespace parlab::ui
