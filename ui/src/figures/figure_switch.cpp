/// @file figure_switch.cpp
/// @brief Several figures of one measurement, one shown at a time.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figure_switch.h"

#include "figures/figure_registry.h"
#include "figures/xy_figure_view.h"
#include "widgets/item_id.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace parlab::ui {

FigureSwitch::FigureSwitch(const QStringList& figureIds, const QStringList& labels, QWidget* parent)
    : QWidget(parent), stack_(new QStackedWidget(this)), box_(new QComboBox(this))
{
    for (qsizetype i = 0; i < figureIds.size(); ++i) {
        const Figure* f = findFigure(figureIds[i]);
        Q_ASSERT(f);
        auto* v = qobject_cast<XyFigureView*>(f->createView(stack_));
        Q_ASSERT(v);
        // A panel of the lab, not a page of its own: no page-sized minimum (Presentation sizes
        // its text for the panel).
        v->setMinimumSize(0, 0);
        figures_ << f;
        views_ << v;
        stack_->addWidget(v);
        box_->addItem(labels.value(i, figureIds[i]));
        box_->setItemData(box_->count() - 1, figureIds[i], kItemIdRole);
    }
    box_->setToolTip(tr("Which chart of the same measurement to show"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Show"), this));
    row->addWidget(box_);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_, 1);
    layout->addLayout(row);
    connect(box_, &QComboBox::currentIndexChanged, stack_, &QStackedWidget::setCurrentIndex);
    draw(Payload());
}

void FigureSwitch::draw(const Payload& data)
{
    data_ = data;
    const QString text = data.text();
    for (qsizetype i = 0; i < figures_.size(); ++i)
        figures_[i]->draw(views_[i], text, false);
}

void FigureSwitch::setCurrent(int index)
{
    box_->setCurrentIndex(index);
}

int FigureSwitch::current() const
{
    return box_->currentIndex();
}

XyFigureView* FigureSwitch::view(int index) const
{
    return views_.value(index);
}

const Figure* FigureSwitch::currentFigure() const
{
    return figures_.value(current());
}

} // namespace parlab::ui
