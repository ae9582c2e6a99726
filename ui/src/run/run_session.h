/// @file run_session.h
/// @brief Runs one job (a run or a sweep) on its own launcher thread, never the GUI thread.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/cancel_token.h"
#include "parlab/machine_load.h"
#include "parlab/telemetry.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace parlab::ui {

enum class RunOutcome { finished, cancelled, failed };

/// Owns the launcher thread and the cancel token of the job under way. The job runs the core
/// (which fans out to its workers) and may publish the Telemetry of the run it is doing, which the
/// GUI's timer reads; rare events reach the GUI as queued calls. Destroying the session (closing
/// the window mid-run) cancels the job and joins it.
class RunSession : public QObject {
    Q_OBJECT
  public:
    /// The job: runs on the launcher thread, polls the token, throws parlab::Error to fail.
    /// Returns true when it completed, false when it stopped because of the token.
    using Job = std::function<bool(const CancelToken&)>;

    /// `what` names this page's measurements for the other pages' waiting Run buttons.
    explicit RunSession(const QString& what, QObject* parent = nullptr);
    ~RunSession() override;

    /// Starts a job; false (and nothing happens) while another one runs, here or on another
    /// page (MeasurementGate: one measurement at a time).
    bool start(Job job);
    /// How busy the machine was during the last job (other programs' cores), and the sentence to
    /// show when that was enough to spoil a measurement (empty otherwise).
    [[nodiscard]] const MachineLoad& lastLoad() const { return lastLoad_; }
    [[nodiscard]] QString busyNote() const;
    /// What another page is measuring right now, or empty when this session may start.
    [[nodiscard]] QString busyElsewhere() const;
    /// Asks the job to stop; returns at once. ended(cancelled) follows within ~100 ms.
    void stop();
    [[nodiscard]] bool isRunning() const { return running_; }

    /// From the job thread: the telemetry of the run now going (readable by the GUI's timer).
    void publishTelemetry(std::shared_ptr<Telemetry> telemetry);
    [[nodiscard]] std::shared_ptr<Telemetry> telemetry() const;
    /// From the job thread: runs f on the GUI thread later (dropped if the session is gone).
    void post(std::function<void()> f);

  Q_SIGNALS:
    void started();
    void ended(parlab::ui::RunOutcome outcome, const QString& message);

  private:
    void join();

    QString what_;
    MachineLoad lastLoad_;
    std::unique_ptr<CancelToken> cancel_;
    std::thread thread_;
    bool running_ = false;
    mutable std::mutex mutex_;
    std::shared_ptr<Telemetry> telemetry_;
};

} // namespace parlab::ui
