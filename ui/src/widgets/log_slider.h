/// @file log_slider.h
/// @brief A slider over a log scale with an exact value and a readable label beside it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;

namespace parlab::ui {

class MarkedSlider;

/// Dragging picks "nice" values (two significant digits) between min and max on a log scale;
/// setValue() keeps any exact value (e.g. Python's default chunksize) and moves the handle near it.
class LogSlider : public QWidget {
    Q_OBJECT
  public:
    LogSlider(quint64 min, quint64 max, QWidget* parent = nullptr);

    [[nodiscard]] quint64 value() const { return value_; }
    [[nodiscard]] quint64 minimum() const { return min_; }
    [[nodiscard]] quint64 maximum() const { return max_; }
    void setValue(quint64 v);
    /// Changes the range; the value is kept if it still fits, otherwise moved to the nearest end.
    void setRange(quint64 min, quint64 max);
    /// How the value is shown beside the slider (default: humanCount).
    void setFormatter(std::function<QString(quint64)> f);
    void addMark(quint64 value, const QString& label, const QColor& color);
    void clearMarks();
    [[nodiscard]] MarkedSlider* slider() const { return slider_; }
    /// Slider position ↔ value, exposed for tests.
    [[nodiscard]] int positionOf(quint64 v) const;
    [[nodiscard]] quint64 valueAt(int position) const;

  Q_SIGNALS:
    void valueChanged(quint64 value);

  private:
    void showValue();
    quint64 min_, max_, value_;
    MarkedSlider* slider_;
    QLabel* label_;
    std::function<QString(quint64)> format_;
    bool syncing_ = false;
};

} // namespace parlab::ui
