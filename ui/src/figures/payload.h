/// @file payload.h
/// @brief A figure's measurement as text: "series,x,y" rows, "@key,value" facts and "!kind,…" records. The same
/// text is drawn, cached and exported as CSV, so a cached figure is exactly the measured one.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace parlab::ui {

class Payload {
  public:
    Payload() = default;
    static Payload parse(const QString& text);

    void add(const QString& series, double x, double y);
    void setFact(const QString& key, const QString& value);
    [[nodiscard]] QString text() const;
    /// The exported CSV: facts as "# key: value" comment lines, then one tidy "series,x,y" table
    /// (records, such as chunk events, are the figure's to export as a table of their own).
    [[nodiscard]] QString csv() const;

    /// Series names in the order they first appeared.
    [[nodiscard]] const QStringList& seriesNames() const { return order_; }
    [[nodiscard]] QVector<QPointF> points(const QString& series) const { return series_.value(series); }
    [[nodiscard]] QString fact(const QString& key) const { return facts_.value(key); }
    [[nodiscard]] double factNumber(const QString& key, double fallback = 0) const;
    [[nodiscard]] bool isEmpty() const { return order_.isEmpty() && records_.isEmpty(); }
    /// Records that are not points ("!kind,field,field,…" lines), e.g. chunk events.
    void addRecord(const QString& kind, const QStringList& fields);
    [[nodiscard]] QVector<QStringList> records(const QString& kind) const { return records_.value(kind); }

  private:
    QStringList order_;
    QMap<QString, QVector<QPointF>> series_;
    QMap<QString, QString> facts_;
    QStringList factOrder_;
    QMap<QString, QVector<QStringList>> records_;
};

} // namespace parlab::ui
