/// @file book_results.h
/// @brief The results *High Performance Python* reports (4 physical + 4 hyperthread cores laptop),
/// (Gorelick & Ozsvald, chapter "The multiprocessing Module", figures 9-2 to 9-14), for the
/// optional dashed "book" overlay.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QVector>

namespace parlab::ui::book {

/// Fig. 9-2: processes, pure Python, 1e8 darts: (workers, seconds).
inline const QVector<QPointF> kProcessesPurePython{{1, 71.0}, {2, 37.1}, {4, 18.1}, {8, 18.7}};
/// Fig. 9-11: time vs chunksize, 4 workers, n in [1e8, 1e8+1e5): (chunksize, seconds).
inline const QVector<QPointF> kChunksize{{1, 2.13},  {2, 1.42},   {4, 0.89},    {8, 0.78},     {16, 0.73},   {32, 0.69},
                                         {64, 0.68}, {100, 0.67}, {5000, 0.67}, {10000, 0.78}, {50000, 1.32}};
/// Fig. 9-13: time vs number of chunks (1…5): (chunks, seconds).
inline const QVector<QPointF> kChunkCount{{1, 2.58}, {2, 1.30}, {3, 0.87}, {4, 0.69}, {5, 1.03}};
/// Fig. 9-14: queue workers vs serial, 1e6 candidates: (processes, seconds); serial 24 s.
inline const QVector<QPointF> kQueue{{1, 97}, {2, 97}, {3, 109}, {4, 111}};
inline constexpr double kQueueSerial = 24;

/// The points scaled so the first equals `first` (times are only comparable relatively).
inline QVector<QPointF> scaledTo(const QVector<QPointF>& pts, double first)
{
    QVector<QPointF> out;
    if (pts.isEmpty() || pts.front().y() == 0)
        return out;
    for (const QPointF& p : pts)
        out.push_back({p.x(), p.y() / pts.front().y() * first});
    return out;
}

} // namespace parlab::ui::book
