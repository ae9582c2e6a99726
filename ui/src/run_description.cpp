/// @file run_description.cpp
/// @brief Run settings as one readable line.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_description.h"

#include "format.h"

namespace parlab::ui {

namespace {
QString text(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<int>(s.size()));
}
} // namespace

QString describe(const PiParams& p)
{
    return QStringLiteral("π · %1 darts · %2 workers · %3 blocks · %4 · %5 · %6 · seed %7")
        .arg(humanCount(static_cast<double>(p.samples)))
        .arg(p.workers)
        .arg(resolvedBlocks(p))
        .arg(text(name(p.kernel)), text(name(p.seeding)), text(name(p.backend)))
        .arg(p.seed);
}

QString describe(const PrimesParams& p)
{
    QString schedule = text(name(p.schedule));
    if (p.schedule == Schedule::chunked || p.schedule == Schedule::queue)
        schedule += QStringLiteral(", chunksize %1").arg(resolvedChunksize(p));
    return QStringLiteral("primes %1…%2 · %3 workers · %4 · %5 order · %6")
        .arg(p.first)
        .arg(p.last)
        .arg(p.workers)
        .arg(schedule, text(name(p.order)), text(name(p.backend)));
}

} // namespace parlab::ui
