/// @file time_workers_chart.h
/// @brief Time vs workers, drawn point by point as a sweep measures it, with the ideal T₁/k
/// curve, the core counts marked, and a switch to speed-up or efficiency.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <map>

class QChart;
class QComboBox;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace parlab::ui {

class TimeWorkersChart : public QWidget {
    Q_OBJECT
public:
    enum class Mode { time, speedup, efficiency };

    explicit TimeWorkersChart(QWidget* parent = nullptr);

    /// A new sweep over worker counts up to maxWorkers: no points yet.
    void reset(int maxWorkers);
    /// The sweep so far (workers → seconds, from the page's model): the chart only draws it.
    void show(const std::map<int, double>& secondsByWorkers);
    void setMode(Mode mode);
    /// Shown after the title, e.g. "cached, measured 25 Nov 19:40"; reset() clears it.
    void setNote(const QString& note);
    [[nodiscard]] Mode mode() const { return mode_; }
    /// Points drawn in the current mode (speed-up and efficiency need a 1-worker time).
    [[nodiscard]] int pointCount() const;
    [[nodiscard]] QComboBox* modeSwitch() const { return modeBox_; }
    [[nodiscard]] QChart* chart() const { return chart_; }

private:
    void redraw();
    QString note_;
    QChart* chart_;
    QValueAxis* x_;
    QValueAxis* y_;
    QLineSeries* measured_;
    QScatterSeries* dots_;
    QLineSeries* ideal_;
    QLineSeries* physical_;
    QLineSeries* logical_;
    QComboBox* modeBox_;
    std::map<int, double> times_;  // a copy of what show() was given, for mode switches
    int maxWorkers_ = 10;
    Mode mode_ = Mode::time;
};

} // namespace parlab::ui
