/// @file pi_lab_page.h
/// @brief The π lab page: assembles the control panel and the four live charts, runs darts and
/// worker sweeps on a RunSession, and pulls telemetry into the charts on one timer.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figure_store.h"
#include "figures/payload.h"
#include "parlab/pi.h"
#include "parlab/telemetry.h"
#include "run/lab_page.h"

#include <QTimer>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace parlab::ui {

class DartBoardChart;
class EstimateChart;
class PiControls;
class StallProbe;
class FigureSwitch;
class WorkerBarsChart;

class PiLabPage : public LabPage {
    Q_OBJECT
  public:
    explicit PiLabPage(QWidget* parent = nullptr);
    ~PiLabPage() override;

    [[nodiscard]] QString labId() const override { return QStringLiteral("pi"); }
    [[nodiscard]] QString title() const override { return tr("π lab"); }
    [[nodiscard]] QStringList settingNames() const override;
    void applySetting(const QString& name, const QString& value) override;
    [[nodiscard]] QStringList sweepKinds() const override;
    void startRun() override;
    void startSweep(const QString& kind) override;
    void stop() override;
    [[nodiscard]] bool isBusy() const override;

    [[nodiscard]] PiControls* controls() const { return controls_; }
    [[nodiscard]] DartBoardChart* dartBoard() const { return board_; }
    [[nodiscard]] EstimateChart* estimateChart() const { return estimate_; }
    [[nodiscard]] WorkerBarsChart* workerBars() const { return bars_; }
    /// The sweep's panel: time vs workers, or speed-up (the Figures page's own figures).
    [[nodiscard]] FigureSwitch* timeWorkers() const { return times_; }
    /// The last sweep (measured, or shown from the cache): workers → seconds.
    [[nodiscard]] const std::map<int, double>& sweepTimes() const { return sweepTimes_; }
    /// Frames drawn since the last run or sweep started (for the ≥ 20 Hz check).
    [[nodiscard]] int framesDrawn() const { return frames_; }
    /// The run the charts currently show (its telemetry), for tests.
    [[nodiscard]] std::shared_ptr<Telemetry> shownTelemetry() const { return shown_; }
    /// The event loop's worst gap during the last run, when PARLAB_STALL_PROBE is set (else 0).
    [[nodiscard]] double lastWorstGapMs() const { return worstGapMs_; }

  private:
    enum class Kind { run, sweep };
    bool begin(Kind kind, const PiParams& p);
    void attachExports();
    /// Draws sweepTimes_ (measured with `p`: one backend) with a note after the title ("cached, …").
    void drawSweep(const PiParams& p, const QString& note);
    /// The cache key of a sweep: its settings, repeats and target.
    [[nodiscard]] QString sweepKey(const PiParams& p, const QVector<int>& counts) const;
    /// The sweep's data in the figures' format (every repeat, its size and the machine's load).
    [[nodiscard]] Payload sweepPayload() const;
    void setSweep(const Payload& data);
    /// Measures again the worker counts of the shown sweep whose repeats differ by more than 25 %.
    void remeasureNoisy();
    void storeSweep();
    void showCachedSweep();
    void pullFrame();
    void onEnded(RunOutcome outcome, const QString& message);
    void fail(const QString& reason);
    QString endMessage(RunOutcome outcome, const QString& message) const;

    PiControls* controls_;
    DartBoardChart* board_;
    EstimateChart* estimate_;
    WorkerBarsChart* bars_;
    FigureSwitch* times_;
    RunSession* session_;
    StallProbe* probe_ = nullptr;
    QTimer frameTimer_;

    Kind kind_ = Kind::run;
    std::shared_ptr<Telemetry> shown_; // the run the charts currently show
    std::vector<DartSample> darts_;    // reused every frame
    std::optional<PiResult> result_;
    PiParams shownParams_; // what the charts show, for export footers
    FigureStore results_;  // finished sweeps, shown again when the settings come back
    bool timesLive_ = false;
    std::vector<EstimatePoint> estimates_; // reused every frame
    QVector<int> sweepCounts_;
    std::map<int, double> sweepTimes_;                // the sweep's model: workers → median seconds
    std::map<int, std::vector<double>> sweepRepeats_; // workers → every repeat (the chart draws these)
    QString sweepSize_;                               // the darts per point, said under the chart's title
    double sweepLoad_ = -1;                           // other programs' cores during the sweep (−1: not known yet)
    std::uint64_t sweepDarts_ = 0;                    // darts per point once calibrated
    PiParams sweepParams_;                            // the settings the sweep was started with (its cache key)
    quint64 shownDarts_ = 0, shownHits_ = 0;
    int frames_ = 0;
    double worstGapMs_ = 0;
};

} // namespace parlab::ui
