/// @file run_controls.cpp
/// @brief The Run / Stop / Sweep row with its progress bar, rate and time left.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/run_controls.h"

#include "run/measurement_gate.h"
#include "run/run_session.h"
#include "text/format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace parlab::ui {

RunControls::RunControls(const QString& itemsName, const QString& sweepLabel, QWidget* parent)
    : QWidget(parent), itemsName_(itemsName)
{
    run_ = new QPushButton(tr("Run"), this);
    run_->setToolTip(tr("Start a run with these settings (Ctrl+R)"));
    run_->setDefault(true);
    stop_ = new QPushButton(tr("Stop"), this);
    stop_->setToolTip(tr("Stop the run or sweep under way (Esc)"));
    stop_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    progress_->setFormat(QStringLiteral("%p%"));
    rate_ = new QLabel(this);
    rate_->setWordWrap(true);
    waiting_ = new QLabel(this);
    waiting_->setWordWrap(true);
    waiting_->setStyleSheet(QStringLiteral("color:#e65100"));
    waiting_->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    if (!sweepLabel.isEmpty()) {
        sweep_ = new QPushButton(sweepLabel, this);
        buttons->addWidget(sweep_);
        connect(sweep_, &QPushButton::clicked, this, &RunControls::sweepRequested);
    }
    buttons->addWidget(stop_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(rate_);
    layout->addWidget(waiting_);

    connect(run_, &QPushButton::clicked, this, &RunControls::runRequested);
    connect(stop_, &QPushButton::clicked, this, &RunControls::stopRequested);
}

void RunControls::setRunning(bool running)
{
    running_ = running;
    refresh();
}

void RunControls::watch(const RunSession* session)
{
    session_ = session;
    connect(&MeasurementGate::instance(), &MeasurementGate::changed, this, &RunControls::refresh);
    refresh();
}

QString RunControls::waitingText() const
{
    return waiting_->isHidden() ? QString() : waiting_->text();
}

void RunControls::refresh()
{
    const QString other = session_ ? session_->busyElsewhere() : QString();
    const bool free = !running_ && other.isEmpty();
    run_->setEnabled(free);
    if (sweep_)
        sweep_->setEnabled(free);
    stop_->setEnabled(running_);
    waiting_->setVisible(!other.isEmpty());
    if (!other.isEmpty())
        waiting_->setText(
            tr("Waiting: %1 is measuring. One measurement at a time, so neither slows the other down.").arg(other));
}

void RunControls::setProgress(quint64 done, quint64 total, double elapsedSeconds)
{
    progress_->setRange(0, 1000);
    const double fraction = total ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
    progress_->setValue(static_cast<int>(fraction * 1000.0));
    const double rate = elapsedSeconds > 0 ? static_cast<double>(done) / elapsedSeconds : 0.0;
    const double left = rate > 0 ? static_cast<double>(total - std::min(done, total)) / rate : -1.0;
    const QString counts = tr("%1 of %2 %3 · %4")
                               .arg(humanCount(static_cast<double>(done)), humanCount(static_cast<double>(total)),
                                    itemsName_, humanRate(rate));
    rate_->setText(done >= total ? counts : tr("%1 · %2 left").arg(counts, humanSeconds(left)));
}

void RunControls::setIndeterminate(const QString& note)
{
    progress_->setRange(0, 0);
    rate_->setText(note);
}

void RunControls::showDone(const QString& note)
{
    progress_->setRange(0, 1000);
    progress_->setValue(1000);
    rate_->setText(note);
}

void RunControls::clearProgress()
{
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    rate_->clear();
}

} // namespace parlab::ui
