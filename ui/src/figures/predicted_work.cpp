/// @file predicted_work.cpp
/// @brief The chunk-count curve the work predicts.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/predicted_work.h"

namespace parlab::ui {

namespace {
const QString kWork = QStringLiteral("work: busiest worker's divisions");
}

bool addWorkSeries(Payload& data, const std::vector<PrimesPoint>& plan, const CancelToken& cancel)
{
    if (plan.empty())
        return true;
    const auto costs = divisionsPerItem(plan.front().params, cancel);
    if (costs.empty())
        return false;
    for (const PrimesPoint& pt : plan)
        data.add(kWork, pt.x,
                 static_cast<double>(busiestWorkerDivisions(costs, resolvedChunksize(pt.params), pt.params.workers)));
    return true;
}

void scaleWorkSeries(Payload& data, const QString& measured)
{
    const auto work = data.points(kWork);
    if (work.isEmpty())
        return;
    data.removeSeries(kWork);
    // The one-chunk run does all the work on one worker: its time per division is the rate.
    double perDivision = 0;
    for (const QPointF& m : data.points(measured))
        if (m.x() == 1)
            for (const QPointF& w : work)
                if (w.x() == 1 && w.y() > 0)
                    perDivision = m.y() / w.y();
    if (perDivision > 0)
        for (const QPointF& w : work)
            data.add(QStringLiteral("predicted from the work"), w.x(), w.y() * perDivision);
}

} // namespace parlab::ui
