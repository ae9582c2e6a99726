/// @file run_controls.h
/// @brief Run / Stop / Sweep buttons and the progress line shared by every lab.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace parlab::ui {

class RunSession;

class RunControls : public QWidget {
    Q_OBJECT
  public:
    /// sweepLabel empty: no sweep button.
    explicit RunControls(const QString& itemsName, const QString& sweepLabel = {}, QWidget* parent = nullptr);

    void setRunning(bool running);
    /// Follows the window's one-measurement gate: while another page measures, Run and Sweep
    /// wait and say why.
    void watch(const RunSession* session);
    /// done/total items; the rate and time left are worked out from elapsed seconds.
    void setProgress(quint64 done, quint64 total, double elapsedSeconds);
    void clearProgress();
    /// A measurement whose progress could not be counted has finished: a full bar and a note.
    void showDone(const QString& note);
    /// A busy bar for work whose length is not known in advance (figure presets), with a note.
    void setIndeterminate(const QString& note);

    QPushButton* runButton() const { return run_; }
    QPushButton* stopButton() const { return stop_; }
    QPushButton* sweepButton() const { return sweep_; }
    /// Why Run waits (another page is measuring), or empty.
    [[nodiscard]] QString waitingText() const;

  Q_SIGNALS:
    void runRequested();
    void stopRequested();
    void sweepRequested();

  private:
    void refresh();
    QString itemsName_;
    const RunSession* session_ = nullptr;
    bool running_ = false;
    QLabel* waiting_;
    QPushButton* run_;
    QPushButton* stop_;
    QPushButton* sweep_ = nullptr;
    QProgressBar* progress_;
    QLabel* rate_;
};

} // namespace parlab::ui
