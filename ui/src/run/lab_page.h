/// @file lab_page.h
/// @brief What the main window needs from a lab page (π, primes, …): settings, run, sweep, stop.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/run_session.h"

#include <QStringList>
#include <QWidget>

namespace parlab::ui {

class LabPage : public QWidget {
    Q_OBJECT
  public:
    using QWidget::QWidget;

    /// Short id used by `--lab` ("pi", "primes").
    [[nodiscard]] virtual QString labId() const = 0;
    /// Tab title ("π lab").
    [[nodiscard]] virtual QString title() const = 0;
    /// Start-up settings this page understands (`--workers`, `--samples`, … without dashes).
    [[nodiscard]] virtual QStringList settingNames() const = 0;
    /// Applies one start-up setting; throws parlab::Error (naming it) on a bad value.
    virtual void applySetting(const QString& name, const QString& value) = 0;
    /// Sweep kinds `--sweep` accepts on this page ("workers"; "chunksize", "chunks").
    [[nodiscard]] virtual QStringList sweepKinds() const = 0;

    virtual void startRun() = 0;
    virtual void startSweep(const QString& kind) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isBusy() const = 0;

  Q_SIGNALS:
    /// A sentence for the status bar ("finished in 1.23 s", "stopped", "failed: …").
    void statusMessage(const QString& text);
    /// A run or sweep has ended, however it ended.
    void runEnded(parlab::ui::RunOutcome outcome, const QString& message);
};

} // namespace parlab::ui
