/// @file estimate_chart.h
/// @brief π̂ against darts thrown (log x) with the true π line and the ±3 standard-error band,
/// so the class sees the error shrink like 1/√N.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

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

    /// A new run of `samples` darts: empty curve, x axis and band fitted once to 10³ … samples.
    void reset(quint64 samples);
    /// One snapshot: hits and darts summed over the workers.
    void addPoint(quint64 darts, quint64 hits);
    [[nodiscard]] int pointCount() const;
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
    QList<QPointF> points_; // reused: one replace() per frame
    quint64 lastDarts_ = 0;
    double hi_ = 8; // log10 of the run's darts: the axis' last decade
};

} // namespace parlab::ui
