/// @file pi_controls.h
/// @brief The π lab's control panel: workers, darts, blocks, backend, kernel, seeding, seed,
/// the sweep's worker counts, and the shared Run / Stop / Sweep row.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/pi.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace parlab::ui {

class LogSlider;
class MarkedSlider;
class RunControls;

/// Every control only edits a value: nothing is computed when a slider moves, so dragging never
/// stalls the window. request() turns the current values into the core's parameters.
class PiControls : public QWidget {
    Q_OBJECT
  public:
    explicit PiControls(QWidget* parent = nullptr);

    /// The run the controls describe now (blocks = 0 while "auto": one block per worker).
    [[nodiscard]] PiParams request() const;
    /// The worker counts a sweep measures, from the sweep field ("1-10", "1,2,4,8").
    [[nodiscard]] QVector<int> sweepWorkers() const;
    /// How many times the sweep measures each worker count.
    [[nodiscard]] int sweepRepeats() const;
    /// The sweep's fastest point lasts at least this long (darts are added until it does).
    [[nodiscard]] double sweepTarget() const;
    /// Parses a list of worker counts; throws parlab::Error naming `option` when it is not one.
    static QVector<int> parseWorkerList(const QString& text, const QString& option);

    /// Start-up settings go through the same widgets a person uses; throws parlab::Error naming
    /// the option ("--workers must be …") on a bad value.
    void applySetting(const QString& name, const QString& value);

    void setBusy(bool busy);
    /// Offers "Re-measure N noisy point(s)" under the sweep settings (hidden for 0).
    void setNoisyPoints(int n);

    [[nodiscard]] RunControls* runControls() const { return run_; }
    [[nodiscard]] MarkedSlider* workersSlider() const { return workers_; }
    [[nodiscard]] LogSlider* samplesSlider() const { return samples_; }
    [[nodiscard]] QSpinBox* blocksBox() const { return blocks_; }
    [[nodiscard]] QComboBox* backendBox() const { return backend_; }
    [[nodiscard]] QComboBox* kernelBox() const { return kernel_; }
    [[nodiscard]] QComboBox* seedingBox() const { return seeding_; }
    [[nodiscard]] QLineEdit* seedBox() const { return seed_; }
    [[nodiscard]] QLineEdit* sweepField() const { return sweep_; }
    /// What is wrong with the sweep's list, in red under the field (empty and hidden when nothing).
    [[nodiscard]] QLabel* sweepNote() const { return sweepNote_; }
    /// The one-line hints under backend and kernel, and the identical-seeding lesson (hidden
    /// unless seeding is identical).
    [[nodiscard]] QLabel* backendHint() const { return backendHint_; }
    [[nodiscard]] QLabel* kernelHint() const { return kernelHint_; }
    [[nodiscard]] QLabel* seedingLesson() const { return seedingLesson_; }

  Q_SIGNALS:
    /// Any control changed the run request.
    void requestChanged();
    /// The re-measure button was pressed.
    void remeasureRequested();

  private:
    void showWorkers();
    void showHints();
    MarkedSlider* workers_;
    QLabel* workersLabel_;
    LogSlider* samples_;
    QSpinBox* blocks_;
    QComboBox* backend_;
    QComboBox* kernel_;
    QComboBox* seeding_;
    QLabel* backendHint_;
    QLabel* kernelHint_;
    QLabel* seedingLesson_;
    QLineEdit* seed_; ///< a line edit: seeds are 64-bit, as on the command line
    QLineEdit* sweep_;
    QLabel* sweepNote_;
    QSpinBox* sweepRepeats_;
    QDoubleSpinBox* sweepTarget_;
    QPushButton* remeasure_;
    RunControls* run_;
};

} // namespace parlab::ui
