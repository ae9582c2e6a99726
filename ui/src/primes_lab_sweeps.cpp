/// @file primes_lab_sweeps.cpp
/// @brief The primes lab's sweeps (chunksize, chunk count, cost per number, time to 1…n): one
/// job on the launcher thread per sweep, each point posted to its chart as soon as it is known.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "primes_lab_page.h"

#include "chunk_count_sweep_chart.h"
#include "chunksize_sweep_chart.h"
#include "cost_per_number_chart.h"
#include "primes_controls.h"
#include "queue_depth_chart.h"
#include "time_to_n_chart.h"

#include "parlab/sweeps.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>

namespace parlab::ui {

void PrimesLabPage::startSweep(const QString& kind)
{
    const PrimesParams base = controls_->params();
    const int repeats = repeats_->value();
    depth_->hide();  // sweeps run chunked (or measure no queue at all)
    // Each run publishes its telemetry for the live charts; each point is posted once measured.
    const auto runner = [this](const CancelToken& cancel) -> PrimesRunner {
        return [this, &cancel](const PrimesParams& p) -> std::optional<double> {
            const double s = measuredRun(p, cancel);
            if (s < 0)
                return std::nullopt;
            session_->post([this] { ++runsDone_; });
            return s;
        };
    };
    if (kind == QLatin1String("chunksize")) {
        const auto plan = chunksizeSweep(base);
        chunksizeSweep_->reset(rangeSize(base), base.workers);
        tabs_->setCurrentWidget(chunksizeSweep_);
        begin(tr("Chunksize sweep"), plan.size() * repeats, [this, plan, repeats, runner](const CancelToken& cancel) {
            return measureSweep(plan, repeats, runner(cancel), [this](const MeasuredPoint& m) {
                const Order order = *parseName<Order>(m.series);
                session_->post([this, order, m] { chunksizeSweep_->addPoint(order, static_cast<quint64>(m.x), m.timing.min); });
            });
        });
    } else if (kind == QLatin1String("chunks")) {
        const auto plan = chunkCountSweep(base);
        chunkSweep_->reset(base.workers, static_cast<int>(kMaxChunkCount));
        tabs_->setCurrentWidget(chunkSweep_);
        begin(tr("Chunk-count sweep"), plan.size() * repeats, [this, plan, repeats, runner](const CancelToken& cancel) {
            return measureSweep(plan, repeats, runner(cancel), [this](const MeasuredPoint& m) {
                session_->post([this, m] { chunkSweep_->addPoint(static_cast<quint64>(m.x), m.timing.min); });
            });
        });
    } else if (kind == QLatin1String("cost")) {
        tabs_->setCurrentWidget(cost_);
        begin(tr("Cost per number"), 1, [this](const CancelToken& cancel) {
            auto pts = std::make_shared<std::vector<CostPoint>>(sampleCost(kCostFirst, kCostLast, kCostPoints, cancel));
            if (pts->empty())
                return false;
            session_->post([this, pts] {
                cost_->setPoints(*pts);
                costShown_ = true;
            });
            return true;
        });
    } else if (kind == QLatin1String("to-n")) {
        toN_->reset(kToNLast);
        tabs_->setCurrentWidget(toN_);
        begin(tr("Time to 1…n"), kToNSteps, [this](const CancelToken& cancel) {
            return timeToN(kToNLast, kToNSteps, cancel, [this](std::uint64_t n, double total) {
                session_->post([this, n, total] {
                    toN_->addPoint(n, total);
                    ++runsDone_;
                });
            });
        });
        rangeN_ = kToNLast / kToNSteps;  // progress in numbers checked, one step at a time
    } else {
        Q_EMIT runEnded(RunOutcome::failed, tr("unknown sweep '%1'").arg(kind));
    }
}

} // namespace parlab::ui
