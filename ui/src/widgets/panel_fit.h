/// @file panel_fit.h
/// @brief Keeps a side panel's scroll area as wide as the panel asks, whenever a row of it grows
/// (a longer count, a button that appears after a sweep), so no control is cut at its right edge.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QScrollArea;
class QWidget;

namespace parlab::ui {

class PanelFit : public QObject {
  public:
    /// Fits `scroll` to `panel`'s size hint plus `extra` pixels once the page is laid out, then each
    /// time the panel's layout is redone. The fitter is owned by `scroll`.
    static void keep(QScrollArea* scroll, QWidget* panel, int extra);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    PanelFit(QScrollArea* scroll, QWidget* panel, int extra);
    void fit();
    void fitSoon();

    QScrollArea* scroll_;
    QWidget* panel_;
    int extra_;
};

} // namespace parlab::ui
