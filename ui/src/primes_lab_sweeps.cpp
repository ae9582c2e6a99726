/// @file primes_lab_sweeps.cpp
/// @brief The primes lab's sweeps (chunksize, chunk count, cost per number, time to 1…n): one
/// job on the launcher thread per sweep, each point posted to its chart as soon as it is known.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "primes_lab_page.h"

#include "chunk_count_sweep_chart.h"
#include "chunksize_sweep_chart.h"
#include "cost_per_number_chart.h"
#include "primes_controls.h"
#include "primes_figures.h"
#include "queue_depth_chart.h"
#include "time_to_n_chart.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>

namespace parlab::ui {

void PrimesLabPage::startSweep(const QString& kind)
{
    const PrimesParams base = controls_->params();
    const quint64 n = rangeSize(base);
    const int repeats = repeats_->value();
    depth_->hide();  // sweeps run chunked (or measure no queue at all)
    // Best of `repeats` runs; negative when stopped. Each point is posted as soon as it is known.
    auto best = [this, repeats](PrimesParams p, const CancelToken& cancel) {
        double t = -1;
        for (int r = 0; r < repeats; ++r) {
            const double s = measuredRun(p, cancel);
            if (s < 0)
                return -1.0;
            t = t < 0 ? s : std::min(t, s);
            session_->post([this] { ++runsDone_; });
        }
        return t;
    };
    if (kind == QLatin1String("chunksize")) {
        const auto sizes = chunksizeSweepValues(n, base.workers);
        chunksizeSweep_->reset(n, base.workers);
        tabs_->setCurrentWidget(chunksizeSweep_);
        begin(tr("Chunksize sweep"), sizes.size() * 2 * repeats, [this, base, sizes, best](const CancelToken& cancel) {
            for (quint64 size : sizes)
                for (Order order : {Order::natural, Order::shuffled}) {
                    PrimesParams p = base;
                    p.schedule = Schedule::chunked;
                    p.chunksize = size;
                    p.order = order;
                    const double t = best(p, cancel);
                    if (t < 0)
                        return false;
                    session_->post([this, order, size, t] { chunksizeSweep_->addPoint(order, size, t); });
                }
            return true;
        });
    } else if (kind == QLatin1String("chunks")) {
        const auto settings = chunkCountSweepValues(n);
        chunkSweep_->reset(base.workers);
        tabs_->setCurrentWidget(chunkSweep_);
        begin(tr("Chunk-count sweep"), settings.size() * repeats, [this, base, settings, best](const CancelToken& cancel) {
            for (const ChunkCountSetting& s : settings) {
                PrimesParams p = base;
                p.schedule = Schedule::chunked;
                p.chunksize = s.chunksize;
                const double t = best(p, cancel);
                if (t < 0)
                    return false;
                session_->post([this, s, t] { chunkSweep_->addPoint(s.chunks, t); });
            }
            return true;
        });
    } else if (kind == QLatin1String("cost")) {
        tabs_->setCurrentWidget(cost_);
        begin(tr("Cost per number"), 1, [this](const CancelToken& cancel) {
            auto pts = std::make_shared<std::vector<CostPoint>>(sampleCost(kFigureFirst, kFigureLast, kCostPoints, cancel));
            if (pts->empty())
                return false;
            session_->post([this, pts] {
                cost_->setPoints(*pts);
                costShown_ = true;
            });
            return true;
        });
    } else if (kind == QLatin1String("to-n")) {
        toN_->reset(kFigureLast);
        tabs_->setCurrentWidget(toN_);
        begin(tr("Time to 1…n"), kFigureLast / kToNStep, [this](const CancelToken& cancel) {
            double total = 0;
            for (quint64 n = kToNStep; n <= kFigureLast; n += kToNStep) {
                const double s = timeCheckRange(n - kToNStep + 1, n, cancel);
                if (s < 0)
                    return false;
                total += s;
                session_->post([this, n, total] {
                    toN_->addPoint(n, total);
                    ++runsDone_;
                });
            }
            return true;
        });
        rangeN_ = kToNStep;  // progress in numbers checked, one step at a time
    } else {
        Q_EMIT runEnded(RunOutcome::failed, tr("unknown sweep '%1'").arg(kind));
    }
}

} // namespace parlab::ui
