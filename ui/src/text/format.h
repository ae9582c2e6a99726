/// @file format.h
/// @brief Numbers and durations as a class reads them: "100 million", "1.23 s", "2 min 5 s".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace parlab::ui {

/// 1 234 → "1 234"; 100 000 000 → "100 million"; 2.5e9 → "2.5 billion".
QString humanCount(double n);
/// 0.0123 → "12.3 ms"; 1.234 → "1.23 s"; 125 → "2 min 5 s".
QString humanSeconds(double s);
/// Items per second: "2.40 G/s", "350 M/s", "12.5 k/s".
QString humanRate(double perSecond);
/// The core's UTF-8 text (names, messages, the version) as a QString.
inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace parlab::ui
