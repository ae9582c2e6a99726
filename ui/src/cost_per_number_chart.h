/// @file cost_per_number_chart.h
/// @brief Book figure 9-9: trial divisions per number against n, primes and composites in two
/// colours under the √n/2 envelope that the primes trace out.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/sweeps.h"

#include <QChartView>

#include <vector>

class QLineSeries;
class QValueAxis;

namespace parlab::ui {

class CostPerNumberChart : public QChartView {
    Q_OBJECT
public:
    explicit CostPerNumberChart(QWidget* parent = nullptr);

    /// Fixes the axes to [first, last] and draws the √n/2 envelope over them.
    void setRange(std::uint64_t first, std::uint64_t last);
    /// Shows a sample (one replace() per series).
    void setPoints(const std::vector<CostPoint>& points);
    [[nodiscard]] qsizetype pointCount() const;

private:
    QLineSeries* primes_;
    QLineSeries* composites_;
    QLineSeries* envelope_;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
};

} // namespace parlab::ui
