/// @file window_shot.cpp
/// @brief saveWindowWhenSettled: layout requests delivered now and on three more turns, then the grab.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/window_shot.h"

#include "export/chart_export.h"

#include <QCoreApplication>
#include <QEvent>
#include <QImage>
#include <QMetaObject>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

namespace parlab::ui {

namespace {

// A chain of posted work is at most this long here: the layout request of the row that grew, the
// panel's and page's relayouts, then a chart's queued re-fit to its new size and its own layout.
constexpr int kTurns = 3;

void turn(QPointer<QWidget> window, const QString& path, std::function<void(const QString&)> done, int left)
{
    if (!window)
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (left > 0) {
        QMetaObject::invokeMethod(
            window, [window, path, done, left] { turn(window, path, done, left - 1); }, Qt::QueuedConnection);
        return;
    }
    done(writePng(window->grab().toImage(), path));
}

} // namespace

void saveWindowWhenSettled(QWidget* window, const QString& path, std::function<void(const QString&)> done)
{
    turn(window, path, std::move(done), kTurns);
}

} // namespace parlab::ui
