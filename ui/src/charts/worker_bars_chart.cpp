/// @file worker_bars_chart.cpp
/// @brief Builds the two per-worker bar charts; axes grow in steps so they rarely rescale.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/worker_bars_chart.h"

#include "charts/nice_axis.h"
#include "charts/palette.h"
#include "charts/presentation.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace parlab::ui {

namespace {

// One bar per worker; with several sets (computing, waiting) stacked, and a legend to tell them apart.
QChart* barChart(const QString& title, const QList<QBarSet*>& sets, QBarCategoryAxis* cats, QValueAxis* values)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QAbstractBarSeries* series = sets.size() > 1 ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                                 : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(sets);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    chart->addAxis(cats, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(cats);
    series->attachAxis(values);
    chart->legend()->setVisible(sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

WorkerBarsChart::WorkerBarsChart(QWidget* parent) : QWidget(parent)
{
    dartSet_ = new QBarSet(tr("darts"));
    busySet_ = new QBarSet(tr("work"));
    waitSet_ = new QBarSet(tr("GIL wait"));
    idleSet_ = new QBarSet(tr("off core"));
    recolour();
    connect(&Presentation::instance(), &Presentation::changed, this, [this] {
        recolour();
        labelWorkers();
    });
    dartCats_ = new QBarCategoryAxis;
    busyCats_ = new QBarCategoryAxis;
    dartAxis_ = new QValueAxis;
    busyAxis_ = new QValueAxis;
    busyAxis_->setTitleText(tr("seconds"));
    darts_ = barChart(tr("Darts thrown per worker"), {dartSet_}, dartCats_, dartAxis_);
    busy_ = barChart(tr("Time per worker"), {busySet_, waitSet_, idleSet_}, busyCats_, busyAxis_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QChart* c : {darts_, busy_}) {
        auto* view = new QChartView(c, this);
        views_ << view;
        view->setRenderHint(QPainter::Antialiasing);
        layout->addWidget(view, 1);
    }
    reset(1, 100'000'000);
}

void WorkerBarsChart::recolour()
{
    // Work and waiting apart in hue and lightness; off-core time a pale grey that reads as "nothing".
    dartSet_->setColor(palette::series(0));
    busySet_->setColor(palette::series(2));
    waitSet_->setColor(palette::highContrast() ? QColor(0x505050) : QColor(0x8c8c8c));
    idleSet_->setColor(QColor(0xe4, 0xe4, 0xe4));
    for (QBarSet* s : {dartSet_, busySet_, waitSet_, idleSet_})
        s->setBorderColor(s->color());
}

void WorkerBarsChart::labelWorkers()
{
    // A label per bar until they would collide ("10" elided to "…"): then every k-th worker, the
    // others labelled with distinct invisible strings (a category axis needs distinct names).
    const int workers = static_cast<int>(dartSet_->count());
    if (workers == 0 || views_.isEmpty())
        return;
    const QFontMetricsF fm(dartCats_->labelsFont());
    const double label = fm.horizontalAdvance(QString::number(workers)) + fm.horizontalAdvance(QStringLiteral("  "));
    // The plot is the view less the value axis (labels, title) and margins; read from the view's
    // width because the chart's own plot area is laid out only after this runs.
    const double plot =
        std::max(1.0, views_.first()->width() - fm.horizontalAdvance(QStringLiteral("0.000")) - 2 * fm.height() - 16);
    const int step = std::max(1, static_cast<int>(std::ceil(label / (plot / workers))));
    QStringList names;
    for (int w = 1; w <= workers; ++w)
        // Multiples of the step: the outermost bars' labels would stick out of the axis, and Qt hides those.
        names << (step == 1 || w % step == 0 ? QString::number(w) : QString(w, QChar(0x200B)));
    for (QBarCategoryAxis* c : {dartCats_, busyCats_}) {
        c->setTruncateLabels(false); // spaced above: Qt would cut even a lone "3" to "..."
        if (c->categories() != names)
            c->setCategories(names);
    }
}

void WorkerBarsChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    labelWorkers();
}

void WorkerBarsChart::reset(int workers, quint64 samples)
{
    QStringList names;
    for (int w = 1; w <= workers; ++w)
        names << QString::number(w);
    for (QBarCategoryAxis* c : {dartCats_, busyCats_}) {
        c->setCategories(names);
        c->setTitleText(tr("worker"));
    }
    dartSet_->remove(0, dartSet_->count());
    busySet_->remove(0, busySet_->count());
    waitSet_->remove(0, waitSet_->count());
    idleSet_->remove(0, idleSet_->count());
    QList<qreal> zeros(workers, 0.0);
    dartSet_->append(zeros);
    busySet_->append(zeros);
    waitSet_->append(zeros);
    idleSet_->append(zeros);
    const double s = static_cast<double>(samples);
    unit_ = s >= 1e10 ? 1e9 : s >= 1e7 ? 1e6 : s >= 1e4 ? 1e3 : 1;
    dartAxis_->setTitleText(unit_ == 1e9   ? tr("darts (billions)")
                            : unit_ == 1e6 ? tr("darts (millions)")
                            : unit_ == 1e3 ? tr("darts (thousands)")
                                           : tr("darts"));
    // Fixed up front from an even share, so a balanced run never rescales the axis.
    setNiceRange(dartAxis_, 1.2 * s / std::max(1, workers) / unit_);
    setNiceRange(busyAxis_, 0.1);
    labelWorkers();
}

void WorkerBarsChart::showCounters(const std::vector<WorkerCounters>& workers, std::int64_t elapsedNs)
{
    const int n = std::min(static_cast<int>(workers.size()), static_cast<int>(dartSet_->count()));
    double maxDarts = 0, maxBusy = 0;
    for (int w = 0; w < n; ++w) {
        const double d = static_cast<double>(workers[static_cast<std::size_t>(w)].items) / unit_;
        const WorkerCounters& c = workers[static_cast<std::size_t>(w)];
        const double b = static_cast<double>(c.busyNs) * 1e-9;
        const double wait = std::min(b, static_cast<double>(c.waitNs) * 1e-9); // waiting is not working
        if (dartSet_->at(w) != d)
            dartSet_->replace(w, d);
        if (busySet_->at(w) != b - wait)
            busySet_->replace(w, b - wait);
        if (waitSet_->at(w) != wait)
            waitSet_->replace(w, wait);
        const double idle = std::max(0.0, static_cast<double>(elapsedNs) * 1e-9 - b);
        if (idleSet_->at(w) != idle)
            idleSet_->replace(w, idle);
        maxBusy = std::max(maxBusy, b + idle);
        maxDarts = std::max(maxDarts, d);
        maxBusy = std::max(maxBusy, b);
    }
    // Grow in 1-2-5 steps only when a bar outgrows the axis: a handful of rescales per run.
    if (maxDarts > dartAxis_->max())
        setNiceRange(dartAxis_, maxDarts);
    if (maxBusy > busyAxis_->max())
        setNiceRange(busyAxis_, maxBusy * 1.01);
}

std::array<double, 3> WorkerBarsChart::timeSplit(int w) const
{
    return {busySet_->at(w), waitSet_->at(w), idleSet_->at(w)};
}

int WorkerBarsChart::pointCount() const
{
    int n = 0;
    for (QBarSet* s : {dartSet_, busySet_, waitSet_}) // idle is no drawn measurement
        for (int i = 0; i < s->count(); ++i)
            n += s->at(i) > 0 ? 1 : 0;
    return n;
}

} // namespace parlab::ui
