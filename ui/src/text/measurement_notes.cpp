/// @file measurement_notes.cpp
/// @brief Wording of the busy-machine and noisy-point warnings (one place, so the window, the
/// charts and the exported pictures say the same).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/measurement_notes.h"

#include "parlab/machine_load.h"

#include <QCoreApplication>

namespace parlab::ui {

QString busyWarning(double backgroundCores)
{
    if (!(backgroundCores > kBusyMachineCores))
        return {};
    return QCoreApplication::translate("MeasurementNotes",
                                       "the machine was busy: other programs used %1 cores — results may not show "
                                       "the lesson; close them and measure again")
        .arg(backgroundCores, 0, 'f', 1);
}

QString noisyWarning(int count, double worstRatio)
{
    if (count <= 0)
        return {};
    return QCoreApplication::translate("MeasurementNotes",
                                       "%n point(s) vary by more than 25 %1 between repeats (up to ×%2) — re-measure "
                                       "them",
                                       nullptr, count)
        .arg(QStringLiteral("%"))
        .arg(worstRatio, 0, 'f', 2);
}

} // namespace parlab::ui
