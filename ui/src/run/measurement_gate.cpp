/// @file measurement_gate.cpp
/// @brief One measurement at a time in the whole window.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/measurement_gate.h"

namespace parlab::ui {

MeasurementGate& MeasurementGate::instance()
{
    static MeasurementGate gate;
    return gate;
}

bool MeasurementGate::tryAcquire(const QObject* owner, const QString& what)
{
    if (owner_ && owner_ != owner)
        return false;
    owner_ = owner;
    what_ = what;
    Q_EMIT changed();
    return true;
}

void MeasurementGate::release(const QObject* owner)
{
    if (owner_ != owner)
        return;
    owner_ = nullptr;
    what_.clear();
    Q_EMIT changed();
}

QString MeasurementGate::heldByOtherThan(const QObject* asker) const
{
    return owner_ && owner_ != asker ? what_ : QString();
}

} // namespace parlab::ui
