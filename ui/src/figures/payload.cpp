/// @file payload.cpp
/// @brief Reading and writing figure payloads.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/payload.h"

#include "parlab/statistics.h"

#include <algorithm>
#include <cmath>

namespace parlab::ui {

Payload Payload::parse(const QString& text)
{
    Payload p;
    int extraColumns = 0; // an exported CSV's median_seconds,min_seconds,max_seconds,repeats
    for (const QString& raw : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("series,x,y"))) {
            extraColumns = static_cast<int>(line.count(QLatin1Char(','))) - 2;
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
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
        for (int drop = 0; drop < extraColumns && line.lastIndexOf(QLatin1Char(',')) > 0; ++drop)
            line.truncate(line.lastIndexOf(QLatin1Char(',')));
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

namespace {

const QString kRepeats = QStringLiteral("repeats");

// A repeats record: x, the seconds joined by ';', then the series (last: a name may hold commas).
bool sameX(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

void Payload::removeSeries(const QString& series)
{
    order_.removeAll(series);
    series_.remove(series);
    auto& reps = records_[kRepeats];
    reps.erase(std::remove_if(
                   reps.begin(), reps.end(),
                   [&](const QStringList& r) { return r.size() >= 3 && r.mid(2).join(QLatin1Char(',')) == series; }),
               reps.end());
    if (reps.isEmpty())
        records_.remove(kRepeats);
}

void Payload::addTiming(const QString& series, double x, const std::vector<double>& seconds)
{
    if (seconds.empty())
        return;
    add(series, x, parlab::median(seconds));
    QStringList all;
    for (double s : seconds)
        all << QString::number(s, 'g', 9);
    addRecord(kRepeats, {QString::number(x, 'g', 12), all.join(QLatin1Char(';')), series});
}

void Payload::setTiming(const QString& series, double x, const std::vector<double>& seconds)
{
    if (seconds.empty())
        return;
    if (!repeats(series, x)) {
        addTiming(series, x, seconds);
        return;
    }
    for (QPointF& pt : series_[series])
        if (sameX(pt.x(), x))
            pt.setY(parlab::median(seconds));
    QStringList all;
    for (double s : seconds)
        all << QString::number(s, 'g', 9);
    for (QStringList& r : records_[kRepeats])
        if (r.size() >= 3 && sameX(r[0].toDouble(), x) && r.mid(2).join(QLatin1Char(',')) == series)
            r[1] = all.join(QLatin1Char(';'));
}

std::optional<std::vector<double>> Payload::repeats(const QString& series, double x) const
{
    for (const QStringList& r : records_.value(kRepeats)) {
        if (r.size() < 3 || !sameX(r[0].toDouble(), x) || r.mid(2).join(QLatin1Char(',')) != series)
            continue;
        std::vector<double> out;
        for (const QString& v : r[1].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (ok)
                out.push_back(d);
        }
        if (!out.empty())
            return out;
    }
    return std::nullopt;
}

QVector<Payload::Noisy> Payload::noisyPoints(double maxRatio) const
{
    QVector<Noisy> out;
    for (const QStringList& r : records_.value(kRepeats)) {
        if (r.size() < 3)
            continue;
        const QString series = r.mid(2).join(QLatin1Char(','));
        const auto all = repeats(series, r[0].toDouble());
        if (!all || all->size() < 2)
            continue;
        const auto [lo, hi] = std::minmax_element(all->begin(), all->end());
        const double ratio = *lo > 0 ? *hi / *lo : 0;
        if (ratio > maxRatio)
            out.push_back({series, r[0].toDouble(), ratio});
    }
    return out;
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
    out += QStringLiteral("series,x,y,median_seconds,min_seconds,max_seconds,repeats\n");
    for (const QString& name : order_) {
        const QString field =
            name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('"'))
                ? QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"')
                : name;
        for (const QPointF& pt : series_.value(name)) {
            out += field + QLatin1Char(',') + QString::number(pt.x(), 'g', 12) + QLatin1Char(',') +
                   QString::number(pt.y(), 'g', 12);
            if (const auto all = repeats(name, pt.x())) {
                const Timing t = summarize(*all);
                QStringList each;
                for (double s : t.seconds)
                    each << QString::number(s, 'g', 9);
                out += QLatin1Char(',') + QString::number(t.median, 'g', 9) + QLatin1Char(',') +
                       QString::number(t.min, 'g', 9) + QLatin1Char(',') + QString::number(t.max, 'g', 9) +
                       QLatin1Char(',') + each.join(QLatin1Char(';'));
            } else {
                out += QStringLiteral(",,,,");
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace parlab::ui
