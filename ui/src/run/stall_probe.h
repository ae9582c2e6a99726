/// @file stall_probe.h
/// @brief Measures how responsive the GUI thread is: a 10 ms timer records its worst gap.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace parlab::ui {

/// If the event loop is blocked, the 10 ms timer fires late; the longest interval between two
/// firings is the worst stall a user would have felt (a click or repaint waits that long).
class StallProbe : public QObject {
    Q_OBJECT
  public:
    explicit StallProbe(QObject* parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] double worstGapMs() const { return worstNs_ * 1e-6; }
    [[nodiscard]] double measuredSeconds() const { return clock_.isValid() ? clock_.nsecsElapsed() * 1e-9 : 0; }
    [[nodiscard]] int ticks() const { return ticks_; }

  private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 lastNs_ = 0;
    qint64 worstNs_ = 0;
    int ticks_ = 0;
};

} // namespace parlab::ui
