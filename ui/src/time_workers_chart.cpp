/// @file time_workers_chart.cpp
/// @brief The seed's "Computation Time vs Number of Processes" figure, measured live.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_workers_chart.h"

#include "parlab/fits.h"

#include "nice_axis.h"
#include "parlab/machine.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace parlab::ui {

TimeWorkersChart::TimeWorkersChart(QWidget* parent) : QWidget(parent)
{
    chart_ = new QChart;
    chart_->setAnimationOptions(QChart::NoAnimation);
    x_ = new QValueAxis;
    x_->setTitleText(tr("workers"));
    x_->setLabelFormat(QStringLiteral("%d"));
    y_ = new QValueAxis;
    chart_->addAxis(x_, Qt::AlignBottom);
    chart_->addAxis(y_, Qt::AlignLeft);

    const MachineInfo& m = machine();
    physical_ = new QLineSeries;
    physical_->setPen(QPen(QColor(0xd62728), 1.5, Qt::DashDotLine));
    logical_ = new QLineSeries;
    logical_->setPen(QPen(QColor(0x9467bd), 1.5, Qt::DotLine));
    if (m.physicalCores == m.logicalCores) {
        physical_->setName(tr("%n core(s)", nullptr, m.physicalCores));
    } else {
        physical_->setName(tr("%1 physical cores").arg(m.physicalCores));
        logical_->setName(tr("%1 logical cores").arg(m.logicalCores));
    }
    ideal_ = new QLineSeries;
    ideal_->setPen(QPen(Qt::gray, 2, Qt::DashLine));
    measured_ = new QLineSeries;
    measured_->setName(tr("measured"));
    measured_->setPen(QPen(QColor(0x1f77b4), 2.5));
    dots_ = new QScatterSeries;  // a handful of points: the scatter series' cost does not matter here
    dots_->setColor(QColor(0x1f77b4));
    dots_->setMarkerSize(10);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{physical_, logical_, ideal_, measured_, dots_}) {
        chart_->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    if (m.physicalCores == m.logicalCores)
        chart_->legend()->markers(logical_).constFirst()->setVisible(false);
    chart_->legend()->markers(dots_).constFirst()->setVisible(false);
    chart_->legend()->setAlignment(Qt::AlignBottom);

    auto* view = new QChartView(chart_, this);
    view->setRenderHint(QPainter::Antialiasing);
    modeBox_ = new QComboBox(this);
    modeBox_->addItem(tr("Time"), static_cast<int>(Mode::time));
    modeBox_->addItem(tr("Speed-up"), static_cast<int>(Mode::speedup));
    modeBox_->addItem(tr("Efficiency"), static_cast<int>(Mode::efficiency));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Show"), this));
    row->addWidget(modeBox_);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(view, 1);
    layout->addLayout(row);
    connect(modeBox_, &QComboBox::currentIndexChanged, this,
            [this] { setMode(static_cast<Mode>(modeBox_->currentData().toInt())); });
    reset(10);
}

void TimeWorkersChart::setNote(const QString& note)
{
    note_ = note;
    redraw();
}

void TimeWorkersChart::reset(int maxWorkers)
{
    note_.clear();
    maxWorkers_ = std::max(2, maxWorkers);
    times_.clear();
    redraw();
}

int TimeWorkersChart::pointCount() const
{
    return static_cast<int>(measured_->count());
}

void TimeWorkersChart::show(const std::map<int, double>& secondsByWorkers)
{
    times_ = secondsByWorkers;
    redraw();
}

void TimeWorkersChart::setMode(Mode mode)
{
    mode_ = mode;
    const int i = modeBox_->findData(static_cast<int>(mode));
    if (modeBox_->currentIndex() != i)
        modeBox_->setCurrentIndex(i);
    redraw();
}

void TimeWorkersChart::redraw()
{
    // T₁ is the measured 1-worker time: a speed-up is never extrapolated from another count.
    const std::map<int, double> speedup = speedups(times_);
    const double t1 = speedup.empty() ? 0 : times_.at(1);
    QList<QPointF> pts, ideal;
    double top = 0;
    if (mode_ == Mode::time) {
        for (const auto& [k, t] : times_)
            pts.append({static_cast<double>(k), t});
    } else {
        for (const auto& [k, s] : speedup)
            pts.append({static_cast<double>(k), mode_ == Mode::speedup ? s : s / k});
    }
    for (const QPointF& pt : pts)
        top = std::max(top, pt.y());
    if (t1 > 0) {
        for (int i = 0; i <= 200; ++i) {
            const double k = 1 + (maxWorkers_ - 1) * i / 200.0;
            const double y = mode_ == Mode::time ? t1 / k : mode_ == Mode::speedup ? k : 1.0;
            ideal.append({k, y});
        }
    }
    measured_->replace(pts);
    dots_->replace(pts);
    ideal_->replace(ideal);

    static const QString titles[] = {tr("Time vs workers"), tr("Speed-up vs workers"), tr("Efficiency vs workers")};
    static const QString axes[] = {tr("seconds"), tr("speed-up T₁ / Tₖ"), tr("efficiency T₁ / (k·Tₖ)")};
    static const QString idealNames[] = {tr("ideal T₁ / k"), tr("ideal: k"), tr("ideal: 1")};
    const auto m = static_cast<int>(mode_);
    QString title = times_.empty() ? tr("Time vs workers — press Sweep")
                                   : note_.isEmpty() ? titles[m] : tr("%1 — %2").arg(titles[m], note_);
    if (!times_.empty() && mode_ != Mode::time && speedup.empty())
        title = tr("%1 — needs a 1-worker run (add 1 to the sweep)").arg(titles[m]);
    chart_->setTitle(title);
    y_->setTitleText(axes[m]);
    ideal_->setName(idealNames[m]);
    if (mode_ == Mode::speedup)
        top = std::max(top, static_cast<double>(maxWorkers_));
    if (mode_ == Mode::efficiency)
        top = std::max(top, 1.0);
    setNiceRange(y_, top > 0 ? top * 1.05 : 1.0);
    const double yMax = y_->max();
    x_->setRange(0.5, maxWorkers_ + 0.5);
    // Ticks on whole worker counts, however many there are.
    x_->setTickType(QValueAxis::TicksDynamic);
    x_->setTickAnchor(0);
    x_->setTickInterval(std::max(1, static_cast<int>(std::ceil(maxWorkers_ / 12.0))));

    const MachineInfo& mi = machine();
    physical_->replace({QPointF(mi.physicalCores, 0), QPointF(mi.physicalCores, yMax)});
    if (mi.logicalCores != mi.physicalCores)
        logical_->replace({QPointF(mi.logicalCores, 0), QPointF(mi.logicalCores, yMax)});
}

} // namespace parlab::ui
