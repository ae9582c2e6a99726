/// @file machine_load_label.cpp
/// @brief A one-second load reading for the status bar.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/machine_load_label.h"

#include "run/measurement_gate.h"
#include "text/measurement_notes.h"

#include <QFontMetrics>

#include <algorithm>

namespace parlab::ui {

MachineLoadLabel::MachineLoadLabel(QWidget* parent) : QLabel(parent)
{
    timer_.setSingleShot(true);
    timer_.setInterval(1000);
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (MeasurementGate::instance().heldByOtherThan(nullptr).isEmpty())
            showLoad(meter_.stop());
    });
    // A fixed size: a new reading changes the text without relaying out the status bar (an idle
    // window does no layout work), and the bar does not jitter.
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const int wide = std::max(QFontMetrics(bold).horizontalAdvance(tr("⚠ other programs use %1 cores").arg(88.8)),
                              fm.horizontalAdvance(tr("machine quiet (others: %1 cores)").arg(88.8)));
    setFixedSize(wide + 12, std::max(QFontMetrics(bold).height(), fm.height()) + 4);
    setToolTip(tr("How many cores other programs used over one second, read when a page opens. Above %1 "
                  "they disturb what parlab measures.")
                   .arg(kBusyMachineCores));
}

void MachineLoadLabel::check()
{
    if (!MeasurementGate::instance().heldByOtherThan(nullptr).isEmpty() || timer_.isActive())
        return;
    meter_.start();
    timer_.start();
}

void MachineLoadLabel::showLoad(const MachineLoad& load)
{
    if (!load.known) {
        setText(QString());
        return;
    }
    busy_ = load.backgroundCores > kBusyMachineCores;
    if (busy_) {
        setText(tr("⚠ other programs use %1 cores").arg(load.backgroundCores, 0, 'f', 1));
        setStyleSheet(QStringLiteral("color: #9a3b00; font-weight: bold;"));
        setToolTip(busyWarning(load.backgroundCores));
    } else {
        setText(tr("machine quiet (others: %1 cores)").arg(load.backgroundCores, 0, 'f', 1));
        setStyleSheet(QStringLiteral("color: #2e7d32;"));
    }
}

} // namespace parlab::ui
