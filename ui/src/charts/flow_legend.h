/// @file flow_legend.h
/// @brief A chart legend that wraps onto as many rows as its entries need, under the plot: Qt
/// Charts' own legend keeps one row and cuts every label short ("±3 stand...") when it is full.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QFont>
#include <QGraphicsItem>
#include <QPen>

class QAbstractSeries;
class QChart;

namespace parlab::ui {

/// Shows the entries of the chart's own (hidden) QLegend — their labels and colours — so charts
/// keep naming series as before. Lives in the chart's scene, so
/// exports include it.
class FlowLegend : public QGraphicsItem {
  public:
    /// The chart's flow legend, made (and its QLegend hidden) on first use.
    static FlowLegend* of(QChart* chart);
    /// The chart's flow legend if it has one.
    static FlowLegend* find(const QChart* chart);
    /// Shows or hides a series' entry (Qt's own markers cannot say: the hidden QLegend hides
    /// them itself when they do not fit its 1-pixel box).
    static void setEntryVisible(QAbstractSeries* series, bool visible);
    [[nodiscard]] static bool entryVisible(const QAbstractSeries* series);
    /// Lays the entries out in rows as wide as the chart (of `chartSize`, about to be), above its
    /// bottom margin; returns the rows' height (0 without entries).
    double layout(const QSizeF& chartSize, const QMargins& margins, const QFont& font);
    [[nodiscard]] double height() const { return rect_.height(); }
    /// The entries as laid out, one string per row (for tests).
    [[nodiscard]] QStringList rows() const;

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  private:
    explicit FlowLegend(QChart* chart);
    struct Entry {
        QString label;
        QBrush brush;
        QPen pen;
        bool line;
        bool dot;
        bool wrap;  // wider than a row: wrapped inside it
        QRectF box; // where it is drawn, in the item's coordinates
        int row;
    };
    QChart* chart_;
    QFont font_;
    QRectF rect_;
    QVector<Entry> entries_;
};

} // namespace parlab::ui
