/// @file marked_slider.h
/// @brief A horizontal slider that draws labelled marks (core counts, Python's default chunksize).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QSlider>
#include <QStringList>
#include <QVector>

namespace parlab::ui {

class MarkedSlider : public QSlider {
    Q_OBJECT
  public:
    explicit MarkedSlider(QWidget* parent = nullptr);

    /// A mark at slider position `position` with a short label drawn under the groove.
    void addMark(int position, const QString& label, const QColor& color);
    void clearMarks();
    /// The marks' labels and colours, in the order they were added (for tests).
    [[nodiscard]] QStringList markLabels() const
    {
        QStringList out;
        for (const Mark& m : marks_)
            out << m.label;
        return out;
    }
    [[nodiscard]] QList<QColor> markColors() const
    {
        QList<QColor> out;
        for (const Mark& m : marks_)
            out << m.color;
        return out;
    }
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    struct Mark {
        int position;
        QString label;
        QColor color;
    };
    QVector<Mark> marks_;
};

} // namespace parlab::ui
