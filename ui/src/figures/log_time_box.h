/// @file log_time_box.h
/// @brief The "log time axis" check box shown beside a figure whose chart offers one (the
/// chunksize U-curve), in the primes lab and on the Figures page.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCheckBox>
#include <QPointer>

namespace parlab::ui {

class XyFigureView;

class LogTimeBox : public QCheckBox {
    Q_OBJECT
  public:
    explicit LogTimeBox(QWidget* parent = nullptr);
    /// The view the box now stands for (any widget; nullptr for none): the box shows only when
    /// it is an XyFigureView offering a log y axis, and puts its axis on the box's scale.
    void follow(QWidget* view);

  private:
    QPointer<XyFigureView> view_;
};

} // namespace parlab::ui
