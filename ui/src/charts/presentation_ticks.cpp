/// @file presentation_ticks.cpp
/// @brief Presentation's tick thinning: fewer ticks, or a wider interval, on an axis whose labels
/// would otherwise each be cut to "..." (large print, a narrow chart).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/presentation.h"

#include <QFontMetricsF>
#include <QValueAxis>

#include <algorithm>

namespace parlab::ui {

namespace {

constexpr const char* kBaseTicks = "parlabBaseTicks";
constexpr const char* kTicksSet = "parlabTicksSet";
constexpr const char* kBaseInterval = "parlabBaseInterval";
constexpr const char* kIntervalSet = "parlabIntervalSet";

} // namespace

void Presentation::thinTicks(QValueAxis* axis, double length)
{
    // Fixed ticks closer than their labels are wide would each be cut to "...": fewer ticks
    // (ends and middle, then ends only) until the labels fit, the chart's own count when they do.
    if (axis->tickType() == QValueAxis::TicksDynamic) {
        thinInterval(axis, length);
        return;
    }
    if (axis->tickType() != QValueAxis::TicksFixed)
        return;
    // A count the chart set itself (not ours from last time) is its wish from now on.
    if (axis->tickCount() != axis->property(kTicksSet).toInt())
        axis->setProperty(kBaseTicks, axis->tickCount());
    const int base = axis->property(kBaseTicks).toInt();
    const QFontMetricsF fm(axis->labelsFont());
    // The label's width as a plain number: close enough for "0.25", "3.40" or "100 %".
    const auto label = [&](double v) { return fm.horizontalAdvance(QString::number(v, 'f', 2)); };
    const double need = axis->orientation() == Qt::Vertical
                            ? fm.height() * 1.3
                            : std::max(label(axis->min()), label(axis->max())) + fm.averageCharWidth() * 2;
    int ticks = base;
    for (const int fewer : {3, 2})
        if (ticks > fewer && length / (ticks - 1) < need)
            ticks = fewer;
    axis->setProperty(kTicksSet, ticks);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

void Presentation::thinInterval(QValueAxis* axis, double length)
{
    // A tick on every whole number (workers, chunks) is too close on a narrow or large-print
    // chart: every 2nd, 5th or 10th of them instead, the chart's own interval when they fit.
    if (axis->tickInterval() != axis->property(kIntervalSet).toDouble())
        axis->setProperty(kBaseInterval, axis->tickInterval());
    const double base = axis->property(kBaseInterval).toDouble();
    const double span = axis->max() - axis->min();
    if (base <= 0 || span <= 0 || length <= 0)
        return;
    const QFontMetricsF fm(axis->labelsFont());
    const auto label = [&](double v) { return fm.horizontalAdvance(QString::number(v, 'g', 6)); };
    const double need = axis->orientation() == Qt::Vertical
                            ? fm.height() * 1.3
                            : std::max(label(axis->min()), label(axis->max())) + fm.averageCharWidth() * 2;
    double interval = base;
    for (const double factor : {1.0, 2.0, 5.0, 10.0, 20.0}) {
        interval = base * factor;
        if (length * interval / span >= need)
            break;
    }
    axis->setProperty(kIntervalSet, interval);
    if (axis->tickInterval() != interval)
        axis->setTickInterval(interval);
}

} // namespace parlab::ui
