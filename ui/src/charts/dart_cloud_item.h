/// @file dart_cloud_item.h
/// @brief Tens of thousands of darts painted as one image over a chart's plot area.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/telemetry.h"

#include <QGraphicsItem>
#include <QImage>

#include <vector>

namespace parlab::ui {

/// Qt Charts makes one graphics object per scatter point (100 000 points take about a minute),
/// so the dart sample is rasterised here instead: a pass over ≤ 65 536 darts writing pixels into
/// a reused image, well under a millisecond, then one drawImage per paint. Lives in the chart's
/// scene, so exports of the scene include it.
class DartCloudItem : public QGraphicsItem {
  public:
    explicit DartCloudItem(QGraphicsItem* parent = nullptr);

    /// The plot area, in scene coordinates: (0,0) of the board at its bottom-left corner.
    void setRect(const QRectF& rect);
    void setDarts(const std::vector<DartSample>& darts, bool byWorker);
    void clear();
    [[nodiscard]] int dartCount() const { return count_; }

    /// Hits and misses; by worker: worker colour, misses faded.
    static QColor hitColor();
    static QColor missColor();
    static QColor workerColor(int worker);

    /// Clears the image and draws the darts into it, (0,0) of the board at its bottom-left corner;
    /// writes only inside the image, whatever its size. Dots are `scale` times their desktop size.
    static void rasterise(QImage& image, const std::vector<DartSample>& darts, bool byWorker, double scale = 1.0);

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  private:
    void render();
    QRectF rect_;
    QImage image_;
    std::vector<DartSample> darts_;
    bool byWorker_ = false;
    int count_ = 0;
};

} // namespace parlab::ui
