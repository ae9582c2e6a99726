/// @file estimate_chart.h
/// @brief π̂ against darts thrown (log x) with the true π line and the ±3 standard-error band,
/// so the class sees the error shrink like 1/√N.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/telemetry.h"

#include <QList>
#include <QPointF>
#include <QWidget>

#include <vector>

class QAreaSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace parlab::ui {

class EstimateChart : public QWidget {
    Q_OBJECT
  public:
    explicit EstimateChart(QWidget* parent = nullptr);

    /// A new run of `samples` darts of which `distinct` differ (fewer with identical seeding; 0 =
    /// all): empty curve, x axis and band fitted once to 10³ … samples. The band is drawn from the
    /// distinct darts, so it stops narrowing where they stop growing — and the title says so.
    void reset(quint64 samples, quint64 distinct = 0);
    /// The run's estimate at its checkpoints so far (Telemetry::readEstimates): exact, log-spaced,
    /// so even a short run draws the whole curve.
    void showEstimates(const std::vector<EstimatePoint>& points);
    [[nodiscard]] int pointCount() const;
    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QChart* chart() const { return chart_; }

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void recolour();
    void labelDecades();
    QChart* chart_;
    QChartView* view_;
    QCategoryAxis* x_;
    QValueAxis* y_;
    QLineSeries* estimate_;
    QLineSeries* truth_;
    QLineSeries* upper_;
    QLineSeries* lower_;
    QAreaSeries* band_;
    QList<QPointF> points_; // reused: one replace() per new checkpoint
    std::size_t shown_ = 0; // checkpoints drawn
    double hi_ = 8;         // log10 of the run's darts: the axis' last decade
};

} // namespace parlab::ui
