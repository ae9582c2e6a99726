/// @file worker_slider.h
/// @brief A workers slider (1…N) with the machine's physical and logical core counts marked.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace parlab::ui {

class MarkedSlider;

/// Marks show where the physical and logical cores end, because that is where the chapter's
/// speed-up curves bend: past the physical cores hyperthreads add little, past the logical ones
/// workers only take turns.
/// Marks this machine's cores on a workers slider — one wording and one colour rule for every
/// lab: green where the physical cores end, orange where the logical ones do.
void markCores(MarkedSlider* slider);

class WorkerSlider : public QWidget {
    Q_OBJECT
  public:
    /// maxWorkers 0: twice the logical cores (room to show oversubscription), at least 8.
    explicit WorkerSlider(int maxWorkers = 0, QWidget* parent = nullptr);

    [[nodiscard]] int value() const;
    [[nodiscard]] int maximum() const;
    /// Clamped to 1…maximum().
    void setValue(int workers);
    [[nodiscard]] MarkedSlider* slider() const { return slider_; }

  Q_SIGNALS:
    void valueChanged(int workers);

  private:
    MarkedSlider* slider_;
    QLabel* label_;
};

} // namespace parlab::ui
