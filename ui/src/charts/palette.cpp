/// @file palette.cpp
/// @brief Okabe–Ito colours ("Color Universal Design", Okabe & Ito 2008) in an order that keeps
/// neighbours apart in lightness, and their high-contrast counterparts.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/palette.h"

#include <array>
#include <cmath>

namespace parlab::ui::palette {

namespace {

bool gHighContrast = false;

// Series: blue, vermilion, bluish green, orange, reddish purple, sky blue, black, yellow. The
// first two (most charts have two or three series) differ in hue for every common deficiency
// and in lightness for none, so line styles (dashed ideal lines, markers) carry the rest.
constexpr std::array<QRgb, 8> kSeries = {0x0072b2, 0xd55e00, 0x009e73, 0xe69f00,
                                         0xcc79a7, 0x56b4e9, 0x000000, 0xf0e442};
// On a washed-out projector the light members (yellow, sky blue, orange) vanish: darker ones.
constexpr std::array<QRgb, 8> kSeriesHigh = {0x004c80, 0xb34700, 0x006e50, 0x9e6b00,
                                             0x99507a, 0x1f6fa0, 0x000000, 0x6b5e00};
// Workers: ten, the Okabe–Ito eight plus two greys of different lightness, ordered so workers
// 1 and 2 (the usual two-core lesson) are blue and orange: apart in hue and in lightness.
constexpr std::array<QRgb, 10> kWorkers = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9,
                                           0xd55e00, 0xf0e442, 0x000000, 0x999999, 0x8c564b};
static_assert(kWorkers.size() == kWorkerColours);
constexpr std::array<QRgb, 10> kWorkersHigh = {0x004c80, 0xc78a00, 0x006e50, 0xa8447e, 0x3a9ad6,
                                               0xa83c00, 0xd8c800, 0x000000, 0x7a7a7a, 0x5e3a2f};

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

bool highContrast()
{
    return gHighContrast;
}

void setHighContrast(bool on)
{
    gHighContrast = on;
}

QColor series(int i)
{
    const auto& s = gHighContrast ? kSeriesHigh : kSeries;
    return QColor(s[static_cast<std::size_t>(i < 0 ? 0 : i) % s.size()]);
}

int seriesCount()
{
    return static_cast<int>(kSeries.size());
}

QColor worker(int w)
{
    const auto& s = gHighContrast ? kWorkersHigh : kWorkers;
    return QColor(s[static_cast<std::size_t>(w < 0 ? 0 : w) % s.size()]);
}

QColor hit()
{
    // Dark blue inside the circle, light orange outside: the lightness step alone tells them apart.
    return gHighContrast ? QColor(0x00336b) : QColor(0x0072b2);
}

QColor miss()
{
    return gHighContrast ? QColor(0xffb000) : QColor(0xe69f00);
}

QColor reference()
{
    return gHighContrast ? QColor(Qt::black) : QColor(0x606060);
}

QColor text()
{
    return gHighContrast ? QColor(Qt::black) : QColor(0x202020);
}

QColor grid()
{
    return gHighContrast ? QColor(0x707070) : QColor(0xd0d0d0);
}

double luminance(const QColor& c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace parlab::ui::palette
