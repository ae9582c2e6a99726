/// @file primes_lab_sweeps.cpp
/// @brief The primes lab's sweeps (chunksize, chunk count, cost per number, time to 1…n): one
/// job on the launcher thread per sweep, each point posted to its figure's view as soon as it is
/// known. The points are the core's plans (parlab/sweeps.h), the same the Figures page measures.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/primes/primes_lab_page.h"
#include "text/format.h"

#include "charts/queue_depth_chart.h"
#include "figures/figure.h"
#include "figures/predicted_work.h"
#include "figures/xy_figure_view.h"
#include "labs/primes/primes_controls.h"

#include "parlab/sweeps.h"

#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace parlab::ui {

// The sweep's measuring settings, as a lesson sets them.
void PrimesLabPage::setRepeats(int repeats)
{
    repeats_->setValue(repeats);
}

void PrimesLabPage::setTarget(double seconds)
{
    target_->setValue(seconds);
}

void PrimesLabPage::startSweep(const QString& kind)
{
    // Checked before a tab's shown data is replaced: a sweep that must wait loses nothing.
    if (!mayStart())
        return;
    if (const int i = sweepKind_->findData(kind); i >= 0) // `--sweep chunks` shows what it runs
        sweepKind_->setCurrentIndex(i);
    const PrimesParams base = controls_->params();
    const int repeats = repeats_->value();
    const double target = target_->value();
    depth_->hide(); // sweeps run chunked (or measure no queue at all)
    // Each run publishes its telemetry for the live charts; each point is posted once measured.
    const auto runner = [this](const CancelToken& cancel) -> PrimesRunner {
        return [this, &cancel](const PrimesParams& p) -> std::optional<double> {
            const double s = measuredRun(p, cancel);
            if (s < 0)
                return std::nullopt;
            return s;
        };
    };
    // A sweep of runs: the core's plan for this lab's settings, each point added to the tab's
    // data (every repeat, the median drawn, like the figure) as soon as it is measured.
    const auto sweepRuns = [this, repeats, target, runner](FigureTab& tab, const QString& what,
                                                           std::vector<PrimesPoint> plan, bool predict) {
        tabs_->setCurrentWidget(tab.view);
        FigureTab* t = &tab;
        sweeping_ = t;
        t->data.setFact(QStringLiteral("size"),
                        tr("%1 numbers, passed until each point lasts ≥ %2 s, × %3 repeats; time per pass")
                            .arg(humanCount(static_cast<double>(rangeSize(plan.front().params))))
                            .arg(target)
                            .arg(repeats));
        begin(what, plan.size() * repeats,
              [this, t, plan, repeats, target, runner, predict](const CancelToken& cancel) {
                  if (predict) { // the curve the work predicts, from exact division counts
                      Payload work;
                      if (!addWorkSeries(work, plan, cancel))
                          return false;
                      session_->post([this, t, work] {
                          for (const QString& name : work.seriesNames())
                              for (const QPointF& pt : work.points(name))
                                  t->data.add(name, pt.x(), pt.y());
                      });
                  }
                  MeasureOptions o;
                  o.repeats = repeats;
                  o.targetSeconds = target;
                  return measureSweep(plan, o, runner(cancel), [this, t, repeats](const MeasuredPoint& m) {
                      session_->post([this, t, m, repeats] {
                          t->data.addTiming(QString::fromStdString(m.series), m.x, m.timing.seconds);
                          runsDone_ += static_cast<quint64>(repeats); // progress by points: passes vary
                          redraw(*t);
                      });
                  });
              });
    };
    // Runs a figure's own measurement (it needs none of the lab's settings), drawing each partial.
    const auto figureRun = [this](FigureTab& tab, const QString& what, quint64 steps) {
        tabs_->setCurrentWidget(tab.view);
        FigureTab* t = &tab;
        begin(what, steps, [this, t](const CancelToken& cancel) {
            const auto payload = t->figure->measure(FigureParams{}, cancel, [this, t](const QString& partial) {
                session_->post([this, t, partial] {
                    t->data = Payload::parse(partial);
                    redraw(*t);
                    ++runsDone_;
                });
            });
            if (payload)
                session_->post([this, t, text = *payload] {
                    t->data = Payload::parse(text);
                    redraw(*t);
                    costShown_ = costShown_ || t == &cost_;
                });
            return payload.has_value();
        });
    };
    if (kind == QLatin1String("chunksize")) {
        chunksize_.data = Payload();
        chunksize_.data.setFact(QStringLiteral("default_chunksize"),
                                QString::number(defaultChunksize(rangeSize(base), base.workers)));
        chunksize_.data.setFact(QStringLiteral("backend"), toQString(name(base.backend)));
        chunksize_.data.setFact(QStringLiteral("workers"), QString::number(base.workers));
        chunksize_.data.setFact(QStringLiteral("numbers"), QString::number(rangeSize(base)));
        chunksize_.params = base;
        sweepRuns(chunksize_, tr("Chunksize sweep"), chunksizeSweep(base), false);
    } else if (kind == QLatin1String("chunks")) {
        chunks_.data = Payload();
        chunks_.data.setFact(QStringLiteral("workers"), QString::number(base.workers));
        chunks_.data.setFact(QStringLiteral("backend"), toQString(name(base.backend)));
        chunks_.params = base;
        sweepRuns(chunks_, tr("Chunk-count sweep"), chunkCountSweep(base), true);
    } else if (kind == QLatin1String("cost")) {
        figureRun(cost_, tr("Cost per number"), 1);
    } else if (kind == QLatin1String("to-n")) {
        toN_.data = Payload();
        figureRun(toN_, tr("Time to 1…n"), kToNSteps);
        rangeN_ = kToNLast / kToNSteps; // progress in numbers checked, one step at a time
    } else {
        Q_EMIT runEnded(RunOutcome::failed, tr("unknown sweep '%1'").arg(kind));
    }
}

PrimesLabPage::FigureTab* PrimesLabPage::noisyTab()
{
    for (FigureTab* t : {&chunksize_, &chunks_})
        if (tabs_->currentWidget() == t->view && !t->data.noisyPoints().isEmpty())
            return t;
    return nullptr;
}

void PrimesLabPage::updateRemeasure()
{
    const FigureTab* t = session_ && !session_->isRunning() ? noisyTab() : nullptr;
    const int n = t ? static_cast<int>(t->data.noisyPoints().size()) : 0;
    remeasure_->setText(tr("Re-measure %n noisy point(s)", nullptr, n));
    remeasure_->setVisible(n > 0);
}

void PrimesLabPage::remeasureNoisy()
{
    FigureTab* t = noisyTab();
    if (!t || !mayStart())
        return;
    // The sweep's own plan, for the settings it was measured with, cut to the noisy points.
    const std::vector<PrimesPoint> plan = t == &chunks_ ? chunkCountSweep(t->params) : chunksizeSweep(t->params);
    std::vector<PrimesPoint> again;
    for (const auto& n : t->data.noisyPoints())
        for (const PrimesPoint& p : plan)
            if (QString::fromStdString(p.series) == n.series && p.x == n.x)
                again.push_back(p);
    const int repeats = repeats_->value();
    MeasureOptions o;
    o.repeats = repeats;
    o.targetSeconds = target_->value();
    const bool started =
        begin(tr("Re-measuring %n point(s)", nullptr, static_cast<int>(again.size())), again.size() * repeats,
              [this, t, again, o, repeats](const CancelToken& cancel) {
                  const PrimesRunner run = [this, &cancel](const PrimesParams& p) -> std::optional<double> {
                      const double s = measuredRun(p, cancel);
                      return s < 0 ? std::nullopt : std::optional<double>(s);
                  };
                  return measureSweep(again, o, run, [this, t, repeats](const MeasuredPoint& m) {
                      session_->post([this, t, m, repeats] {
                          t->data.setTiming(QString::fromStdString(m.series), m.x, m.timing.seconds);
                          runsDone_ += static_cast<quint64>(repeats);
                          redraw(*t);
                      });
                  });
              });
    if (started)
        sweeping_ = t; // its load is written into the chart when it ends
}

} // namespace parlab::ui
