/// @file predicted_work.cpp
/// @brief The chunk-count curve the work predicts.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/predicted_work.h"

#include <QCoreApplication>
#include <algorithm>

namespace parlab::ui {

namespace {
const QString kWork = QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "work: busiest worker's divisions"));
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
            data.add(QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", "predicted from the work")), w.x(),
                     w.y() * perDivision);
}

void addPiPrediction(Payload& data, const QString& series, std::uint64_t samples, int physicalCores)
{
    const auto pts = data.points(series);
    if (pts.isEmpty() || pts.front().x() != 1 || samples == 0 || physicalCores < 1)
        return;
    // The rate per dart with nothing else in the time: oneTBB's 1-worker run when there is one
    // (a processes run adds a worker's start-up), else the series' own.
    double t1 = pts.front().y(), startup = 0;
    const auto tbb = data.points(QStringLiteral("tbb"));
    if (series == QLatin1String("processes") && !tbb.isEmpty() && tbb.front().x() == 1) {
        // The faster of the two is the rate (a slow oneTBB run would otherwise predict a start-up
        // below zero); what processes took beyond it, the start-up.
        const double rate = std::min(t1, tbb.front().y());
        startup = t1 - rate;
        t1 = rate;
    }
    const double perDart = t1 / static_cast<double>(samples);
    const QString name = series + QString::fromUtf8(QT_TRANSLATE_NOOP("FigureSeries", ", predicted from the work"));
    for (const QPointF& pt : pts) {
        PiParams p;
        p.samples = samples;
        p.workers = static_cast<int>(pt.x());
        // More workers than cores share them: no worker's darts finish before the cores' share.
        const double darts = std::max(static_cast<double>(busiestWorkerDarts(p)),
                                      static_cast<double>(samples) / std::min(p.workers, physicalCores));
        data.add(name, pt.x(), darts * perDart + startup);
    }
}

} // namespace parlab::ui
