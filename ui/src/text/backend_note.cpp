/// @file backend_note.cpp
/// @brief Words for BackendStats: the poison pills of a queue run, a processes run's start-up.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/backend_note.h"

#include "text/format.h"

#include <QCoreApplication>
#include <QStringList>

namespace parlab::ui {

QString backendNote(const BackendStats& stats, Backend backend, bool queue, int workers)
{
    QStringList parts;
    if (queue) {
        const auto pills = static_cast<int>(stats.pills);
        if (pills == 1 && workers == 1)
            parts << QCoreApplication::translate("BackendNote", "1 poison pill: the worker exited on it");
        else if (pills == workers)
            parts << QCoreApplication::translate("BackendNote", "%1 poison pills: each worker exited on its pill")
                         .arg(pills);
        else
            parts << QCoreApplication::translate("BackendNote", "%1 of %2 workers exited on a poison pill")
                         .arg(pills)
                         .arg(workers);
    }
    if (backend == Backend::processes && stats.startupSeconds > 0)
        parts << QCoreApplication::translate("BackendNote", "process start-up %1 (slowest worker)")
                     .arg(humanSeconds(stats.startupSeconds));
    return parts.join(QStringLiteral(" · "));
}

} // namespace parlab::ui
