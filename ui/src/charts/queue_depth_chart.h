/// @file queue_depth_chart.h
/// @brief The job queue's depth over time (queue schedule): a thin line chart under the per-worker
/// timeline, on the same time axis and aligned with its plot area.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/telemetry.h"

#include <QChartView>
#include <QList>
#include <QPointF>

#include <cstdint>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace parlab::ui {

/// Reads the telemetry's depth samples since the last pull (bounded, wait-free) and shows them as
/// one series, replaced once per frame. Its time axis follows another chart's (the timeline's):
/// same range and ticks, and its plot area is kept at the same left and right edges.
class QueueDepthChart : public QChartView {
    Q_OBJECT
  public:
    /// Points held at most; beyond it neighbours merge in pairs (keeping the deeper one).
    static constexpr qsizetype kMaxPoints = 4096;

    explicit QueueDepthChart(QWidget* parent = nullptr);

    /// Follows `time` (range and ticks) and aligns with the plot area of the chart that owns it.
    void follow(QValueAxis* time, QChart* owner);
    /// Forgets the samples: the next pull() reads the telemetry from its first sample.
    void reset();
    /// Appends the depth samples taken since the last pull and the current depth.
    void pull(const Telemetry& telemetry);

    [[nodiscard]] QLineSeries* series() const { return series_; }
    [[nodiscard]] std::uint32_t maxDepth() const { return maxDepth_; }

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

  private:
    void align();

    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
    QLineSeries* series_;
    QChart* owner_ = nullptr;
    QList<QPointF> points_;
    std::vector<QueueSample> buffer_;
    std::uint64_t cursor_ = 0;
    std::uint32_t maxDepth_ = 0;
    std::uint32_t depthNow_ = 0;
};

} // namespace parlab::ui
