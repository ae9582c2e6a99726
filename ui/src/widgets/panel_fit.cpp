/// @file panel_fit.cpp
/// @brief PanelFit: refits on the panel's LayoutRequest, queued so the new size hints are in.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panel_fit.h"

#include <QEvent>
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
    if (watched == panel_ && event->type() == QEvent::LayoutRequest)
        fitSoon();
    return QObject::eventFilter(watched, event);
}

void PanelFit::fitSoon()
{
    // One refit per burst of requests. It converges: the width changes only when the panel's
    // size hint does, and resizing the panel does not change its hint.
    if (pending_)
        return;
    pending_ = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            pending_ = false;
            const int width = panel_->sizeHint().width() + extra_;
            if (scroll_->width() != width || scroll_->minimumWidth() != width)
                scroll_->setFixedWidth(width);
        },
        Qt::QueuedConnection);
}

} // namespace parlab::ui
