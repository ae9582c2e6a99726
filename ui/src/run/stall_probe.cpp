/// @file stall_probe.cpp
/// @brief The worst gap between the ticks of a precise 10 ms timer on the GUI thread.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/stall_probe.h"

#include <algorithm>

namespace parlab::ui {

StallProbe::StallProbe(QObject* parent) : QObject(parent)
{
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(10);
    connect(&timer_, &QTimer::timeout, this, [this] {
        const qint64 now = clock_.nsecsElapsed();
        worstNs_ = std::max(worstNs_, now - lastNs_);
        lastNs_ = now;
        ++ticks_;
    });
}

void StallProbe::start()
{
    worstNs_ = 0;
    ticks_ = 0;
    clock_.start();
    lastNs_ = 0;
    timer_.start();
}

void StallProbe::stop()
{
    timer_.stop();
}

} // namespace parlab::ui
