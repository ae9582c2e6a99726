/// @file pi_lab_page.cpp
/// @brief Runs and sweeps of the π lab, and the 30 Hz pull of their telemetry into the charts.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/pi/pi_lab_page.h"

#include "charts/dart_board_chart.h"
#include "charts/estimate_chart.h"
#include "charts/presentation.h"
#include "charts/worker_bars_chart.h"
#include "export/export_menu.h"
#include "figures/figure.h"
#include "figures/figure_switch.h"
#include "figures/payload.h"
#include "figures/xy_figure_view.h"
#include "labs/pi/pi_controls.h"
#include "parlab/error.h"
#include "parlab/sweeps.h"
#include "run/stall_probe.h"
#include "text/format.h"
#include "text/run_description.h"
#include "widgets/panel_fit.h"
#include "widgets/run_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>
#include <cstdio>
#include <numbers>

namespace parlab::ui {

namespace {
constexpr int kFrameMs = 33; // ~30 Hz: smooth to the eye, a small share of the GUI thread
// A sweep measures for the chart: its live view is drawn 4 times a second. At 30 Hz the window's
// drawing took ~0.4 of a core from the workers on a 2-core machine, and the 2-worker speed-up fell
// from 1.98× (headless) to 1.5×.
constexpr int kSweepFrameMs = 250;
} // namespace

PiLabPage::PiLabPage(QWidget* parent) : LabPage(parent), session_(new RunSession(tr("the π lab"), this))
{
    controls_ = new PiControls(this);
    board_ = new DartBoardChart(this);
    estimate_ = new EstimateChart(this);
    bars_ = new WorkerBarsChart(this);
    // The sweep is drawn by the Figures page's own time-vs-workers and speed-up figures.
    times_ = new FigureSwitch({QStringLiteral("time-vs-workers"), QStringLiteral("speedup")},
                              {tr("Time"), tr("Speed-up and efficiency")}, this);
    times_->chooser()->setObjectName(QStringLiteral("sweepChart")); // its saved setting's key

    // The panel scrolls rather than squeezing its rows on a small screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(controls_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedWidth(controls_->sizeHint().width() + 16);
    // Its width follows the panel's: presenter mode's fonts and folds, and rows that grow after a
    // run ("2 billion darts", "Re-measure 1 noisy point").
    PanelFit::keep(scroll, controls_, 16);

    auto* charts = new QGridLayout;
    charts->setSpacing(4);
    // The board's own switch sits under it, outside the chart: an export shows the chart alone.
    auto* byWorker = new QCheckBox(tr("Colour by worker"), this);
    byWorker->setObjectName(QStringLiteral("colourByWorker"));
    byWorker->setToolTip(tr("Colour each dart by the worker that threw it (misses faded)"));
    connect(byWorker, &QCheckBox::toggled, board_, &DartBoardChart::setColourByWorker);
    auto* boardCell = new QVBoxLayout;
    boardCell->setSpacing(0);
    boardCell->addWidget(board_, 1);
    boardCell->addWidget(byWorker);
    charts->addLayout(boardCell, 0, 0);
    charts->addWidget(estimate_, 0, 1);
    charts->addWidget(bars_, 1, 0);
    charts->setRowStretch(0, 4);
    charts->setRowStretch(1, 3);
    // Presenter mode: the per-worker bars fold and the sweep's chart takes the whole row, so the
    // three charts left can carry the large text.
    Presentation::instance().markSecondary(bars_);
    const auto placeTimes = [charts, this] {
        const bool wide = Presentation::instance().presenter();
        charts->removeWidget(times_);
        charts->addWidget(times_, 1, wide ? 0 : 1, 1, wide ? 2 : 1);
        charts->setRowStretch(1, wide ? 4 : 3);
    };
    placeTimes();
    connect(&Presentation::instance(), &Presentation::changed, this, placeTimes);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll);
    layout->addLayout(charts, 1);

    if (qEnvironmentVariableIsSet("PARLAB_STALL_PROBE"))
        probe_ = new StallProbe(this);

    // A child of the page, so whoever inspects the window (its idle test) finds it; it only runs
    // while something is measured.
    frameTimer_.setParent(this);
    frameTimer_.setObjectName(QStringLiteral("piFrameTimer"));
    frameTimer_.setInterval(kFrameMs);
    connect(&frameTimer_, &QTimer::timeout, this, &PiLabPage::pullFrame);
    connect(session_, &RunSession::ended, this, &PiLabPage::onEnded);
    RunControls* rc = controls_->runControls();
    rc->watch(session_);
    connect(rc, &RunControls::runRequested, this, &PiLabPage::startRun);
    connect(rc, &RunControls::stopRequested, this, &PiLabPage::stop);
    connect(rc, &RunControls::sweepRequested, this, [this] { startSweep(QStringLiteral("workers")); });
    connect(controls_, &PiControls::remeasureRequested, this, &PiLabPage::remeasureNoisy);
    attachExports();
    // A sweep measured before with these settings is shown at once, marked as cached.
    connect(controls_, &PiControls::requestChanged, this, &PiLabPage::showCachedSweep);
    showCachedSweep();
}

void PiLabPage::attachExports()
{
    const auto footer = [this] { return standardFooter(describe(shownParams_)); };
    ExportMenu::attach(board_, [this, footer] {
        return ChartExport{board_, board_->chart(), QStringLiteral("pi-dart-board"), footer(), {}, false};
    });
    ExportMenu::attach(estimate_, [this, footer] {
        return ChartExport{estimate_, estimate_->chart(), QStringLiteral("pi-estimate"), footer(), {}, true};
    });
    ExportMenu::attach(bars_, [this, footer] {
        // Two charts side by side: the CSV carries both.
        const ChartExport darts{bars_, bars_->dartsChart(), {}, {}, {}, true};
        const ChartExport busy{bars_, bars_->busyChart(), {}, {}, {}, true};
        return ChartExport{bars_,
                           bars_->dartsChart(),
                           QStringLiteral("pi-worker-load"),
                           footer(),
                           chartCsv(darts, false) + chartCsv(busy, false),
                           true};
    });
    ExportMenu::attach(times_, [this, footer] {
        ChartExport e = times_->currentFigure()->exportOf(times_->currentView(), times_->data().text());
        e.footer = footer();
        return e;
    });
}

PiLabPage::~PiLabPage()
{
    // Join the job while the page is still whole: its posted calls refer to the page.
    frameTimer_.stop();
    delete session_;
}

QStringList PiLabPage::settingNames() const
{
    return {QStringLiteral("workers"), QStringLiteral("samples"), QStringLiteral("blocks"), QStringLiteral("seed"),
            QStringLiteral("kernel"),  QStringLiteral("seeding"), QStringLiteral("backend")};
}

void PiLabPage::applySetting(const QString& name, const QString& value)
{
    controls_->applySetting(name, value);
}

QStringList PiLabPage::sweepKinds() const
{
    return {QStringLiteral("workers")};
}

bool PiLabPage::isBusy() const
{
    return session_->isRunning();
}

void PiLabPage::stop()
{
    session_->stop();
}

void PiLabPage::fail(const QString& reason)
{
    const QString text = tr("failed: %1").arg(reason);
    Q_EMIT statusMessage(text);
    Q_EMIT runEnded(RunOutcome::failed, reason);
}

bool PiLabPage::begin(Kind kind, const PiParams& p)
{
    if (const QString other = session_->busyElsewhere(); !other.isEmpty()) {
        Q_EMIT statusMessage(tr("Waiting: %1 is measuring (one measurement at a time)").arg(other));
        return false;
    }
    try {
        validate(p);
    } catch (const Error& e) {
        fail(QString::fromStdString(e.what()));
        return false;
    }
    kind_ = kind;
    shownParams_ = p;
    result_.reset();
    shown_.reset();
    session_->publishTelemetry(nullptr); // the charts must not show the previous run again
    board_->reset();
    estimate_->reset(p.samples, distinctDarts(p, p.samples));
    bars_->reset(p.workers, p.samples);
    shownDarts_ = shownHits_ = 0;
    frames_ = 0;
    controls_->runControls()->clearProgress();
    controls_->setBusy(true);
    if (probe_)
        probe_->start();
    frameTimer_.start(kind == Kind::sweep ? kSweepFrameMs : kFrameMs);
    return true;
}

void PiLabPage::startRun()
{
    if (isBusy())
        return;
    const PiParams p = controls_->request();
    if (!begin(Kind::run, p))
        return;
    Q_EMIT statusMessage(
        tr("running: %1 darts on %n worker(s)…", nullptr, p.workers).arg(humanCount(static_cast<double>(p.samples))));
    RunSession* session = session_;
    session_->start([this, session, p](const CancelToken& cancel) {
        auto telemetry = std::make_shared<Telemetry>(p.workers, p.samples);
        session->publishTelemetry(telemetry);
        PiResult r = runPi(p, telemetry.get(), cancel);
        // Runs on the GUI thread before ended(): the session (and so this page) is still alive.
        session->post([this, r] { result_ = r; });
        return !r.cancelled;
    });
}

void PiLabPage::pullFrame()
{
    const std::shared_ptr<Telemetry> telemetry = session_->telemetry();
    if (!telemetry)
        return;
    if (telemetry != shown_) {
        // A sweep's next run: the live charts start over for it.
        shown_ = telemetry;
        board_->reset();
        PiParams run = shownParams_; // a sweep's runs differ in workers (and so in blocks)
        run.workers = telemetry->workers();
        run.samples = telemetry->totalItems();
        estimate_->reset(run.samples, distinctDarts(run, run.samples));
        bars_->reset(telemetry->workers(), telemetry->totalItems());
    }
    const Snapshot s = telemetry->snapshot();
    quint64 darts = 0, hits = 0;
    for (const WorkerCounters& w : s.workers) {
        darts += w.items;
        hits += w.hits;
    }
    shownDarts_ = darts;
    shownHits_ = hits;
    controls_->runControls()->setProgress(darts, s.totalItems, static_cast<double>(s.elapsedNs) * 1e-9);
    telemetry->readEstimates(estimates_);
    estimate_->showEstimates(estimates_);
    bars_->showCounters(s.workers, s.elapsedNs);
    telemetry->readDarts(darts_);
    board_->showDarts(darts_, darts, hits);
    ++frames_;
}

QString PiLabPage::endMessage(RunOutcome outcome, const QString& message) const
{
    if (outcome == RunOutcome::failed)
        return tr("failed: %1").arg(message);
    if (outcome == RunOutcome::cancelled)
        return tr("stopped after %1 darts").arg(humanCount(static_cast<double>(shownDarts_)));
    if (kind_ == Kind::sweep) {
        const auto& t = sweepTimes_;
        if (t.empty())
            return tr("sweep finished");
        const double first = t.begin()->second, last = t.rbegin()->second;
        return tr("sweep finished: %n worker count(s), %1 → %2 (%3×)", nullptr, static_cast<int>(t.size()))
            .arg(humanSeconds(first), humanSeconds(last))
            .arg(first / last, 0, 'f', 2);
    }
    if (!result_)
        return tr("finished");
    return tr("finished in %1 — π ≈ %2 (error %3)")
        .arg(humanSeconds(result_->seconds))
        .arg(result_->pi, 0, 'f', 5)
        .arg(std::fabs(result_->pi - std::numbers::pi), 0, 'f', 5);
}

void PiLabPage::onEnded(RunOutcome outcome, const QString& message)
{
    // The final snapshot is drawn before anyone (e.g. --screenshot) hears that the run ended.
    pullFrame();
    frameTimer_.stop();
    if (probe_) {
        probe_->stop();
        worstGapMs_ = probe_->worstGapMs();
        std::fprintf(stderr, "parlab: event loop worst gap %.1f ms over %.2f s (%d ticks of 10 ms)\n", worstGapMs_,
                     probe_->measuredSeconds(), probe_->ticks());
    }
    controls_->setBusy(false);
    if (outcome == RunOutcome::finished && kind_ == Kind::sweep) {
        if (session_->lastLoad().known) { // said over the chart, and kept with the sweep
            sweepLoad_ = session_->lastLoad().backgroundCores;
            drawSweep(shownParams_, QString());
        }
        storeSweep();
    }
    if (outcome == RunOutcome::finished && kind_ == Kind::run)
        controls_->runControls()->setProgress(shownDarts_, shownDarts_, result_ ? result_->seconds : 0);
    QString text = endMessage(outcome, message);
    if (const QString busy = session_->busyNote(); outcome == RunOutcome::finished && !busy.isEmpty())
        text += tr(" — ⚠ %1").arg(busy);
    Q_EMIT statusMessage(text);
    Q_EMIT runEnded(outcome, message);
}

} // namespace parlab::ui
