/// @file xy_figure.h
/// @brief Base of the figures drawn as an XyFigureView: the view, drawing, marks, book overlay.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figure.h"
#include "figures/payload.h"
#include "figures/xy_figure_view.h"

namespace parlab::ui {

class XyFigure : public Figure {
  public:
    [[nodiscard]] QWidget* createView(QWidget* parent) const override;
    void draw(QWidget* view, const QString& payload, bool bookOverlay) const override;
    [[nodiscard]] ChartExport exportOf(QWidget* view, const QString& payload) const override;

  protected:
    [[nodiscard]] virtual XySpec spec() const = 0;
    /// Marked x positions for this payload (core counts, the default chunksize, …).
    [[nodiscard]] virtual QVector<XMark> marks(const Payload& p) const;
    /// Adds derived series (ideal curve, fit) and, when asked, the book's normalised results.
    virtual void decorate(Payload& p, bool bookOverlay) const;

    /// Marks at the physical and logical core counts.
    static QVector<XMark> coreMarks();
    /// Adds the book's points as `label`, scaled so its first point meets the measured series'
    /// point at x = 1 (absolute seconds from the book's laptop are not comparable).
    static void overlayBook(Payload& p, const QString& measured, const QVector<QPointF>& book, const QString& label);
};

} // namespace parlab::ui
