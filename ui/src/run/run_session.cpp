/// @file run_session.cpp
/// @brief The launcher thread of a run or sweep, and its hand-back to the GUI thread.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/run_session.h"

#include "text/measurement_notes.h"

#include "parlab/error.h"
#include "run/measurement_gate.h"

#include <QMetaObject>

namespace parlab::ui {

RunSession::RunSession(const QString& what, QObject* parent) : QObject(parent), what_(what) {}

RunSession::~RunSession()
{
    if (cancel_)
        cancel_->cancel();
    join();
    MeasurementGate::instance().release(this);
}

QString RunSession::busyNote() const
{
    return lastLoad_.known ? busyWarning(lastLoad_.backgroundCores) : QString();
}

QString RunSession::busyElsewhere() const
{
    return MeasurementGate::instance().heldByOtherThan(this);
}

void RunSession::join()
{
    if (thread_.joinable())
        thread_.join();
}

bool RunSession::start(Job job)
{
    if (running_ || !MeasurementGate::instance().tryAcquire(this, what_))
        return false;
    join(); // the previous job has ended (its ended() was delivered); reap its thread
    cancel_ = std::make_unique<CancelToken>();
    running_ = true;
    Q_EMIT started();
    const CancelToken* token = cancel_.get();
    thread_ = std::thread([this, token, job = std::move(job)] {
        LoadMeter meter;
        meter.start();
        RunOutcome outcome = RunOutcome::finished;
        QString message;
        try {
            outcome = job(*token) ? RunOutcome::finished : RunOutcome::cancelled;
        } catch (const parlab::Error& e) {
            outcome = RunOutcome::failed;
            message = QString::fromStdString(e.what());
        } catch (const std::exception& e) {
            outcome = RunOutcome::failed;
            message = QString::fromStdString(e.what());
        }
        if (outcome == RunOutcome::finished && token->cancelled())
            outcome = RunOutcome::cancelled;
        const MachineLoad load = meter.stop();
        post([this, outcome, message, load] {
            lastLoad_ = load;
            running_ = false;
            MeasurementGate::instance().release(this);
            Q_EMIT ended(outcome, message);
        });
    });
    return true;
}

void RunSession::stop()
{
    if (running_ && cancel_)
        cancel_->cancel();
}

void RunSession::publishTelemetry(std::shared_ptr<Telemetry> telemetry)
{
    std::lock_guard lock(mutex_);
    telemetry_ = std::move(telemetry);
}

std::shared_ptr<Telemetry> RunSession::telemetry() const
{
    std::lock_guard lock(mutex_);
    return telemetry_;
}

void RunSession::post(std::function<void()> f)
{
    // Queued to this object's thread; Qt drops the call if the session is destroyed first.
    QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

} // namespace parlab::ui
