/// @file run_controls.h
/// @brief Run / Stop / Sweep buttons and the progress line shared by every lab.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace parlab::ui {

class RunControls : public QWidget {
    Q_OBJECT
public:
    /// sweepLabel empty: no sweep button.
    explicit RunControls(const QString& itemsName, const QString& sweepLabel = {}, QWidget* parent = nullptr);

    void setRunning(bool running);
    /// done/total items; the rate and time left are worked out from elapsed seconds.
    void setProgress(quint64 done, quint64 total, double elapsedSeconds);
    void clearProgress();
    /// A busy bar for work whose length is not known in advance (figure presets), with a note.
    void setIndeterminate(const QString& note);

    QPushButton* runButton() const { return run_; }
    QPushButton* stopButton() const { return stop_; }
    QPushButton* sweepButton() const { return sweep_; }

Q_SIGNALS:
    void runRequested();
    void stopRequested();
    void sweepRequested();

private:
    QString itemsName_;
    QPushButton* run_;
    QPushButton* stop_;
    QPushButton* sweep_ = nullptr;
    QProgressBar* progress_;
    QLabel* rate_;
};

} // namespace parlab::ui
