/// @file measure_boxes.cpp
/// @brief The repeats and target boxes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/measure_boxes.h"

#include "parlab/calibration.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace parlab::ui {

QSpinBox* repeatsBox(const QString& toolTip, QWidget* parent, int most)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QStringLiteral("repeats")); // lessons set it by name (lessons/lesson_runner.cpp)
    box->setRange(1, most);
    box->setValue(3);
    box->setToolTip(toolTip);
    return box;
}

QDoubleSpinBox* targetBox(const QString& toolTip, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QStringLiteral("target")); // lessons set it by name (lessons/lesson_runner.cpp)
    box->setRange(0.01, 60);
    box->setDecimals(2);
    box->setSingleStep(0.1);
    box->setValue(kDefaultTargetSeconds);
    box->setSuffix(QStringLiteral(" s"));
    box->setToolTip(toolTip);
    return box;
}

} // namespace parlab::ui
