/// @file worker_slider.cpp
/// @brief The workers slider: 1…N with "physical" and "logical" marks from machine().
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/worker_slider.h"

#include "parlab/machine.h"
#include "widgets/marked_slider.h"

#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace parlab::ui {

void markCores(MarkedSlider* slider)
{
    const MachineInfo& m = machine();
    const QColor physical(0x2e7d32), logical(0xef6c00);
    if (m.physicalCores == m.logicalCores) {
        slider->addMark(m.physicalCores,
                        m.physicalCores == 1 ? WorkerSlider::tr("1 core")
                                             : WorkerSlider::tr("%1 cores").arg(m.physicalCores),
                        physical);
    } else {
        slider->addMark(m.physicalCores, WorkerSlider::tr("%1 physical").arg(m.physicalCores), physical);
        slider->addMark(m.logicalCores, WorkerSlider::tr("%1 logical").arg(m.logicalCores), logical);
    }
}

WorkerSlider::WorkerSlider(int maxWorkers, QWidget* parent) : QWidget(parent)
{
    const MachineInfo& m = machine();
    if (maxWorkers <= 0)
        maxWorkers = std::max(8, 2 * m.logicalCores);
    slider_ = new MarkedSlider(this);
    slider_->setRange(1, maxWorkers);
    slider_->setPageStep(1);
    slider_->setTickPosition(QSlider::NoTicks);
    markCores(slider_);
    slider_->setToolTip(tr("Workers. This machine has %1 physical and %2 logical cores: more workers than "
                           "cores only take turns.")
                            .arg(m.physicalCores)
                            .arg(m.logicalCores));
    label_ = new QLabel(this);
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance(QStringLiteral("256 workers")));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_);
    const auto show = [this](int v) { label_->setText(v == 1 ? tr("1 worker") : tr("%1 workers").arg(v)); };
    connect(slider_, &QSlider::valueChanged, this, [this, show](int v) {
        show(v);
        Q_EMIT valueChanged(v);
    });
    slider_->setValue(std::min(maxWorkers, std::max(1, m.physicalCores)));
    show(slider_->value());
}

int WorkerSlider::value() const
{
    return slider_->value();
}

int WorkerSlider::maximum() const
{
    return slider_->maximum();
}

void WorkerSlider::setValue(int workers)
{
    slider_->setValue(std::clamp(workers, 1, slider_->maximum()));
}

} // namespace parlab::ui
