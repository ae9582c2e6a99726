/// @file worker_load_chart.cpp
/// @brief Bars of each worker's share of the numbers, the divisions and the busy time. Shares,
/// not raw units, so the three sit on one fixed 0…100 % axis and the fair share is one line.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/worker_load_chart.h"

#include "charts/palette.h"
#include "charts/presentation.h"
#include "parlab/fits.h"
#include "text/format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace parlab::ui {

WorkerLoadChart::WorkerLoadChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Per-worker load (share of the total)"));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    series_ = new QBarSeries(chart);
    itemsSet_ = new QBarSet(tr("numbers checked"));
    divisionsSet_ = new QBarSet(tr("trial divisions"));
    busySet_ = new QBarSet(tr("computing time"));
    // From the shared palette: light, dark and mid, so the three bars part in greyscale too.
    const auto recolour = [this] {
        itemsSet_->setColor(palette::series(5));
        divisionsSet_->setColor(palette::series(0));
        busySet_->setColor(palette::series(1));
    };
    recolour();
    connect(&Presentation::instance(), &Presentation::changed, this, recolour);
    series_->append({itemsSet_, divisionsSet_, busySet_});
    chart->addSeries(series_);
    xAxis_ = new QBarCategoryAxis(chart);
    yAxis_ = new QValueAxis(chart);
    yAxis_->setRange(0, 100);
    yAxis_->setLabelFormat(QStringLiteral("%d %"));
    yAxis_->setTickCount(6);
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    series_->attachAxis(xAxis_);
    series_->attachAxis(yAxis_);
    // Its key's rows sit in the bottom margin, which Qt counts into the chart's minimum, and
    // QChartView grows its own to match: a fixed minimum keeps a small export (320×240) from
    // pushing a size hint onto its offscreen window (a warning on stderr).
    chart->setMinimumSize(QSizeF(200, 150));
    setChart(chart);
    clear();
}

void WorkerLoadChart::setWorkerCount(int workers)
{
    if (workers == workers_)
        return;
    workers_ = workers;
    QStringList names;
    for (int w = 0; w < workers; ++w)
        names << tr("worker %1").arg(w + 1); // people count workers from 1
    xAxis_->setCategories(names);
    for (QBarSet* set : {itemsSet_, divisionsSet_, busySet_}) {
        set->remove(0, set->count());
        set->append(QList<qreal>(workers, 0.0));
    }
}

void WorkerLoadChart::clear()
{
    items_.clear();
    imbalance_ = idleShare_ = 0;
    for (QBarSet* set : {itemsSet_, divisionsSet_, busySet_})
        for (int i = 0; i < set->count(); ++i)
            set->replace(i, 0);
    chart()->setTitle(tr("Per-worker load (share of the total) — imbalance –, idle –"));
}

void WorkerLoadChart::showSnapshot(const Snapshot& s)
{
    const int n = static_cast<int>(s.workers.size());
    setWorkerCount(n);
    items_.resize(n);
    double sumItems = 0, sumDiv = 0, sumBusy = 0;
    std::vector<double> busySeconds;
    // Waiting for the GIL is not working: it counts as idle here, as on the timeline.
    const auto working = [](const WorkerCounters& w) {
        return static_cast<double>(std::max<std::int64_t>(0, w.busyNs - w.waitNs));
    };
    for (const WorkerCounters& w : s.workers) {
        sumItems += static_cast<double>(w.items);
        sumDiv += static_cast<double>(w.divisions);
        sumBusy += working(w);
        busySeconds.push_back(working(w) * 1e-9);
    }
    const auto share = [](double v, double total) { return total > 0 ? 100.0 * v / total : 0.0; };
    for (int i = 0; i < n; ++i) {
        const WorkerCounters& w = s.workers[static_cast<std::size_t>(i)];
        items_[i] = w.items;
        itemsSet_->replace(i, share(static_cast<double>(w.items), sumItems));
        divisionsSet_->replace(i, share(static_cast<double>(w.divisions), sumDiv));
        busySet_->replace(i, share(working(w), sumBusy));
    }
    const LoadStats load = loadStats(busySeconds, static_cast<double>(s.elapsedNs) * 1e-9);
    imbalance_ = load.imbalance;
    idleShare_ = load.idleShare;
    chart()->setTitle(
        tr("Per-worker load (share of the total) — imbalance %1 (slowest ÷ mean busy) · idle %2 % · fair share %3 %")
            .arg(imbalance_, 0, 'f', 2)
            .arg(idleShare_ * 100, 0, 'f', 1)
            .arg(load.fairShare * 100, 0, 'f', 0));
}

} // namespace parlab::ui
