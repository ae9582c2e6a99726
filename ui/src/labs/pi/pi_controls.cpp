/// @file pi_controls.cpp
/// @brief Builds the π control panel and maps its widgets to PiParams (and back, for start-up
/// settings); one-line hints under backend and kernel, and the seeding lesson when it applies.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/pi/pi_controls.h"

#include "charts/presentation.h"
#include "parlab/calibration.h"
#include "parlab/error.h"
#include "parlab/machine.h"
#include "parlab/parse_count.h"
#include "parlab/run_args.h"
#include "parlab/translate.h"
#include "text/format.h"
#include "widgets/item_id.h"
#include "widgets/log_slider.h"
#include "widgets/marked_slider.h"
#include "widgets/measure_boxes.h"
#include "widgets/run_controls.h"
#include "widgets/worker_slider.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValidator>

#include <algorithm>
#include <climits>
#include <cmath>

namespace parlab::ui {

namespace {

constexpr quint64 kMinSamples = 1'000;
constexpr quint64 kMaxSamples = 10'000'000'000ULL;
// Two billion darts: ~0.8 s for one worker with the batched kernel on a 2020s laptop core, long
// enough that a 2-worker run shows its speed-up above the noise (10^8 lasted 40 ms: it did not).
constexpr quint64 kDefaultSamples = 2'000'000'000;

/// Seeds as `parlab run` takes them: any whole number 0…2^64−1 (a QSpinBox stops at 2^31−1).
class SeedValidator : public QValidator {
  public:
    using QValidator::QValidator;
    State validate(QString& text, int&) const override
    {
        if (text.isEmpty())
            return Intermediate;
        bool ok = false;
        text.toULongLong(&ok);
        const bool digits = std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        return digits && ok ? Acceptable : Invalid;
    }
};

// Items come from allValues<E>(), so backends added to the core appear without UI changes.
template <typename E> QComboBox* enumCombo(E current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (E v : allValues<E>())
        addNamedItem(box, toQString(name(v)), static_cast<int>(v)); // saved by name, not row
    box->setCurrentIndex(box->findData(static_cast<int>(current)));
    return box;
}

// A wrapped hint under a control. Its width is ignored in the panel's size hint, so long words
// never widen the panel: it wraps to the width the other controls give it.
QLabel* hintLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    l->setFont(f);
    QPalette pal = l->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    l->setPalette(pal);
    return l;
}

template <typename E> E enumOf(const QComboBox* box)
{
    return static_cast<E>(box->currentData().toInt());
}

template <typename E> void applyEnum(QComboBox* box, const QString& option, const QString& value)
{
    const auto v = parseName<E>(value.toStdString());
    if (!v)
        throw Error(fill(translate("parlab::LabSettings", "--%1 must be %2 (got '%3')"),
                         {option.toStdString(), allowedNames<E>(), value.toStdString()}));
    box->setCurrentIndex(box->findData(static_cast<int>(*v)));
}

} // namespace

PiControls::PiControls(QWidget* parent) : QWidget(parent)
{
    const MachineInfo& m = machine();
    const PiParams defaults;

    // Every control is named where it is made: its saved setting is kept under that name (see
    // SessionSettings), and the names are those of the command-line options.
    workers_ = new MarkedSlider(this);
    workers_->setObjectName(QStringLiteral("workers"));
    workers_->setRange(1, std::max(4 * m.logicalCores, 2));
    workers_->setPageStep(1);
    workers_->setValue(m.physicalCores);
    workers_->setToolTip(tr("How many workers throw darts at once"));
    markCores(workers_); // the same words and colours as the primes lab's slider
    workersLabel_ = new QLabel(this);
    workersLabel_->setMinimumWidth(workersLabel_->fontMetrics().horizontalAdvance(QStringLiteral("888 workers")));
    auto* workersRow = new QHBoxLayout;
    workersRow->addWidget(workers_, 1);
    workersRow->addWidget(workersLabel_);

    samples_ = new LogSlider(kMinSamples, kMaxSamples, this);
    samples_->setObjectName(QStringLiteral("samples"));
    samples_->setValue(kDefaultSamples);
    samples_->setFormatter([](quint64 v) { return tr("%1 darts").arg(humanCount(static_cast<double>(v))); });
    samples_->setToolTip(tr("How many darts to throw in all (log scale)"));
    const struct {
        quint64 v;
        const char* label;
    } marks[] = {{1'000, "10³"}, {1'000'000, "10⁶"}, {1'000'000'000, "10⁹"}};
    for (const auto& mk : marks)
        samples_->addMark(mk.v, QString::fromUtf8(mk.label), palette().color(QPalette::Dark));

    blocks_ = new QSpinBox(this);
    blocks_->setObjectName(QStringLiteral("blocks"));
    blocks_->setRange(0, static_cast<int>(kMaxPiBlocks));
    blocks_->setSpecialValueText(tr("auto (one per worker)"));
    blocks_->setToolTip(tr("How many pieces the darts are cut into; idle workers take the next piece"));

    backend_ = enumCombo(defaults.backend, this);
    backend_->setObjectName(QStringLiteral("backend"));
    backend_->setToolTip(tr("tbb: oneTBB tasks · gil-threads: threads behind one lock · processes: real processes"));
    kernel_ = enumCombo(defaults.kernel, this);
    kernel_->setObjectName(QStringLiteral("kernel"));
    kernel_->setToolTip(tr("scalar: one dart at a time (a Python loop) · batched: vectorised blocks (numpy)"));
    seeding_ = enumCombo(defaults.seeding, this);
    seeding_->setObjectName(QStringLiteral("seeding"));
    seeding_->setToolTip(tr("identical: every block replays the same darts — more darts, no better estimate"));
    seed_ = new QLineEdit(QString::number(defaults.seed), this);
    seed_->setObjectName(QStringLiteral("seed"));
    seed_->setValidator(new SeedValidator(seed_));
    seed_->setToolTip(tr("The random seed: the same seed throws the same darts, whatever the workers"));

    sweep_ = new QLineEdit(QStringLiteral("1-10"), this);
    sweep_->setObjectName(QStringLiteral("sweepWorkers")); // lessons set it by name
    sweep_->setToolTip(tr("Worker counts the sweep measures: a range (1-10) or a list (1,2,4,8)"));

    auto* runBox = new QGroupBox(tr("Run"), this);
    auto* runForm = new QFormLayout(runBox);
    runForm->addRow(tr("Workers"), workersRow);
    runForm->addRow(tr("Darts"), samples_);
    runForm->addRow(tr("Blocks"), blocks_);
    auto* howBox = new QGroupBox(tr("How"), this);
    auto* howForm = new QFormLayout(howBox);
    backendHint_ = hintLabel(howBox);
    kernelHint_ = hintLabel(howBox);
    seedingLesson_ = new QLabel(howBox);
    seedingLesson_->setWordWrap(true);
    seedingLesson_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    seedingLesson_->setStyleSheet(
        QStringLiteral("QLabel { background: #fff8e1; color: #4e342e; border: 1px solid #f9a825;"
                       " border-radius: 3px; padding: 4px; }"));
    seedingLesson_->setText(
        tr("<b>Identical seeding:</b> every worker replays the same darts — the forked-numpy pitfall "
           "(each forked process inherits the same random state). With “colour by worker” their darts "
           "land on the same spots, and adding workers no longer shrinks the error: more darts, no "
           "new information."));
    howForm->addRow(tr("Backend"), backend_);
    howForm->addRow(backendHint_);
    howForm->addRow(tr("Kernel"), kernel_);
    howForm->addRow(kernelHint_);
    howForm->addRow(tr("Seeding"), seeding_);
    howForm->addRow(seedingLesson_);
    howForm->addRow(tr("Seed"), seed_);
    auto* sweepBox = new QGroupBox(tr("Sweep"), this);
    auto* sweepForm = new QFormLayout(sweepBox);
    sweepForm->addRow(tr("Workers"), sweep_);
    // A mistake in the list is said where it is made, as the user types, not only in the status bar
    // after pressing Sweep.
    sweepNote_ = new QLabel(sweepBox);
    sweepNote_->setObjectName(QStringLiteral("sweepNote"));
    sweepNote_->setWordWrap(true);
    sweepNote_->setStyleSheet(QStringLiteral("color:#c62828"));
    sweepNote_->hide();
    sweepForm->addRow(QString(), sweepNote_);
    connect(sweep_, &QLineEdit::textChanged, this, [this] {
        QString problem;
        try {
            (void)sweepWorkers(); // only whether it parses
        } catch (const Error& e) {
            problem = QString::fromStdString(e.what());
        }
        sweepNote_->setText(problem);
        sweepNote_->setVisible(!problem.isEmpty());
    });
    sweepRepeats_ = repeatsBox(tr("Each worker count is measured this many times: the chart shows the median and "
                                  "the spread from the fastest to the slowest, the tooltip every value"),
                               this);
    sweepForm->addRow(tr("Repeats"), sweepRepeats_);
    sweepTarget_ = targetBox(tr("When the fastest worker count would finish sooner, the sweep throws more darts "
                                "(the chart's title says how many): short runs are mostly noise"),
                             this);
    sweepForm->addRow(tr("Fastest point ≥"), sweepTarget_);
    remeasure_ = new QPushButton(this);
    remeasure_->setToolTip(tr("Measure again only the worker counts whose repeats differ by more than 25 %"));
    remeasure_->hide();
    sweepForm->addRow(QString(), remeasure_);
    connect(remeasure_, &QPushButton::clicked, this, &PiControls::remeasureRequested);

    run_ = new RunControls(tr("darts"), tr("Sweep workers"), this);
    run_->sweepButton()->setToolTip(tr("Time the run once per worker count in the list below and draw "
                                       "time and speed-up against workers"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(runBox);
    layout->addWidget(howBox);
    layout->addWidget(sweepBox);
    layout->addWidget(run_);
    layout->addStretch(1);
    // The room needs the workers, the darts and Run: how they run and the sweep's settings fold away
    // (presenter mode is switched off to change them).
    for (QWidget* w : {static_cast<QWidget*>(howBox), static_cast<QWidget*>(sweepBox)})
        Presentation::instance().markSecondary(w);
    // Large text: labels above their sliders, so the panel leaves the charts their width.
    const auto wrapRows = [runForm] {
        runForm->setRowWrapPolicy(Presentation::instance().presenter() ? QFormLayout::WrapAllRows
                                                                       : QFormLayout::DontWrapRows);
    };
    wrapRows();
    connect(&Presentation::instance(), &Presentation::changed, this, wrapRows);

    showWorkers();
    showHints();
    connect(workers_, &QSlider::valueChanged, this, [this] {
        showWorkers();
        Q_EMIT requestChanged();
    });
    connect(samples_, &LogSlider::valueChanged, this, &PiControls::requestChanged);
    connect(blocks_, &QSpinBox::valueChanged, this, &PiControls::requestChanged);
    connect(seed_, &QLineEdit::textChanged, this, [this] {
        if (seed_->hasAcceptableInput())
            Q_EMIT requestChanged();
    });
    for (QComboBox* box : {backend_, kernel_, seeding_}) {
        connect(box, &QComboBox::currentIndexChanged, this, &PiControls::showHints);
        connect(box, &QComboBox::currentIndexChanged, this, &PiControls::requestChanged);
    }
}

void PiControls::showHints()
{
    const Backend backend = enumOf<Backend>(backend_);
    switch (backend) {
    case Backend::tbb:
        backendHint_->setText(tr("oneTBB tasks on a thread pool: real parallel threads, no lock."));
        break;
    case Backend::gil_threads:
        backendHint_->setText(tr("Threads behind one lock (the GIL): one computes at a time, so no speed-up."));
        break;
    case Backend::processes:
        backendHint_->setText(tr("Real worker processes: truly parallel, but each pays a start-up and a pipe "
                                 "message per chunk."));
        break;
    }
    if (enumOf<Kernel>(kernel_) == Kernel::scalar)
        kernelHint_->setText(tr("One dart at a time: the pure-Python loop's shape."));
    else if (backend == Backend::gil_threads)
        kernelHint_->setText(tr("Vectorised blocks (numpy's shape): the lock is released during the vector maths, "
                                "held while drawing random numbers."));
    else
        kernelHint_->setText(tr("Vectorised blocks: numpy's shape."));
    // isHidden, not isVisible: the panel may not be on screen yet.
    seedingLesson_->setHidden(enumOf<Seeding>(seeding_) != Seeding::identical);
}

void PiControls::showWorkers()
{
    workersLabel_->setText(tr("%n worker(s)", nullptr, workers_->value()));
}

PiParams PiControls::request() const
{
    PiParams p;
    p.workers = workers_->value();
    p.samples = samples_->value();
    p.blocks = static_cast<std::uint64_t>(blocks_->value());
    p.backend = enumOf<Backend>(backend_);
    p.kernel = enumOf<Kernel>(kernel_);
    p.seeding = enumOf<Seeding>(seeding_);
    p.seed = seed_->hasAcceptableInput() ? seed_->text().toULongLong() : PiParams{}.seed; // empty while typing
    return p;
}

QVector<int> PiControls::parseWorkerList(const QString& text, const QString& option)
{
    const std::string opt = option.toStdString();
    QVector<int> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        if (ends.size() > 2)
            throw Error(
                fill(translate("parlab::LabSettings", "%1 must be worker counts like 1-10 or 1,2,4,8 (got '%2')"),
                     {opt, text.toStdString()}));
        const auto lo = static_cast<int>(parseCount(ends.front().trimmed().toStdString(), opt, 1, kMaxWorkers));
        const auto hi = static_cast<int>(parseCount(ends.back().trimmed().toStdString(), opt, 1, kMaxWorkers));
        if (hi < lo)
            throw Error(fill(translate("parlab::LabSettings", "%1 has a range that runs backwards ('%2')"),
                             {opt, part.trimmed().toStdString()}));
        for (int k = lo; k <= hi; ++k)
            if (!out.contains(k))
                out.push_back(k);
    }
    if (out.isEmpty())
        throw Error(
            fill(translate("parlab::LabSettings", "%1 must name at least one worker count (e.g. 1-10)"), {opt}));
    std::sort(out.begin(), out.end());
    return out;
}

int PiControls::sweepRepeats() const
{
    return sweepRepeats_->value();
}

double PiControls::sweepTarget() const
{
    return sweepTarget_->value();
}

QVector<int> PiControls::sweepWorkers() const
{
    return parseWorkerList(sweep_->text(), tr("sweep workers"));
}

void PiControls::applySetting(const QString& name, const QString& value)
{
    const std::string v = value.trimmed().toStdString();
    const std::string option = "--" + name.toStdString();
    if (name == QLatin1String("workers")) {
        const auto k = static_cast<int>(parseCount(v, option, 1, kMaxWorkers));
        if (k > workers_->maximum())
            workers_->setMaximum(k); // oversubscription beyond 4× the cores, asked for explicitly
        workers_->setValue(k);
    } else if (name == QLatin1String("samples")) {
        // The command line's limits, not the slider's: `parlab --samples 100` must mean what
        // `parlab run pi --samples 100` means. The slider stretches, as for workers above.
        const std::uint64_t n = samplesArg(v);
        if (n < samples_->minimum() || n > samples_->maximum())
            samples_->setRange(std::min<std::uint64_t>(n, samples_->minimum()),
                               std::max<std::uint64_t>(n, samples_->maximum()));
        samples_->setValue(n);
    } else if (name == QLatin1String("blocks")) {
        blocks_->setValue(
            value.trimmed() == QLatin1String("auto") ? 0 : static_cast<int>(parseCount(v, option, 1, kMaxPiBlocks)));
    } else if (name == QLatin1String("seed")) {
        seed_->setText(QString::number(parseCount(v, option, 0, ~std::uint64_t{0})));
    } else if (name == QLatin1String("backend")) {
        applyEnum<Backend>(backend_, name, value.trimmed());
    } else if (name == QLatin1String("kernel")) {
        applyEnum<Kernel>(kernel_, name, value.trimmed());
    } else if (name == QLatin1String("seeding")) {
        applyEnum<Seeding>(seeding_, name, value.trimmed());
    } else {
        throw Error(fill(translate("parlab::LabSettings", "%1 does not apply to the π lab"), {option}));
    }
}

void PiControls::setNoisyPoints(int n)
{
    remeasure_->setText(tr("Re-measure %n noisy point(s)", nullptr, n));
    remeasure_->setVisible(n > 0);
}

void PiControls::setBusy(bool busy)
{
    if (busy)
        remeasure_->hide();
    // Settings stay editable only between runs: what the charts show is the run that was asked for.
    for (QWidget* w :
         std::initializer_list<QWidget*>{workers_, samples_, blocks_, backend_, kernel_, seeding_, seed_, sweep_})
        w->setEnabled(!busy);
    run_->setRunning(busy);
}

} // namespace parlab::ui
