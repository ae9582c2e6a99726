/// @file marked_slider.cpp
/// @brief Paints the marks of a MarkedSlider below the style's own groove and handle.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/marked_slider.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace parlab::ui {

namespace {
// The band below the slider for mark labels: a line of the widget's own font (it grows with the
// UI font in presenter mode) and the tick above it.
int markBand(const QWidget* w)
{
    return w->fontMetrics().height() + 6;
}
} // namespace

MarkedSlider::MarkedSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {}

void MarkedSlider::addMark(int position, const QString& label, const QColor& color)
{
    marks_.push_back({position, label, color});
    updateGeometry();
    update();
}

void MarkedSlider::clearMarks()
{
    marks_.clear();
    update();
}

QSize MarkedSlider::sizeHint() const
{
    QSize s = QSlider::sizeHint();
    return {s.width(), s.height() + markBand(this)};
}

QSize MarkedSlider::minimumSizeHint() const
{
    QSize s = QSlider::minimumSizeHint();
    return {s.width(), s.height() + markBand(this)};
}

void MarkedSlider::paintEvent(QPaintEvent* event)
{
    QSlider::paintEvent(event);
    if (marks_.isEmpty())
        return;
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Labels in the widget's own font size (a smaller one was ~8 px): the room reads them too.
    const int band = markBand(this);
    const int y = height() - band;
    const QColor textColour = palette().color(QPalette::WindowText);
    for (const Mark& m : marks_) {
        const int x = groove.x() + handle.width() / 2 +
                      QStyle::sliderPositionFromValue(minimum(), maximum(), m.position, span, opt.upsideDown);
        p.setPen(QPen(m.color, 2));
        p.drawLine(x, y - 4, x, y + 2);
        // A pale mark colour (a grey decade tick) would leave its label unreadable on the
        // window's background: such labels take the text colour, the tick keeps the mark's.
        p.setPen(qGray(m.color.rgb()) > 140 ? textColour : m.color);
        const int w = p.fontMetrics().horizontalAdvance(m.label);
        const int left = std::clamp(x - w / 2, 0, std::max(0, width() - w));
        p.drawText(QRect(left, y + 2, w + 2, band - 2), Qt::AlignLeft | Qt::AlignTop, m.label);
    }
}

} // namespace parlab::ui
