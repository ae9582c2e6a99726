/// @file payload.cpp
/// @brief Reading and writing figure payloads.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/payload.h"

namespace parlab::ui {

Payload Payload::parse(const QString& text)
{
    Payload p;
    for (const QString& raw : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('#')) || line == QLatin1String("series,x,y"))
            continue;
        if (line.startsWith(QLatin1Char('@'))) {
            const int comma = line.indexOf(QLatin1Char(','));
            if (comma > 1)
                p.setFact(line.mid(1, comma - 1), line.mid(comma + 1));
            continue;
        }
        if (line.startsWith(QLatin1Char('!'))) {
            QStringList fields = line.mid(1).split(QLatin1Char(','));
            const QString kind = fields.takeFirst();
            p.addRecord(kind, fields);
            continue;
        }
        const int last = line.lastIndexOf(QLatin1Char(','));
        const int middle = last > 0 ? line.lastIndexOf(QLatin1Char(','), last - 1) : -1;
        if (middle <= 0)
            continue; // not a point: skipped, never guessed at
        bool okX = false, okY = false;
        const double x = line.mid(middle + 1, last - middle - 1).toDouble(&okX);
        const double y = line.mid(last + 1).toDouble(&okY);
        if (okX && okY)
            p.add(line.left(middle), x, y);
    }
    return p;
}

void Payload::add(const QString& series, double x, double y)
{
    if (!series_.contains(series))
        order_ << series;
    series_[series].push_back(QPointF(x, y));
}

void Payload::setFact(const QString& key, const QString& value)
{
    if (!facts_.contains(key))
        factOrder_ << key;
    facts_[key] = value;
}

void Payload::addRecord(const QString& kind, const QStringList& fields)
{
    records_[kind].push_back(fields);
}

double Payload::factNumber(const QString& key, double fallback) const
{
    bool ok = false;
    const double v = facts_.value(key).toDouble(&ok);
    return ok ? v : fallback;
}

QString Payload::text() const
{
    QString out;
    for (const QString& k : factOrder_)
        out += QLatin1Char('@') + k + QLatin1Char(',') + facts_.value(k) + QLatin1Char('\n');
    for (auto it = records_.cbegin(); it != records_.cend(); ++it)
        for (const QStringList& r : it.value())
            out += QLatin1Char('!') + it.key() + QLatin1Char(',') + r.join(QLatin1Char(',')) + QLatin1Char('\n');
    out += QStringLiteral("series,x,y\n");
    for (const QString& name : order_)
        for (const QPointF& pt : series_.value(name))
            out += name + QLatin1Char(',') + QString::number(pt.x(), 'g', 12) + QLatin1Char(',') +
                   QString::number(pt.y(), 'g', 12) + QLatin1Char('\n');
    return out;
}

QString Payload::csv() const
{
    // For other programs (pandas, R, a spreadsheet): facts as comment lines, then one table.
    QString out;
    for (const QString& k : factOrder_)
        out += QStringLiteral("# ") + k + QStringLiteral(": ") + facts_.value(k) + QLatin1Char('\n');
    out += QStringLiteral("series,x,y\n");
    for (const QString& name : order_) {
        const QString field =
            name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('"'))
                ? QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"')
                : name;
        for (const QPointF& pt : series_.value(name))
            out += field + QLatin1Char(',') + QString::number(pt.x(), 'g', 12) + QLatin1Char(',') +
                   QString::number(pt.y(), 'g', 12) + QLatin1Char('\n');
    }
    return out;
}

} // namespace parlab::ui
