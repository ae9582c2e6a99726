/// @file quiet_qt.cpp
/// @brief The XDG_RUNTIME_DIR filter. Qt warns when it is unset (containers, ssh, CI) although
/// parlab keeps nothing there; the warning only hides parlab's one-line messages in scripts.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/quiet_qt.h"

#include <QString>
#include <QtGlobal>

namespace parlab::ui {

namespace {

QtMessageHandler gPrevious = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (gPrevious)
        gPrevious(type, context, message);
    else
        qt_message_output(type, context, message); // not reached: Qt always has a default handler
}

} // namespace

void silenceRuntimeDirWarning()
{
    static const bool installed = [] {
        gPrevious = qInstallMessageHandler(handler);
        return true;
    }();
    (void)installed;
}

} // namespace parlab::ui
