/// @file dart_cloud_item.cpp
/// @brief Rasterises the dart sample into an image the size of the plot area.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dart_cloud_item.h"

#include "charts/palette.h"
#include "charts/presentation.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace parlab::ui {

DartCloudItem::DartCloudItem(QGraphicsItem* parent) : QGraphicsItem(parent) {}

namespace {
// An image side for a plot-area side: at least one pixel, and a size QImage can hold even if a
// layout in progress reports a negative, enormous or non-finite extent.
int pixels(qreal side)
{
    if (!std::isfinite(side) || side < 1)
        return 1;
    return static_cast<int>(std::min<qreal>(side, 16384));
}
} // namespace

QColor DartCloudItem::hitColor()
{
    return palette::hit();
}
QColor DartCloudItem::missColor()
{
    return palette::miss();
}
QColor DartCloudItem::workerColor(int worker)
{
    return palette::worker(worker);
}

void DartCloudItem::setRect(const QRectF& rect)
{
    // A chart in the middle of a layout may report a plot area of negative or non-finite size;
    // such an area holds no board, and QPainter must never be asked to draw into it.
    const bool usable = std::isfinite(rect.x()) && std::isfinite(rect.y()) && std::isfinite(rect.width()) &&
                        std::isfinite(rect.height()) && rect.width() > 0 && rect.height() > 0;
    const QRectF r = usable ? rect : QRectF();
    if (r == rect_)
        return;
    prepareGeometryChange();
    rect_ = r;
    render();
}

void DartCloudItem::setDarts(const std::vector<DartSample>& darts, bool byWorker)
{
    darts_ = darts; // kept so a resize or a colour switch can redraw without a new sample
    byWorker_ = byWorker;
    render();
}

void DartCloudItem::clear()
{
    darts_.clear();
    render();
}

void DartCloudItem::render()
{
    count_ = static_cast<int>(darts_.size());
    const int w = pixels(rect_.width());
    const int h = pixels(rect_.height());
    if (image_.width() != w || image_.height() != h)
        image_ = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    if (!image_.isNull()) // null when out of memory: nothing to draw into
        rasterise(image_, darts_, byWorker_, Presentation::instance().scale());
    update();
}

void DartCloudItem::rasterise(QImage& image, const std::vector<DartSample>& darts, bool byWorkerColours, double scale)
{
    const int w = image.width(), h = image.height();
    image.fill(Qt::transparent);
    // Few darts: bigger dots so a small run is still visible; many: 2 px so the cloud stays a cloud.
    const int base = darts.size() < 4000 ? 4 : darts.size() < 20000 ? 3 : 2;
    const int dot = std::max(1, static_cast<int>(std::lround(base * scale)));
    const QRgb hit = qPremultiply(hitColor().rgba());
    const QRgb miss = qPremultiply(missColor().rgba());
    constexpr auto kColours = static_cast<std::size_t>(palette::kWorkerColours);
    std::array<QRgb, 2 * kColours> byWorker{}; // [worker·2 + hit]
    for (std::size_t i = 0; i < kColours; ++i) {
        QColor faded = workerColor(static_cast<int>(i));
        faded.setAlphaF(0.35);
        byWorker[2 * i] = qPremultiply(faded.rgba());
        byWorker[2 * i + 1] = qPremultiply(workerColor(static_cast<int>(i)).rgba());
    }
    // A plot area narrower or shorter than a dot (a chart squeezed while laid out) must not give
    // the clamp an upper bound below its lower one: the dot is cut to the image instead.
    const int xMax = std::max(0, w - dot), yMax = std::max(0, h - dot);
    for (const DartSample& d : darts) {
        const QRgb c = byWorkerColours ? byWorker[2 * (d.worker % kColours) + (d.hit ? 1 : 0)] : d.hit ? hit : miss;
        const int x0 = std::clamp(static_cast<int>(d.x * static_cast<float>(w)) - dot / 2, 0, xMax);
        const int y0 = std::clamp(static_cast<int>((1.0f - d.y) * static_cast<float>(h)) - dot / 2, 0, yMax);
        for (int y = y0; y < y0 + dot && y < h; ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = x0; x < x0 + dot && x < w; ++x)
                line[x] = c;
        }
    }
}

QRectF DartCloudItem::boundingRect() const
{
    return rect_;
}

void DartCloudItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (rect_.isValid() && !image_.isNull())
        painter->drawImage(rect_, image_);
}

} // namespace parlab::ui
