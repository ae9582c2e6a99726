/// @file dart_board_chart.cpp
/// @brief Builds the dart board chart and keeps its plot area square, so the circle is round.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dart_board_chart.h"

#include "charts/dart_cloud_item.h"
#include "charts/flow_legend.h"
#include "charts/palette.h"
#include "charts/presentation.h"
#include "text/format.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QResizeEvent>
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
    missKey_ = new QScatterSeries;
    missKey_->setName(tr("miss"));
    // Colour by worker: which colour is which worker (numbered from 1, as everywhere people read).
    for (int w = 0; w < palette::kWorkerColours; ++w) {
        auto* key = new QScatterSeries;
        key->setName(w == 0 ? tr("worker %1").arg(1) : QString::number(w + 1));
        workerKeys_.push_back(key);
    }
    recolour();
    auto* circle = circle_ = new QLineSeries;
    circle->setName(tr("x² + y² = 1"));
    QList<QPointF> arc;
    for (int i = 0; i <= 180; ++i) {
        const double t = std::numbers::pi / 2 * i / 180;
        arc.append({std::cos(t), std::sin(t)});
    }
    circle->replace(arc);
    circle->setPen(QPen(Qt::black, 2.5));
    QList<QXYSeries*> all{hitKey_, missKey_, circle};
    for (QScatterSeries* key : workerKeys_)
        all << key;
    for (QXYSeries* s : all) {
        chart_->addSeries(s);
        s->attachAxis(ax);
        s->attachAxis(ay);
    }
    showKeys();
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
    // Its titles come in short lines already; wrapping them to the squared width would narrow
    // the title, grow it, shrink the plot, widen the squaring margins… until nothing is left.
    Presentation::setWrapTitle(chart_, false);
    // The plot area is squared by widening the margins on its long side. Queued: the chart is in
    // the middle of its own layout when it reports the new plot area.
    view_->installEventFilter(this);
    connect(chart_, &QChart::plotAreaChanged, this, [this](const QRectF& r) {
        cloud_->setRect(r);
        QMetaObject::invokeMethod(this, &DartBoardChart::layoutSquare, Qt::QueuedConnection);
    });
    reset();
    connect(&Presentation::instance(), &Presentation::changed, this, [this] {
        recolour();
        showKeys();
        cloud_->setDarts(last_, byWorker_); // new colours, new dot size
    });
}

bool DartBoardChart::eventFilter(QObject* watched, QEvent* event)
{
    // Shrinking: the squaring margins count into the chart's minimum size, so a chart squared for
    // a larger view cannot follow it down (its plot then runs past the view and its title is cut
    // to "..."). Plain margins before the view resizes the chart; it squares again afterwards.
    if (watched == view_ && event->type() == QEvent::Resize) {
        const auto* r = static_cast<QResizeEvent*>(event);
        if (r->size().width() < r->oldSize().width() || r->size().height() < r->oldSize().height()) {
            const FlowLegend* legend = FlowLegend::find(chart_);
            const int keys = legend ? static_cast<int>(std::lround(legend->height())) : 0;
            chart_->setMargins(QMargins(kMargin, kMargin, kMargin, kMargin + keys));
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DartBoardChart::recolour()
{
    for (QScatterSeries* s : {hitKey_, missKey_}) {
        s->setColor(s == hitKey_ ? DartCloudItem::hitColor() : DartCloudItem::missColor());
        s->setBorderColor(s->color());
    }
    for (int w = 0; w < workerKeys_.size(); ++w) {
        workerKeys_[w]->setColor(DartCloudItem::workerColor(w));
        workerKeys_[w]->setBorderColor(DartCloudItem::workerColor(w));
    }
}

void DartBoardChart::showKeys()
{
    for (QScatterSeries* s : {hitKey_, missKey_})
        FlowLegend::setEntryVisible(s, !byWorker_);
    // In presenter mode the key keeps to one row: the circle needs no name there.
    FlowLegend::setEntryVisible(circle_, !Presentation::instance().presenter());
    const int shown = std::min<int>(workersSeen_, static_cast<int>(workerKeys_.size()));
    for (int w = 0; w < workerKeys_.size(); ++w)
        FlowLegend::setEntryVisible(workerKeys_[w], byWorker_ && w < shown);
    Presentation::instance().style(chart_); // the key's rows change
}

int DartBoardChart::workerKeyCount() const
{
    int n = 0;
    for (QScatterSeries* key : workerKeys_)
        n += FlowLegend::entryVisible(key) ? 1 : 0;
    return n;
}

void DartBoardChart::layoutSquare()
{
    // What the plot area would be with the plain margins, then the margins that make it square.
    const QRectF r = chart_->plotArea();
    const QMargins m = chart_->margins();
    const FlowLegend* legend = FlowLegend::find(chart_); // its rows sit in the bottom margin
    const int keys = legend ? static_cast<int>(std::lround(legend->height())) : 0;
    // Squaring reads the plot area against the margins it was laid out with. Two cases where they
    // disagree: margins squared for a larger chart that cannot hold them (a page hidden while the
    // window shrank, shown again) never get a plot area of their own — plain margins first, the
    // new plot area squares again; and margins just set whose layout is still to come — wait for
    // its plot area. Squaring from a stale plot area would keep margins wider than the chart.
    const QSizeF size = chart_->size();
    const QMargins plain(kMargin, kMargin, kMargin, kMargin + keys);
    if (m.left() + m.right() + kMinSide > size.width() || m.top() + m.bottom() + kMinSide > size.height()) {
        if (plain != m)
            chart_->setMargins(plain);
        return;
    }
    if (r.left() < m.left() - 0.5 || r.right() > size.width() - m.right() + 0.5 || r.top() < m.top() - 0.5 ||
        r.bottom() > size.height() - m.bottom() + 0.5)
        return;
    const double w = r.width() + m.left() + m.right() - 2 * kMargin;
    const double h = r.height() + m.top() + m.bottom() - 2 * kMargin - keys;
    QMargins want = plain;
    // A chart not laid out yet (a hidden page) or squeezed has no room for a board: squaring it
    // would mean negative margins, whose plot area then answers with yet other margins.
    if (std::isfinite(w) && std::isfinite(h) && w >= kMinSide && h >= kMinSide) {
        const double side = std::min(w, h);
        const int dx = static_cast<int>((w - side) / 2);
        want = QMargins(kMargin + dx, kMargin, kMargin + dx, kMargin + static_cast<int>(h - side) + keys);
    }
    if (want != m) {
        chart_->setMargins(want);
        Presentation::instance().style(chart_); // the title wraps to the board's width
    }
}

void DartBoardChart::setColourByWorker(bool on)
{
    byWorker_ = on;
    showKeys();
    cloud_->setDarts(last_, on);
}

void DartBoardChart::reset()
{
    last_.clear();
    cloud_->clear();
    workersSeen_ = 0;
    showKeys();
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
    int seen = workersSeen_;
    for (const DartSample& d : darts)
        seen = std::max(seen, static_cast<int>(d.worker) + 1);
    if (seen != workersSeen_) {
        workersSeen_ = seen;
        showKeys();
    }
    if (thrown == 0)
        return;
    const double pi = 4.0 * static_cast<double>(hits) / static_cast<double>(thrown);
    // Two short lines rather than one long one, which a narrow board cuts off: the estimate, big,
    // then how it was made.
    chart_->setTitle(tr("π ≈ %1<br><small>%2 darts</small>")
                         .arg(QString::number(pi, 'f', 5), humanCount(static_cast<double>(thrown))));
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
