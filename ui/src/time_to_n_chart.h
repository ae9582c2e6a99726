/// @file time_to_n_chart.h
/// @brief The seed's figure "Time to check all primes from 1 to n": cumulative seconds vs n,
/// one point drawn as each step is measured.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace parlab::ui {

class TimeToNChart : public QChartView {
    Q_OBJECT
public:
    explicit TimeToNChart(QWidget* parent = nullptr);

    /// Clears the curve and fixes the n axis to 0…maxN.
    void reset(quint64 maxN);
    void addPoint(quint64 n, double seconds);
    [[nodiscard]] qsizetype pointCount() const { return points_.size(); }

private:
    QLineSeries* series_;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
    QList<QPointF> points_;
};

} // namespace parlab::ui
