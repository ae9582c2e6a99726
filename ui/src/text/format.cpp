/// @file format.cpp
/// @brief Human-readable counts, durations and rates, in the window's language (Korean counts
/// in 만/억/조; the decimal point and digits follow QLocale).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace parlab::ui {

namespace {

bool korean()
{
    return QLocale().language() == QLocale::Korean;
}

/// `v` with one decimal unless it is (nearly) whole, in the window's locale.
QString shortNumber(double v)
{
    const bool whole = std::fabs(v - std::round(v)) < 0.05;
    return QLocale().toString(whole ? std::round(v) : v, 'f', whole ? 0 : 1);
}

} // namespace

QString humanCount(double n)
{
    const double a = std::fabs(n);
    if (korean()) {
        // Korean counts in myriads: 만 (10⁴), 억 (10⁸), 조 (10¹²) — "2억", not "200 million".
        if (a >= 1e12)
            return QCoreApplication::translate("Format", "%1 trillion").arg(shortNumber(n / 1e12));
        if (a >= 1e8)
            return QCoreApplication::translate("Format", "%1 hundred million").arg(shortNumber(n / 1e8));
        if (a >= 1e6)
            return QCoreApplication::translate("Format", "%1 ten thousand").arg(shortNumber(n / 1e4));
        return QLocale().toString(static_cast<qlonglong>(std::llround(n)));
    }
    const auto scaled = [&](double unit, const char* word) {
        const double v = n / unit;
        const bool whole = std::fabs(v - std::round(v)) < 0.05;
        return QStringLiteral("%1 %2").arg(whole ? QString::number(std::round(v), 'f', 0) : QString::number(v, 'f', 1),
                                           QLatin1String(word));
    };
    if (a >= 1e12)
        return scaled(1e12, "trillion");
    if (a >= 1e9)
        return scaled(1e9, "billion");
    if (a >= 1e6)
        return scaled(1e6, "million");
    QLocale c(QLocale::English);
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c.toString(static_cast<qlonglong>(std::llround(n))).replace(QLatin1Char(','), QChar(0x2009));
}

QString humanSeconds(double s)
{
    if (!std::isfinite(s) || s < 0)
        return QStringLiteral("–");
    if (s < 1e-3)
        return QStringLiteral("%1 µs").arg(s * 1e6, 0, 'f', 0);
    if (s < 1)
        return QStringLiteral("%1 ms").arg(s * 1e3, 0, 'f', s < 0.01 ? 2 : 1);
    if (s < 60)
        return QCoreApplication::translate("Format", "%1 s").arg(s, 0, 'f', s < 10 ? 2 : 1);
    const auto total = static_cast<long long>(std::llround(s));
    if (total < 3600)
        return QCoreApplication::translate("Format", "%1 min %2 s").arg(total / 60).arg(total % 60);
    return QCoreApplication::translate("Format", "%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60);
}

QString humanRate(double r)
{
    if (!std::isfinite(r) || r <= 0)
        return QStringLiteral("–");
    if (r >= 1e9)
        return QStringLiteral("%1 G/s").arg(r / 1e9, 0, 'f', 2);
    if (r >= 1e6)
        return QStringLiteral("%1 M/s").arg(r / 1e6, 0, 'f', r >= 1e8 ? 0 : 1);
    if (r >= 1e3)
        return QStringLiteral("%1 k/s").arg(r / 1e3, 0, 'f', 1);
    return QStringLiteral("%1 /s").arg(r, 0, 'f', 0);
}

} // namespace parlab::ui
