/// @file measurement_gate.h
/// @brief One measurement at a time in the whole window: parlab measures, so a lab's run and a
///        figure's measurement must never share the cores and spoil each other's timings.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace parlab::ui {

/// The GUI thread's record of which run session is measuring. RunSession takes it when a job
/// starts and gives it back when the job has ended; the Run buttons of every other page listen
/// to changed() and wait, saying why.
class MeasurementGate : public QObject {
    Q_OBJECT
  public:
    static MeasurementGate& instance();

    /// Takes the gate for `owner`; false when another owner holds it.
    bool tryAcquire(const QObject* owner, const QString& what);
    /// Gives it back (no-op unless `owner` holds it).
    void release(const QObject* owner);
    /// What another owner is measuring ("the primes lab's sweep"), or empty when `asker` may start.
    [[nodiscard]] QString heldByOtherThan(const QObject* asker) const;

  Q_SIGNALS:
    void changed();

  private:
    MeasurementGate() = default;
    const QObject* owner_ = nullptr;
    QString what_;
};

} // namespace parlab::ui
