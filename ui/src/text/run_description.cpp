/// @file run_description.cpp
/// @brief Run settings as one readable line.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/run_description.h"

#include "text/format.h"

namespace parlab::ui {

QString describe(const PiParams& p)
{
    return QStringLiteral("π · %1 darts · %2 workers · %3 blocks · %4 · %5 · %6 · seed %7")
        .arg(humanCount(static_cast<double>(p.samples)))
        .arg(p.workers)
        .arg(resolvedBlocks(p))
        .arg(toQString(name(p.kernel)), toQString(name(p.seeding)), toQString(name(p.backend)))
        .arg(p.seed);
}

QString describe(const PrimesParams& p)
{
    QString schedule = toQString(name(p.schedule));
    if (p.schedule == Schedule::chunked || p.schedule == Schedule::queue)
        schedule += QStringLiteral(", chunksize %1").arg(resolvedChunksize(p));
    return QStringLiteral("primes %1…%2 · %3 workers · %4 · %5 order · %6")
        .arg(p.first)
        .arg(p.last)
        .arg(p.workers)
        .arg(schedule, toQString(name(p.order)), toQString(name(p.backend)));
}

} // namespace parlab::ui
