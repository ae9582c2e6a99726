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

#include <optional>
#include <vector>

namespace parlab::ui {

class Payload {
  public:
    Payload() = default;
    static Payload parse(const QString& text);

    void add(const QString& series, double x, double y);
    /// Drops a series (its points and its repeats).
    void removeSeries(const QString& series);
    /// A measured point: plotted at the median of its repeats, every repeat kept (a "repeats" record).
    void addTiming(const QString& series, double x, const std::vector<double>& seconds);
    /// addTiming, or when the point was measured before, its value and repeats replaced in place.
    void setTiming(const QString& series, double x, const std::vector<double>& seconds);
    /// Every repeat of a measured point, in the order measured; nullopt for points that are not timings.
    [[nodiscard]] std::optional<std::vector<double>> repeats(const QString& series, double x) const;
    /// A measured point whose repeats disagree: max / min above the ratio.
    struct Noisy {
        QString series;
        double x = 0;
        double ratio = 0;
    };
    [[nodiscard]] QVector<Noisy> noisyPoints(double maxRatio = kNoisyRatio) const;
    /// Spread beyond which a point is called noisy (the 25 %: a lesson's step is larger).
    static constexpr double kNoisyRatio = 1.25;
    void setFact(const QString& key, const QString& value);
    [[nodiscard]] QString text() const;
    /// The exported CSV: facts as "# key: value" comment lines, then one tidy table
    /// "series,x,y,median_seconds,min_seconds,max_seconds,repeats" (the last four filled for measured
    /// points, repeats separated by ';'). Other records, such as chunk events, are the figure's to export.
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
