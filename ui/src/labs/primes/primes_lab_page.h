/// @file primes_lab_page.h
/// @brief The primes lab: chunksize you can see. Settings on the left, the live per-worker load,
/// the figures (cost per number, time to 1…n, chunksize and chunk-count sweeps) in tabs, and the
/// per-worker timeline always in view under them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/payload.h"
#include "parlab/primes.h"
#include "run/lab_page.h"

#include <QElapsedTimer>

#include <memory>

class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace parlab {
class Telemetry;
}

namespace parlab::ui {

class Figure;
class PrimesControls;
class QueueDepthChart;
class RunControls;
class WorkerLoadChart;
class WorkerTimeline;
class XyFigureView;

class PrimesLabPage : public LabPage {
    Q_OBJECT
  public:
    explicit PrimesLabPage(QWidget* parent = nullptr);
    ~PrimesLabPage() override;

    [[nodiscard]] QString labId() const override { return QStringLiteral("primes"); }
    [[nodiscard]] QString title() const override { return tr("primes lab"); }
    [[nodiscard]] QStringList settingNames() const override;
    void applySetting(const QString& name, const QString& value) override;
    /// chunksize, chunks (the book's sweeps), cost (fig 9-9), to-n (time to check 1…n).
    [[nodiscard]] QStringList sweepKinds() const override;
    void startRun() override;
    void startSweep(const QString& kind) override;
    void stop() override;
    [[nodiscard]] bool isBusy() const override;

    // For tests and the window: the parts of the page.
    [[nodiscard]] PrimesControls* controls() const { return controls_; }
    [[nodiscard]] WorkerLoadChart* loadChart() const { return load_; }
    [[nodiscard]] WorkerTimeline* timeline() const { return timeline_; }
    [[nodiscard]] QueueDepthChart* queueDepthChart() const { return depth_; }
    /// The telemetry of the run on show (null before the first frame of a run).
    [[nodiscard]] std::shared_ptr<Telemetry> shownTelemetry() const { return shown_; }
    [[nodiscard]] XyFigureView* costChart() const { return cost_.view; }
    [[nodiscard]] RunControls* runControls() const { return run_; }
    [[nodiscard]] XyFigureView* timeToNChart() const { return toN_.view; }
    [[nodiscard]] XyFigureView* chunksizeChart() const { return chunksize_.view; }
    [[nodiscard]] XyFigureView* chunkCountChart() const { return chunks_.view; }
    /// Runs per sweep point; the fastest counts (other programs on the machine only slow runs down).
    void setRepeats(int repeats);
    /// Each sweep point lasts at least this long (its runs are passed back to back).
    void setTarget(double seconds);

  private:
    /// False (saying why) while this or another page measures, or the settings are invalid.
    bool mayStart();
    bool begin(const QString& what, quint64 runs, std::function<bool(const CancelToken&)> job);
    void tick();
    void ended(RunOutcome outcome, const QString& message);
    /// Launcher thread: one measured run with its telemetry published; negative when stopped.
    double measuredRun(const PrimesParams& p, const CancelToken& cancel);

    RunSession* session_;
    PrimesControls* controls_;
    RunControls* run_;
    QComboBox* sweepKind_;
    QComboBox* colour_;
    QSpinBox* repeats_;
    QDoubleSpinBox* target_;
    QPushButton* remeasure_;
    QLabel* result_;
    QTabWidget* tabs_;
    WorkerLoadChart* load_;
    WorkerTimeline* timeline_;
    QueueDepthChart* depth_;
    /// A figure's tab: drawn by the figure's own view (the Figures page draws the same), from the
    /// sweep's data, which also makes its export.
    struct FigureTab {
        const Figure* figure = nullptr;
        XyFigureView* view = nullptr;
        Payload data;
        PrimesParams params; ///< the settings it was measured with (for the export's footer)
    };
    void makeTab(FigureTab& tab, const QString& figureId, const QString& label);
    void redraw(FigureTab& tab);
    /// Measures again the points of the shown sweep tab whose repeats differ by more than 25 %.
    void remeasureNoisy();
    void updateRemeasure();
    /// The shown sweep tab when it has noisy points, else null.
    FigureTab* noisyTab();
    FigureTab cost_, toN_, chunksize_, chunks_;
    QTimer* frame_;
    QElapsedTimer clock_;
    std::shared_ptr<Telemetry> shown_;
    QString what_;
    quint64 runsTotal_ = 1, runsDone_ = 0, rangeN_ = 0;
    FigureTab* sweeping_ = nullptr; // the tab a timed sweep draws into (its load is written there)
    bool costShown_ = false;
};

} // namespace parlab::ui
