/// @file primes_controls.cpp
/// @brief Builds and validates the primes lab's settings; keeps the chunksize slider's range,
/// default mark and chunk count in step with the range and the workers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/primes/primes_controls.h"

#include "charts/presentation.h"

#include "parlab/error.h"
#include "parlab/fits.h"
#include "parlab/machine.h"
#include "parlab/options.h"
#include "parlab/parse_count.h"
#include "parlab/prime_check.h"
#include "parlab/translate.h"
#include "text/format.h"
#include "widgets/item_id.h"
#include "widgets/log_slider.h"
#include "widgets/worker_slider.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>
#include <cmath>

namespace parlab::ui {

namespace {

// Trial divisions one core does per second in checkPrime (measured on the 2-core CI machine:
// ~2.2e8/s; a rough figure is enough for a "this will take long" warning).
constexpr double kLongRunSeconds = 20.0;

template <typename Enum> QComboBox* enumCombo(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    // From allValues so that values added to the core appear here by themselves.
    for (Enum v : allValues<Enum>()) {
        const std::string_view n = name(v);
        addNamedItem(box, toQString(n), static_cast<int>(v)); // saved by name, not row
    }
    return box;
}

template <typename Enum> void selectEnum(QComboBox* box, Enum v)
{
    box->setCurrentIndex(std::max(0, box->findData(static_cast<int>(v))));
}

} // namespace

PrimesControls::PrimesControls(QWidget* parent) : QWidget(parent)
{
    // Every control is named where it is made: its saved setting is kept under that name (see
    // SessionSettings), and the names are those of the command-line options.
    first_ = new QLineEdit(QString::number(firstValue_), this);
    first_->setObjectName(QStringLiteral("from"));
    last_ = new QLineEdit(QString::number(lastValue_), this);
    last_->setObjectName(QStringLiteral("to"));
    for (QLineEdit* e : {first_, last_}) {
        e->setToolTip(tr("A whole number, e.g. 100000000 or 1e8 (at most 2^53)"));
        connect(e, &QLineEdit::textChanged, this, [this] { rangeEdited(); });
    }
    rangeNote_ = new QLabel(this);
    rangeNote_->setWordWrap(true);
    workers_ = new WorkerSlider(0, this);
    workers_->setObjectName(QStringLiteral("workers"));
    chunksize_ = new LogSlider(1, 1, this);
    chunksize_->setObjectName(QStringLiteral("chunksize"));
    chunksize_->setToolTip(tr("Numbers per chunk: an idle worker takes the next chunk from a shared queue "
                              "(multiprocessing.Pool.map's chunksize)"));
    useDefault_ = new QPushButton(this);
    useDefault_->setToolTip(tr("Python's Pool.map default: ceil(n / (4 · workers)), about 4 chunks per worker"));
    chunksNote_ = new QLabel(this);
    chunksNote_->setWordWrap(true);
    schedule_ = enumCombo<Schedule>(this);
    schedule_->setObjectName(QStringLiteral("schedule"));
    selectEnum(schedule_, Schedule::chunked);
    order_ = enumCombo<Order>(this);
    order_->setObjectName(QStringLiteral("order"));
    backend_ = enumCombo<Backend>(this);
    backend_->setObjectName(QStringLiteral("backend"));
    kernel_ = enumCombo<Kernel>(this);
    kernel_->setObjectName(QStringLiteral("kernel"));
    schedule_->setToolTip(tr("static: one block per worker · chunked: chunks from a shared queue (Pool.map) · "
                             "auto: oneTBB work stealing · queue: jobs from a queue, ended by poison pills"));
    order_->setToolTip(tr("The order numbers are handed out in: natural, shuffled (seeded) or costliest first"));
    backend_->setToolTip(tr("tbb: oneTBB tasks · gil-threads: threads behind one lock · processes: real processes"));
    kernel_->setToolTip(tr("scalar: the seed's check_prime loop, one % at a time (the shape of pure Python). "
                           "batched: the same divisions, 16 at once with multiplications by inverses — about "
                           "20× faster, so the cost of handing out chunks shows"));

    auto* range = new QHBoxLayout;
    range->addWidget(first_, 1);
    range->addWidget(new QLabel(QStringLiteral("…"), this));
    range->addWidget(last_, 1);
    auto* chunkRow = new QHBoxLayout;
    chunkRow->addWidget(useDefault_);
    chunkRow->addWidget(chunksNote_, 1);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Presenter mode's larger text: a row that no longer fits puts its label above the field, so
    // the sliders keep their width and their marks do not run into the label.
    const auto wrapRows = [form] {
        form->setRowWrapPolicy(Presentation::instance().presenter() ? QFormLayout::WrapLongRows
                                                                    : QFormLayout::DontWrapRows);
    };
    wrapRows();
    connect(&Presentation::instance(), &Presentation::changed, this, wrapRows);
    form->addRow(tr("Range"), range);
    form->addRow(QString(), rangeNote_);
    form->addRow(tr("Workers"), workers_);
    form->addRow(tr("Chunksize"), chunksize_);
    form->addRow(QString(), chunkRow);
    form->addRow(tr("Schedule"), schedule_);
    form->addRow(tr("Order"), order_);
    form->addRow(tr("Backend"), backend_);
    form->addRow(tr("Kernel"), kernel_);

    connect(workers_, &WorkerSlider::valueChanged, this, [this] { refresh(); });
    connect(chunksize_, &LogSlider::valueChanged, this, [this](quint64 v) {
        if (syncing_)
            return; // moved by refresh() itself: neither the user's choice nor a reason to redo it
        followDefault_ = false;
        chosen_ = v;
        refresh();
    });
    connect(useDefault_, &QPushButton::clicked, this, [this] {
        followDefault_ = true;
        refresh();
    });
    for (QComboBox* box : {schedule_, order_, backend_, kernel_})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    setObjectName(QStringLiteral("primesControls")); // its saved property's key
    setProperty("parlabSaved", QStringList{QStringLiteral("followsDefault")});
    refresh();
}

quint64 PrimesControls::rangeCount() const
{
    return valid_ ? lastValue_ - firstValue_ + 1 : 1;
}

void PrimesControls::rangeEdited()
{
    try {
        const quint64 a = parseCount(first_->text().trimmed().toStdString(), "from", 0, kMaxPrimeCandidate);
        const quint64 b = parseCount(last_->text().trimmed().toStdString(), "to", 0, kMaxPrimeCandidate);
        if (a > b)
            throw Error(translate("parlab::LabSettings", "the first number must not be larger than the last"));
        firstValue_ = a;
        lastValue_ = b;
        valid_ = true;
        problem_.clear();
    } catch (const Error& e) {
        valid_ = false;
        problem_ = QString::fromStdString(e.what());
    }
    refresh();
}

void PrimesControls::refresh()
{
    const quint64 n = rangeCount();
    const int workers = workers_->value();
    const Schedule s = static_cast<Schedule>(schedule_->currentData().toInt());
    // What "the default" is depends on who hands the work out: Pool.map's ceil(n / (4·workers))
    // for chunks, oneTBB's grain size 1 for work stealing, and one number per job for the queue.
    // The slider shows the value the run will use, so it and the text below never disagree.
    const bool pythonsDefault = s == Schedule::chunked || s == Schedule::static_;
    const quint64 def = pythonsDefault ? defaultChunksize(n, workers) : 1;
    syncing_ = true;
    // A range being typed is invalid half of the time ("10" on the way to "100100000"): the slider
    // keeps the last valid range then, so the user's chunksize is not squeezed to 1 meanwhile.
    if (valid_) {
        chunksize_->setRange(1, n);
        chunksize_->clearMarks();
        markedDefault_ = def;
        chunksize_->addMark(def, tr("default %1").arg(humanCount(static_cast<double>(def))), QColor(0x1565c0));
        // The user's own chunksize is what the lab explores: kept, only cut to a shorter range,
        // and back in full when the range grows again.
        chunksize_->setValue(followDefault_ || s == Schedule::queue ? def : std::min(chosen_, n));
    }
    syncing_ = false;
    if (pythonsDefault)
        useDefault_->setText(followDefault_ ? tr("✓ Python's default")
                                            : tr("Use default (%1)").arg(humanCount(static_cast<double>(def))));
    else
        useDefault_->setText(followDefault_ || s == Schedule::queue ? tr("✓ default (1)") : tr("Use default (1)"));

    const PrimesParams p = params();
    const bool used = s == Schedule::chunked || s == Schedule::auto_;
    chunksize_->setEnabled(used);
    useDefault_->setEnabled(used);
    if (s == Schedule::queue)
        chunksNote_->setText(tr("queue: the feeder puts one number per job on the queue, as in the book's "
                                "example — chunksize is not used"));
    else if (s == Schedule::static_)
        chunksNote_->setText(
            tr("static: one block per worker (%1 numbers)").arg(humanCount(static_cast<double>(resolvedChunksize(p)))));
    else if (s == Schedule::auto_)
        chunksNote_->setText(tr("auto: work stealing splits down to grain size %1")
                                 .arg(humanCount(static_cast<double>(chunksize_->value()))));
    else
        chunksNote_->setText(tr("%1 chunks ≈ %2 per worker")
                                 .arg(humanCount(static_cast<double>(chunkCount(p))))
                                 .arg(static_cast<double>(chunkCount(p)) / workers, 0, 'f', 1));
    if (chunksizeCut())
        chunksNote_->setText(tr("chunksize %1 is more than the %2 numbers in the range: %2 is used · %3")
                                 .arg(humanCount(static_cast<double>(chosen_)), humanCount(static_cast<double>(n)),
                                      chunksNote_->text()));

    if (!valid_) {
        rangeNote_->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(problem_.toHtmlEscaped()));
    } else {
        const double t = estimatedSeconds();
        QString text = tr("%1 numbers").arg(humanCount(static_cast<double>(n)));
        if (t > kLongRunSeconds)
            text += QStringLiteral(" · <span style='color:#e65100'>⚠ %1</span>")
                        .arg(tr("about %1 of work: Stop works at any time").arg(humanSeconds(t)));
        rangeNote_->setText(text);
    }
    Q_EMIT changed();
}

QString PrimesControls::chunksText() const
{
    return chunksNote_->text();
}

double PrimesControls::estimatedSeconds() const
{
    if (!valid_)
        return 0;
    return estimatePrimesSeconds(firstValue_, lastValue_, workers_->value(), machine().logicalCores);
}

PrimesParams PrimesControls::params() const
{
    PrimesParams p;
    p.first = firstValue_;
    p.last = lastValue_;
    p.workers = workers_->value();
    p.schedule = static_cast<Schedule>(schedule_->currentData().toInt());
    p.order = static_cast<Order>(order_->currentData().toInt());
    p.backend = static_cast<Backend>(backend_->currentData().toInt());
    p.kernel = static_cast<Kernel>(kernel_->currentData().toInt());
    p.seed = seed_;
    p.chunksize = followDefault_ ? defaultChunksize(rangeSize(p), p.workers) : chunksize_->value();
    // Pool.map's default applies to the chunked schedule; the others keep their own defaults
    // (auto: oneTBB's grain size 1, queue: one number per job as in the book's queue example).
    if (p.schedule == Schedule::auto_) {
        p.grainsize = followDefault_ ? 0 : p.chunksize;
        p.chunksize = 0;
    } else if (p.schedule == Schedule::queue) {
        p.chunksize = 0; // one number per job: the slider is off for the queue
    }
    return p;
}

void PrimesControls::setFirst(const QString& text)
{
    const quint64 v = parseCount(text.toStdString(), "from", 0, kMaxPrimeCandidate);
    first_->setText(QString::number(v));
}

void PrimesControls::setLast(const QString& text)
{
    const quint64 v = parseCount(text.toStdString(), "to", 0, kMaxPrimeCandidate);
    last_->setText(QString::number(v));
}

void PrimesControls::setRange(const QString& first, const QString& last)
{
    setFirst(first);
    setLast(last);
}

void PrimesControls::setWorkers(int workers)
{
    if (workers < 1 || workers > workers_->maximum())
        throw Error(fill(translate("parlab::LabSettings", "workers must be 1…%1 (got %2)"),
                         {std::to_string(workers_->maximum()), std::to_string(workers)}));
    workers_->setValue(workers);
}

void PrimesControls::setFollowsDefault(bool follow)
{
    followDefault_ = follow;
    refresh();
}

void PrimesControls::setChunksize(quint64 chunksize)
{
    followDefault_ = chunksize == 0;
    if (chunksize != 0)
        chosen_ = chunksize;
    refresh();
}

bool PrimesControls::chunksizeCut() const
{
    const Schedule s = params().schedule;
    return !followDefault_ && valid_ && (s == Schedule::chunked || s == Schedule::auto_) && chosen_ > rangeCount();
}

void PrimesControls::setSchedule(Schedule s)
{
    selectEnum(schedule_, s);
}
void PrimesControls::setOrder(Order o)
{
    selectEnum(order_, o);
}
void PrimesControls::setBackend(Backend b)
{
    selectEnum(backend_, b);
}
void PrimesControls::setKernel(Kernel k)
{
    selectEnum(kernel_, k);
}

void PrimesControls::setEditable(bool editable)
{
    for (QWidget* w : std::initializer_list<QWidget*>{first_, last_, workers_, chunksize_, useDefault_, schedule_,
                                                      order_, backend_, kernel_})
        w->setEnabled(editable);
    if (editable)
        refresh();
}

} // namespace parlab::ui
