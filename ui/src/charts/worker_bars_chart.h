/// @file worker_bars_chart.h
/// @brief Per-worker bars, live: darts thrown and busy time of each worker.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/telemetry.h"

#include <QList>
#include <QWidget>

#include <array>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;

namespace parlab::ui {

/// Two small bar charts side by side (a bar series has one value axis, and darts and seconds do
/// not share one): how the work was shared, and how busy each worker was.
class WorkerBarsChart : public QWidget {
    Q_OBJECT
  public:
    explicit WorkerBarsChart(QWidget* parent = nullptr);

    /// A new run with `workers` workers and `samples` darts in all.
    void reset(int workers, quint64 samples);
    /// Each worker's darts and its time so far split three ways: computing, waiting for the GIL,
    /// and the rest of `elapsedNs` (off core: starting, waiting for a core, a job or the others).
    void showCounters(const std::vector<WorkerCounters>& workers, std::int64_t elapsedNs);
    /// Worker w's bar as drawn: seconds computing, waiting for the GIL, idle.
    [[nodiscard]] std::array<double, 3> timeSplit(int w) const;
    /// Bars with a value above zero, over both charts.
    [[nodiscard]] int pointCount() const;
    [[nodiscard]] QChart* dartsChart() const { return darts_; }
    [[nodiscard]] QChart* busyChart() const { return busy_; }

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void recolour();
    void labelWorkers();
    QChart* darts_;
    QChart* busy_;
    QBarSet* dartSet_;
    QBarSet* busySet_; // computing: busy time less the waits for the GIL
    QBarSet* waitSet_;
    QBarSet* idleSet_;
    QBarCategoryAxis* dartCats_;
    QBarCategoryAxis* busyCats_;
    QValueAxis* dartAxis_;
    QValueAxis* busyAxis_;
    QList<QChartView*> views_;
    double unit_ = 1e6;
};

} // namespace parlab::ui
