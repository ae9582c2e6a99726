/// @file flow_legend.cpp
/// @brief Row-wrapping layout and painting of a chart's legend entries.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/flow_legend.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMargins>
#include <QPainter>

#include <algorithm>

namespace parlab::ui {

namespace {
constexpr const char* kFlowLegend = "parlabFlowLegend";
constexpr const char* kHidden = "parlabLegendHidden";
} // namespace

FlowLegend::FlowLegend(QChart* chart) : QGraphicsItem(chart), chart_(chart)
{
    setZValue(10); // over the plot's background, never under the series
}

void FlowLegend::setEntryVisible(QAbstractSeries* series, bool visible)
{
    series->setProperty(kHidden, !visible);
}

bool FlowLegend::entryVisible(const QAbstractSeries* series)
{
    return !series->property(kHidden).toBool();
}

FlowLegend* FlowLegend::find(const QChart* chart)
{
    return static_cast<FlowLegend*>(chart->property(kFlowLegend).value<void*>());
}

FlowLegend* FlowLegend::of(QChart* chart)
{
    if (FlowLegend* existing = find(chart))
        return existing;
    auto* legend = new FlowLegend(chart);
    chart->setProperty(kFlowLegend, QVariant::fromValue(static_cast<void*>(legend)));
    // Qt's legend stays "visible", so its markers keep the visibility charts give them (hiding
    // it would hide them all), but it is detached to a corner and fully transparent.
    chart->legend()->detachFromChart();
    chart->legend()->setGeometry(QRectF(0, 0, 1, 1));
    chart->legend()->setOpacity(0);
    return legend;
}

double FlowLegend::layout(const QSizeF& size, const QMargins& margins, const QFont& font)
{
    // The chart's full width less a small edge: a chart's side margins may be wide on purpose
    // (the dart board squares its plot with them) and the key need not be as narrow as the plot.
    const double width = size.width() - 2 * std::min({margins.left(), margins.right(), 12});
    prepareGeometryChange();
    font_ = font;
    entries_.clear();
    const QFontMetricsF fm(font);
    const double key = fm.height() * 0.8, gap = fm.height() * 0.35, space = fm.height() * 0.9;
    const double rowHeight = fm.height() * 1.15;
    double x = 0;
    int row = 0;
    double widest = 0;
    for (QLegendMarker* m : chart_->legend()->markers()) {
        if (!entryVisible(m->series()) || m->label().isEmpty())
            continue;
        const auto* line = qobject_cast<QLineSeries*>(m->series());
        Entry e{m->label(), m->brush(), m->pen(), line != nullptr, line && line->pointsVisible(), false, {}, 0};
        if (line) {
            e.pen = line->pen();
            e.brush = line->color();
        }
        // A label wider than the row wraps inside its own row (never elided).
        const double full = std::ceil(fm.horizontalAdvance(e.label)) + 2; // +2: rounding must not wrap it
        const double textWidth = std::min(full, std::max(20.0, width - key - gap));
        e.wrap = textWidth < full;
        const double w = key + gap + textWidth;
        if (x > 0 && x + w > width) {
            ++row;
            x = 0;
        }
        e.row = row;
        e.box = QRectF(x, row * rowHeight, w, rowHeight);
        x += w + space;
        widest = std::max(widest, x - space);
        entries_.push_back(e);
    }
    // Rows centred under the chart, as Qt's legend sits.
    const double height = entries_.isEmpty() ? 0 : (row + 1) * rowHeight;
    for (int r = 0; r <= row; ++r) {
        double rowWidth = 0;
        for (const Entry& e : entries_)
            if (e.row == r)
                rowWidth = std::max(rowWidth, e.box.right());
        const double shift = std::max(0.0, (size.width() - rowWidth) / 2);
        for (Entry& e : entries_)
            if (e.row == r)
                e.box.translate(shift, 0);
    }
    rect_ = QRectF(0, 0, size.width(), height);
    setPos(0, size.height() - margins.bottom() - height);
    update();
    return height;
}

QStringList FlowLegend::rows() const
{
    QStringList out;
    for (const Entry& e : entries_) {
        while (out.size() <= e.row)
            out << QString();
        out[e.row] += (out[e.row].isEmpty() ? QString() : QStringLiteral(" | ")) + e.label;
    }
    return out;
}

QRectF FlowLegend::boundingRect() const
{
    return rect_;
}

void FlowLegend::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setFont(font_);
    const QFontMetricsF fm(font_);
    const double key = fm.height() * 0.8, gap = fm.height() * 0.35;
    const QColor text = chart_->legend()->labelColor();
    for (const Entry& e : entries_) {
        const QRectF swatch(e.box.left(), e.box.center().y() - key / 2, key, key);
        if (e.line) {
            QPen pen = e.pen;
            pen.setWidthF(std::min(pen.widthF(), key / 3));
            painter->setPen(pen);
            painter->drawLine(QPointF(swatch.left(), swatch.center().y()),
                              QPointF(swatch.right(), swatch.center().y()));
            if (e.dot) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(e.brush);
                painter->drawEllipse(swatch.center(), key / 4, key / 4);
            }
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(e.brush);
            painter->drawRect(swatch);
        }
        painter->setPen(text);
        const QRectF label(swatch.right() + gap, e.box.top(), e.box.width() - key - gap, e.box.height());
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter | (e.wrap ? Qt::TextWordWrap : 0), e.label);
    }
    painter->restore();
}

} // namespace parlab::ui
