/// @file timed_points.cpp
/// @brief Which points a figure measures, and recording them.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/timed_points.h"

#include "text/measurement_notes.h"

#include <algorithm>
#include <cmath>

namespace parlab::ui {

namespace {

template <typename Point>
std::vector<Point> select(const std::vector<Point>& plan, const FigureParams& fp, Payload& out)
{
    if (!fp.remeasureNoisyOf)
        return plan;
    out = Payload::parse(*fp.remeasureNoisyOf);
    const auto noisy = out.noisyPoints();
    std::vector<Point> again;
    for (const Point& p : plan)
        for (const auto& n : noisy)
            if (n.series == QString::fromStdString(p.series) && std::abs(n.x - p.x) < 1e-9) {
                again.push_back(p);
                break;
            }
    return again;
}

} // namespace

std::vector<PrimesPoint> pointsToMeasure(const std::vector<PrimesPoint>& plan, const FigureParams& fp, Payload& out)
{
    return select(plan, fp, out);
}

std::vector<PiPoint> pointsToMeasure(const std::vector<PiPoint>& plan, const FigureParams& fp, Payload& out)
{
    return select(plan, fp, out);
}

void recordPoint(Payload& out, const MeasuredPoint& m)
{
    out.setTiming(QString::fromStdString(m.series), m.x, m.timing.seconds);
}

QString busyWarningOf(const Payload& p)
{
    return busyWarning(p.factNumber(QStringLiteral("background_cpu"), -1));
}

QString noisyWarningOf(const Payload& p)
{
    const auto noisy = p.noisyPoints();
    double worst = 0;
    for (const auto& n : noisy)
        worst = std::max(worst, n.ratio);
    return noisyWarning(static_cast<int>(noisy.size()), worst);
}

int noisyPointCount(const QString& payload)
{
    return static_cast<int>(Payload::parse(payload).noisyPoints().size());
}

} // namespace parlab::ui
