/// @file figure_registry.cpp
/// @brief The list of figures, in the chapter's order.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figure_registry.h"

#include <algorithm>

namespace parlab::ui {

const FigureList& allFigures()
{
    static const FigureList list = [] {
        FigureList l;
        registerLabFigures(l);
        registerPiFigures(l);
        registerPrimesCostFigures(l);
        registerPrimesFigures(l);
        static const QStringList order{QStringLiteral("darts"),       QStringLiteral("time-vs-workers"),
                                       QStringLiteral("speedup"),     QStringLiteral("cpu-timeline"),
                                       QStringLiteral("prime-cost"),  QStringLiteral("primes-to-n"),
                                       QStringLiteral("chunksize"),   QStringLiteral("chunk-count"),
                                       QStringLiteral("worker-load"), QStringLiteral("queue-cost")};
        std::stable_sort(l.begin(), l.end(), [](const auto& a, const auto& b) {
            const auto rank = [](const QString& id) {
                const qsizetype i = order.indexOf(id);
                return i < 0 ? order.size() : i;
            };
            return rank(a->info().id) < rank(b->info().id);
        });
        return l;
    }();
    return list;
}

const Figure* findFigure(const QString& id)
{
    for (const auto& f : allFigures())
        if (f->info().id == id)
            return f.get();
    return nullptr;
}

} // namespace parlab::ui
