/// @file palette.h
/// @brief The one set of colours every chart draws with: series, per-worker colours and the dart
/// board's hits and misses, colour-blind safe (Okabe–Ito) and apart in greyscale too, with a
/// high-contrast variant for washed-out projectors.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace parlab::ui::palette {

/// The high-contrast variant (darker, more saturated colours, black text and grid). Charts read
/// it when they draw; Presentation switches it and restyles them.
[[nodiscard]] bool highContrast();
void setHighContrast(bool on);

/// The i-th data series of a chart (wraps around after seriesCount()).
[[nodiscard]] QColor series(int i);
[[nodiscard]] int seriesCount();
/// Distinct worker colours before they repeat.
inline constexpr int kWorkerColours = 10;
/// Worker w's colour, counted from 0 (shown to people as worker w + 1); wraps after kWorkerColours.
[[nodiscard]] QColor worker(int w);
/// Darts inside the circle and outside it: a dark and a light colour, so they part in greyscale.
[[nodiscard]] QColor hit();
[[nodiscard]] QColor miss();
/// Reference lines (ideal speed-up, π itself) and marks that are not data.
[[nodiscard]] QColor reference();
/// Chart text (titles, axis labels) and grid lines.
[[nodiscard]] QColor text();
[[nodiscard]] QColor grid();

/// Relative luminance (WCAG 2, 0 = black … 1 = white): what a greyscale print or a colour-blind
/// eye keeps of a colour.
[[nodiscard]] double luminance(const QColor& c);

} // namespace parlab::ui::palette
