/// @file machine_load_label.h
/// @brief The status bar's reading of how busy the machine is, taken when a lab opens: a class
///        should know before measuring that a video call is eating a core.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/machine_load.h"

#include <QLabel>
#include <QTimer>

namespace parlab::ui {

class MachineLoadLabel : public QLabel {
    Q_OBJECT
  public:
    explicit MachineLoadLabel(QWidget* parent = nullptr);
    /// Reads the load over the next second (two reads of /proc, no work in between), unless a
    /// measurement is running: parlab's own unreaped workers would then count as other programs.
    void check();
    /// Shows a reading (also what check() ends with).
    void showLoad(const MachineLoad& load);
    [[nodiscard]] bool busy() const { return busy_; }

  private:
    LoadMeter meter_;
    QTimer timer_;
    bool busy_ = false;
};

} // namespace parlab::ui
