/// @file log_slider.cpp
/// @brief Log-scale slider: position ↔ value mapping with "nice" rounding.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/log_slider.h"

#include "text/format.h"
#include "widgets/marked_slider.h"

#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace parlab::ui {

namespace {
constexpr int kSteps = 1000;

// Rounds to two significant digits: 123 456 → 120 000.
quint64 nice(double v)
{
    if (v < 100)
        return static_cast<quint64>(std::llround(v));
    const double p = std::pow(10.0, std::floor(std::log10(v)) - 1);
    return static_cast<quint64>(std::llround(std::round(v / p) * p));
}
} // namespace

LogSlider::LogSlider(quint64 min, quint64 max, QWidget* parent)
    : QWidget(parent), min_(std::max<quint64>(1, min)), max_(std::max(max, std::max<quint64>(1, min))), value_(min_),
      format_([](quint64 v) { return humanCount(static_cast<double>(v)); })
{
    slider_ = new MarkedSlider(this);
    slider_->setRange(0, kSteps);
    slider_->setPageStep(kSteps / 20);
    label_ = new QLabel(this);
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance(QStringLiteral("999.9 million")));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_);
    // An arrow key moves one position, and near the low end of a wide log range many positions
    // round to the same whole number (1 … 1.49 are all 1): step to the nearest position whose
    // value differs instead, so every press changes the value.
    connect(slider_, &QAbstractSlider::actionTriggered, this, [this](int action) {
        const int dir = action == QAbstractSlider::SliderSingleStepAdd   ? 1
                        : action == QAbstractSlider::SliderSingleStepSub ? -1
                                                                         : 0;
        if (dir == 0)
            return;
        for (int p = positionOf(value_) + dir; p >= 0 && p <= kSteps; p += dir)
            if (const quint64 v = valueAt(p); dir > 0 ? v > value_ : v < value_) {
                slider_->setSliderPosition(p);
                return;
            }
    });
    connect(slider_, &QSlider::valueChanged, this, [this](int pos) {
        if (syncing_)
            return;
        const quint64 v = valueAt(pos);
        if (v != value_) {
            value_ = v;
            showValue();
            Q_EMIT valueChanged(value_);
        }
    });
    showValue();
}

int LogSlider::positionOf(quint64 v) const
{
    if (max_ <= min_)
        return 0;
    const double lo = std::log(static_cast<double>(min_)), hi = std::log(static_cast<double>(max_));
    const double t = (std::log(static_cast<double>(std::clamp(v, min_, max_))) - lo) / (hi - lo);
    return static_cast<int>(std::lround(t * kSteps));
}

quint64 LogSlider::valueAt(int position) const
{
    if (position <= 0)
        return min_;
    if (position >= kSteps)
        return max_;
    const double lo = std::log(static_cast<double>(min_)), hi = std::log(static_cast<double>(max_));
    return std::clamp(nice(std::exp(lo + (hi - lo) * position / kSteps)), min_, max_);
}

void LogSlider::setValue(quint64 v)
{
    v = std::clamp(v, min_, max_);
    const bool changed = v != value_;
    value_ = v;
    syncing_ = true;
    slider_->setValue(positionOf(v));
    syncing_ = false;
    showValue();
    if (changed)
        Q_EMIT valueChanged(value_);
}

void LogSlider::setRange(quint64 min, quint64 max)
{
    min_ = std::max<quint64>(1, min);
    max_ = std::max(max, min_);
    setValue(value_);
}

void LogSlider::setFormatter(std::function<QString(quint64)> f)
{
    format_ = std::move(f);
    showValue();
}

void LogSlider::addMark(quint64 value, const QString& label, const QColor& color)
{
    slider_->addMark(positionOf(value), label, color);
}

void LogSlider::clearMarks()
{
    slider_->clearMarks();
}

void LogSlider::showValue()
{
    label_->setText(format_(value_));
}

} // namespace parlab::ui
