/// @file worker_load_chart.h
/// @brief Per-worker load bars (numbers checked, trial divisions, busy time as shares of the
/// total) with the imbalance and the idle share written out as numbers.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/telemetry.h"

#include <QChartView>
#include <QVector>

class QBarCategoryAxis;
class QBarSet;
class QBarSeries;
class QValueAxis;

namespace parlab::ui {

class WorkerLoadChart : public QChartView {
    Q_OBJECT
  public:
    explicit WorkerLoadChart(QWidget* parent = nullptr);

    /// Shows one snapshot: bars per worker (one replace() per set).
    void showSnapshot(const Snapshot& s);
    void clear();

    /// What the bars stand for, exposed for tests and the status line.
    [[nodiscard]] const QVector<quint64>& items() const { return items_; }
    /// Slowest worker's busy time ÷ mean busy time (1 = perfectly balanced; 0 before any work).
    [[nodiscard]] double imbalance() const { return imbalance_; }
    /// Share of worker-time spent idle: 1 − Σ busy / (workers · elapsed).
    [[nodiscard]] double idleShare() const { return idleShare_; }

  private:
    void setWorkerCount(int workers);

    QBarSeries* series_;
    QBarSet* itemsSet_;
    QBarSet* divisionsSet_;
    QBarSet* busySet_;
    QBarCategoryAxis* xAxis_;
    QValueAxis* yAxis_;
    QVector<quint64> items_;
    int workers_ = 0;
    double imbalance_ = 0, idleShare_ = 0;
};

} // namespace parlab::ui
