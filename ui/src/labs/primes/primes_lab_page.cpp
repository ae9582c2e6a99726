/// @file primes_lab_page.cpp
/// @brief Wires the primes lab: runs and sweeps go to the RunSession's launcher thread, one
/// ~30 Hz timer pulls the telemetry into the load bars and the timeline, sweep points arrive as
/// posted calls.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/primes/primes_lab_page.h"

#include "charts/presentation.h"
#include "charts/queue_depth_chart.h"
#include "charts/worker_load_chart.h"
#include "charts/worker_timeline.h"
#include "export/chart_export.h"
#include "export/export_menu.h"
#include "figures/figure_registry.h"
#include "figures/log_time_box.h"
#include "figures/xy_figure_view.h"
#include "labs/primes/primes_controls.h"
#include "parlab/error.h"
#include "parlab/options.h"
#include "parlab/parse_count.h"
#include "parlab/primes.h"
#include "parlab/translate.h"
#include "text/backend_note.h"
#include "text/format.h"
#include "text/run_description.h"
#include "widgets/measure_boxes.h"
#include "widgets/run_controls.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace parlab::ui {

PrimesLabPage::PrimesLabPage(QWidget* parent) : LabPage(parent), session_(new RunSession(tr("the primes lab"), this))
{
    controls_ = new PrimesControls(this);
    run_ = new RunControls(tr("numbers"), tr("Sweep"), this);
    run_->watch(session_);
    run_->sweepButton()->setToolTip(tr("Measure the sweep chosen below, point by point, and draw its curve"));
    sweepKind_ = new QComboBox(this);
    sweepKind_->setObjectName(QStringLiteral("sweepKind"));
    sweepKind_->setToolTip(tr("What the sweep varies: each choice redraws one of the chapter's figures"));
    sweepKind_->addItem(tr("chunksize (fig. 9-11/12)"), QStringLiteral("chunksize"));
    sweepKind_->addItem(tr("number of chunks (fig. 9-13)"), QStringLiteral("chunks"));
    sweepKind_->addItem(tr("cost per number (fig. 9-9)"), QStringLiteral("cost"));
    sweepKind_->addItem(tr("time to check 1…n"), QStringLiteral("to-n"));
    repeats_ = repeatsBox(tr("Each sweep point is measured this many times: the chart shows the median and the "
                             "spread from the fastest to the slowest, the tooltip every value"),
                          this, 9);
    target_ = targetBox(tr("A run of the book's range lasts ~40 ms here, mostly noise: each point repeats the range "
                           "until one measurement lasts this long, and plots the time per pass"),
                        this);
    colour_ = new QComboBox(this);
    colour_->setObjectName(QStringLiteral("timelineColour"));
    colour_->addItem(tr("chunk (alternating)"), QStringLiteral("chunk")); // ids: saved settings name the choice
    colour_->addItem(tr("cost per number"), QStringLiteral("cost"));
    colour_->setToolTip(tr("How the timeline colours its chunks: alternating, to tell neighbours apart, or by "
                           "their cost per number"));
    result_ = new QLabel(this);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* sweepForm = new QFormLayout;
    sweepForm->setContentsMargins(0, 0, 0, 0);
    sweepForm->addRow(tr("Sweep"), sweepKind_);
    sweepForm->addRow(tr("Repeats"), repeats_);
    sweepForm->addRow(tr("Each point ≥"), target_);
    remeasure_ = new QPushButton(this);
    remeasure_->setToolTip(tr("Measure again only the points of this sweep whose repeats differ by more than 25 %"));
    remeasure_->hide();
    sweepForm->addRow(QString(), remeasure_);
    sweepForm->addRow(tr("Timeline colour"), colour_);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(controls_);
    leftLayout->addLayout(sweepForm);
    leftLayout->addWidget(run_);
    leftLayout->addWidget(result_);
    leftLayout->addStretch(1);
    // The last run's sentence repeats what the charts show: the room does without it.
    Presentation::instance().markSecondary(result_);
    // In a scroll area, so presenter mode's larger text makes the panel scroll rather than the
    // window outgrow a 1024×768 projector; wider then, so the range keeps its two boxes.
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    // A row that grows later (the re-measure button names its count) scrolls rather than being cut.
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Its width follows the panel's own once the mode's fonts have reached the widgets.
    const auto fitLeft = [left, leftScroll] {
        QMetaObject::invokeMethod(
            leftScroll,
            [left, leftScroll] {
                leftScroll->setFixedWidth(std::max(380, left->minimumSizeHint().width()) +
                                          leftScroll->verticalScrollBar()->sizeHint().width());
            },
            Qt::QueuedConnection);
    };
    fitLeft();
    connect(&Presentation::instance(), &Presentation::changed, leftScroll, fitLeft);

    load_ = new WorkerLoadChart(this);
    timeline_ = new WorkerTimeline(this);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(load_, tr("Per-worker load"));
    makeTab(chunksize_, QStringLiteral("chunksize"), tr("Chunksize sweep"));
    makeTab(chunks_, QStringLiteral("chunk-count"), tr("Chunk-count sweep"));
    makeTab(cost_, QStringLiteral("prime-cost"), tr("Cost per number"));
    makeTab(toN_, QStringLiteral("primes-to-n"), tr("Time to 1…n"));
    // The timeline stays in view under every figure: it is what explains each of them. The queue
    // depth (queue schedule only) sits right under it, on its time axis.
    depth_ = new QueueDepthChart(this);
    depth_->follow(timeline_->timeAxis(), timeline_->chart());
    depth_->hide();
    timeline_->setMinimumHeight(170); // lanes and time labels stay readable with the depth under it
    auto* timePane = new QWidget(this);
    auto* timeLayout = new QVBoxLayout(timePane);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->setSpacing(0);
    timeLayout->addWidget(timeline_, 1);
    timeLayout->addWidget(depth_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tabs_);
    split->addWidget(timePane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(leftScroll);
    layout->addWidget(split, 1);

    frame_ = new QTimer(this);
    frame_->setObjectName(QStringLiteral("primesFrameTimer"));
    frame_->setInterval(33);
    connect(frame_, &QTimer::timeout, this, &PrimesLabPage::tick);
    connect(run_, &RunControls::runRequested, this, &PrimesLabPage::startRun);
    connect(run_, &RunControls::stopRequested, this, &PrimesLabPage::stop);
    connect(run_, &RunControls::sweepRequested, this, [this] { startSweep(sweepKind_->currentData().toString()); });
    connect(remeasure_, &QPushButton::clicked, this, &PrimesLabPage::remeasureNoisy);
    connect(tabs_, &QTabWidget::currentChanged, this, &PrimesLabPage::updateRemeasure);
    auto* logTime = new LogTimeBox(tabs_);
    tabs_->setCornerWidget(logTime, Qt::TopRightCorner);
    connect(tabs_, &QTabWidget::currentChanged, logTime, [this, logTime] { logTime->follow(tabs_->currentWidget()); });
    logTime->follow(tabs_->currentWidget());
    connect(colour_, &QComboBox::currentIndexChanged, this, [this](int i) {
        timeline_->setColour(i == 0 ? WorkerTimeline::Colour::chunk : WorkerTimeline::Colour::cost);
    });
    connect(controls_, &PrimesControls::changed, this, [this] {
        run_->runButton()->setEnabled(!session_->isRunning() && session_->busyElsewhere().isEmpty() &&
                                      controls_->isValid());
    });
    connect(session_, &RunSession::ended, this, &PrimesLabPage::ended);

    const auto footer = [this] { return standardFooter(describe(controls_->params())); };
    ExportMenu::attachView(load_, QStringLiteral("primes-worker-load"), footer);
    ExportMenu::attach(timeline_, [this, footer] {
        // The segments drawn, one table (the chart's own series hold nothing: it is painted).
        return ChartExport{timeline_, timeline_->chart(),     QStringLiteral("primes-timeline"),
                           footer(),  timeline_->eventsCsv(), true};
    });
    // A figure tab exports its own data, described by the settings it was measured with (the
    // controls may have moved on since).
    for (FigureTab* tab : {&cost_, &toN_, &chunksize_, &chunks_}) {
        ExportMenu::attach(tab->view, [tab] {
            ChartExport e = tab->figure->exportOf(tab->view, tab->data.text());
            e.footer = standardFooter(describe(tab->params));
            e.svgSensible = tab->figure->info().id != QLatin1String("prime-cost"); // ~20 000 points
            return e;
        });
    }
}

void PrimesLabPage::makeTab(FigureTab& tab, const QString& figureId, const QString& label)
{
    tab.figure = findFigure(figureId);
    Q_ASSERT(tab.figure);
    tab.view = qobject_cast<XyFigureView*>(tab.figure->createView(this));
    Q_ASSERT(tab.view);
    tabs_->addTab(tab.view, label);
    redraw(tab);
}

void PrimesLabPage::redraw(FigureTab& tab)
{
    tab.figure->draw(tab.view, tab.data.text(), false);
    updateRemeasure();
}

PrimesLabPage::~PrimesLabPage()
{
    // Cancel and join the launcher thread before the charts its posted calls refer to go away.
    frame_->stop();
    delete session_;
    session_ = nullptr;
}

QStringList PrimesLabPage::settingNames() const
{
    return {QStringLiteral("workers"),  QStringLiteral("from"),  QStringLiteral("to"),   QStringLiteral("chunksize"),
            QStringLiteral("schedule"), QStringLiteral("order"), QStringLiteral("seed"), QStringLiteral("backend")};
}

void PrimesLabPage::applySetting(const QString& name, const QString& value)
{
    const std::string v = value.toStdString();
    if (name == QLatin1String("workers"))
        controls_->setWorkers(static_cast<int>(parseCount(v, "workers", 1, 256)));
    else if (name == QLatin1String("from"))
        controls_->setFirst(value);
    else if (name == QLatin1String("to"))
        controls_->setLast(value);
    else if (name == QLatin1String("chunksize"))
        controls_->setChunksize(parseCount(v, "chunksize", 0, std::uint64_t{1} << 53));
    else if (name == QLatin1String("schedule"))
        controls_->setSchedule(parseEnum<Schedule>(v, "schedule"));
    else if (name == QLatin1String("order"))
        controls_->setOrder(parseEnum<Order>(v, "order"));
    else if (name == QLatin1String("backend"))
        controls_->setBackend(parseEnum<Backend>(v, "backend"));
    else if (name == QLatin1String("kernel"))
        controls_->setKernel(parseEnum<Kernel>(v, "kernel"));
    else if (name == QLatin1String("seed"))
        controls_->setSeed(parseCount(v, "seed", 0, ~std::uint64_t{0}));
    else
        throw Error(fill(translate("parlab::LabSettings", "the primes lab has no setting '%1'"), {v}));
}

QStringList PrimesLabPage::sweepKinds() const
{
    return {QStringLiteral("chunksize"), QStringLiteral("chunks"), QStringLiteral("cost"), QStringLiteral("to-n")};
}

double PrimesLabPage::measuredRun(const PrimesParams& p, const CancelToken& cancel)
{
    auto telemetry = std::make_shared<Telemetry>(p.workers, rangeSize(p));
    session_->publishTelemetry(telemetry);
    const PrimesResult r = runPrimes(p, telemetry.get(), cancel);
    if (r.cancelled || cancel.cancelled())
        return -1;
    session_->post([this, r] {
        const QString note =
            backendNote(r.backendStats, r.params.backend, r.params.schedule == Schedule::queue, r.params.workers);
        result_->setText(tr("Last run: %1 primes among %2 numbers in %3 · %4 chunks of %5 · %6 workers")
                             .arg(humanCount(static_cast<double>(r.primes)), humanCount(static_cast<double>(r.checked)),
                                  humanSeconds(r.seconds), humanCount(static_cast<double>(r.chunks)),
                                  humanCount(static_cast<double>(resolvedChunksize(r.params))))
                             .arg(r.params.workers) +
                         (note.isEmpty() ? QString() : QStringLiteral(" · ") + note));
    });
    return r.seconds;
}

bool PrimesLabPage::mayStart()
{
    if (session_->isRunning())
        return false;
    if (const QString other = session_->busyElsewhere(); !other.isEmpty()) {
        Q_EMIT statusMessage(tr("Waiting: %1 is measuring (one measurement at a time)").arg(other));
        return false;
    }
    if (!controls_->isValid()) {
        Q_EMIT statusMessage(tr("Cannot start: %1").arg(controls_->problem()));
        Q_EMIT runEnded(RunOutcome::failed, controls_->problem());
        return false;
    }
    return true;
}

bool PrimesLabPage::begin(const QString& what, quint64 runs, std::function<bool(const CancelToken&)> job)
{
    if (!mayStart())
        return false;
    what_ = what;
    runsTotal_ = std::max<quint64>(1, runs);
    runsDone_ = 0;
    rangeN_ = rangeSize(controls_->params());
    shown_.reset();
    session_->publishTelemetry(nullptr);
    if (!session_->start(std::move(job)))
        return false;
    clock_.start();
    controls_->setEditable(false);
    run_->setRunning(true);
    run_->clearProgress();
    // A sweep is a measurement for its chart: its live view is drawn 4 times a second, so the
    // window's drawing takes next to nothing from the workers (30 Hz took ~0.4 of a core).
    frame_->start(runsTotal_ > 1 ? 250 : 33);
    Q_EMIT statusMessage(tr("%1 under way…").arg(what));
    return true;
}

void PrimesLabPage::startRun()
{
    const PrimesParams p = controls_->params();
    const bool needCost = !costShown_;
    tabs_->setCurrentWidget(load_);
    depth_->setVisible(p.schedule == Schedule::queue);
    begin(tr("Run"), 1, [this, p, needCost](const CancelToken& cancel) {
        if (needCost) {
            // Fig 9-9 needs no settings and costs a few milliseconds: fill it in with the first run.
            const auto payload = cost_.figure->measure(FigureParams{}, cancel, [](const QString&) {});
            if (payload)
                session_->post([this, text = *payload] {
                    cost_.data = Payload::parse(text);
                    redraw(cost_);
                    costShown_ = true;
                });
        }
        return measuredRun(p, cancel) >= 0;
    });
}

void PrimesLabPage::stop()
{
    if (session_)
        session_->stop();
}

bool PrimesLabPage::isBusy() const
{
    return session_ && session_->isRunning();
}

void PrimesLabPage::tick()
{
    std::shared_ptr<Telemetry> t = session_->telemetry();
    if (t && t != shown_) {
        shown_ = t;
        timeline_->reset(t->workers());
        depth_->reset();
        load_->clear();
    }
    const double elapsed = static_cast<double>(clock_.elapsed()) / 1000.0;
    if (!shown_) {
        if (runsTotal_ > 1) // time to 1…n: its steps, in numbers checked
            run_->setProgress(runsDone_ * rangeN_, runsTotal_ * rangeN_, elapsed);
        return;
    }
    const Snapshot s = shown_->snapshot();
    load_->showSnapshot(s);
    timeline_->pull(*shown_, s);
    if (!depth_->isHidden())
        depth_->pull(*shown_);
    if (runsTotal_ <= 1)
        run_->setProgress(s.doneItems, s.totalItems, static_cast<double>(s.elapsedNs) * 1e-9);
    else // a sweep: progress over all its runs, in numbers checked
        run_->setProgress(std::min(runsDone_, runsTotal_) * rangeN_, runsTotal_ * rangeN_, elapsed);
}

void PrimesLabPage::ended(RunOutcome outcome, const QString& message)
{
    frame_->stop();
    tick(); // the final snapshot is drawn before anyone (a screenshot) hears that the run ended
    run_->setRunning(false);
    controls_->setEditable(true);
    const double seconds = static_cast<double>(clock_.elapsed()) / 1000.0;
    QString text;
    switch (outcome) {
    case RunOutcome::finished:
        // The wall time of the whole job (set-up and drawing included): a run's own measured
        // time is the one on the "Last run" line.
        text = tr("%1 finished (%2 in all)").arg(what_, humanSeconds(seconds));
        break;
    case RunOutcome::cancelled:
        text = tr("%1 stopped").arg(what_);
        break;
    case RunOutcome::failed:
        text = tr("%1 failed: %2").arg(what_, message);
        break;
    }
    if (const QString busy = session_->busyNote(); outcome == RunOutcome::finished && !busy.isEmpty())
        text += tr(" — ⚠ %1").arg(busy);
    if (sweeping_ && session_->lastLoad().known) { // the chart says it too, and its CSV keeps it
        sweeping_->data.setFact(QStringLiteral("background_cpu"),
                                QString::number(session_->lastLoad().backgroundCores, 'f', 2));
        redraw(*sweeping_);
    }
    sweeping_ = nullptr;
    updateRemeasure();
    Q_EMIT statusMessage(text);
    Q_EMIT runEnded(outcome, message);
}

} // namespace parlab::ui
