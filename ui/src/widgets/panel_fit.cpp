/// @file panel_fit.cpp
/// @brief PanelFit: refits on the panel's LayoutRequest, with the panel's layout brought up to date.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panel_fit.h"

#include <QEvent>
#include <QLayout>
#include <QMetaObject>
#include <QScrollArea>

namespace parlab::ui {

PanelFit::PanelFit(QScrollArea* scroll, QWidget* panel, int extra)
    : QObject(scroll), scroll_(scroll), panel_(panel), extra_(extra)
{
    panel_->installEventFilter(this);
}

void PanelFit::keep(QScrollArea* scroll, QWidget* panel, int extra)
{
    (new PanelFit(scroll, panel, extra))->fitSoon();
}

bool PanelFit::eventFilter(QObject* watched, QEvent* event)
{
    // At once, not queued: a picture taken when the run ends (--screenshot) must see the fitted
    // column. The panel's layout is brought up to date first, for its new size hint.
    if (watched == panel_ && event->type() == QEvent::LayoutRequest) {
        if (QLayout* l = panel_->layout())
            l->activate();
        fit();
    }
    return QObject::eventFilter(watched, event);
}

void PanelFit::fit()
{
    // It converges: the width changes only when the panel's size hint does, and resizing the
    // panel (the scroll area's doing) does not change its hint.
    const int width = panel_->sizeHint().width() + extra_;
    if (scroll_->minimumWidth() != width || scroll_->maximumWidth() != width)
        scroll_->setFixedWidth(width);
}

void PanelFit::fitSoon()
{
    // The first fit waits for the page to be laid out, when presenter mode's folds are known.
    QMetaObject::invokeMethod(this, &PanelFit::fit, Qt::QueuedConnection);
}

} // namespace parlab::ui
