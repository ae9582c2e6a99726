/// @file figure_switch.h
/// @brief Several figures drawn from one measurement, one shown at a time (time vs workers, or
///        speed-up): the π lab's sweep panel, drawn by the Figures page's own figure views.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/payload.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QStackedWidget;

namespace parlab::ui {

class Figure;
class XyFigureView;

class FigureSwitch : public QWidget {
    Q_OBJECT
  public:
    /// One view per figure id, switched by a "Show" box under them.
    FigureSwitch(const QStringList& figureIds, const QStringList& labels, QWidget* parent = nullptr);

    /// Draws the measurement into every view (each figure derives its own series from it).
    void draw(const Payload& data);
    void setCurrent(int index);
    [[nodiscard]] int current() const;
    [[nodiscard]] XyFigureView* view(int index) const;
    [[nodiscard]] XyFigureView* currentView() const { return view(current()); }
    [[nodiscard]] const Figure* currentFigure() const;
    [[nodiscard]] const Payload& data() const { return data_; }
    /// The "Show" box, for its owner to name (its saved setting's key).
    [[nodiscard]] QComboBox* chooser() const { return box_; }

  private:
    QList<const Figure*> figures_;
    QList<XyFigureView*> views_;
    QStackedWidget* stack_;
    QComboBox* box_;
    Payload data_;
};

} // namespace parlab::ui
