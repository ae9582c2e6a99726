/// @file log_time_box.cpp
/// @brief One box follows whichever figure is shown, so the choice carries from figure to figure.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/log_time_box.h"

#include "figures/xy_figure_view.h"

namespace parlab::ui {

LogTimeBox::LogTimeBox(QWidget* parent) : QCheckBox(tr("log time axis"), parent)
{
    setObjectName(QStringLiteral("logTimeAxis"));
    setToolTip(tr("Time on a log scale: with chunksize 1 costing a hundred times the default, a linear axis "
                  "flattens the rest of the U-curve against zero"));
    setVisible(false);
    connect(this, &QCheckBox::toggled, this, [this](bool on) {
        if (view_)
            view_->setLogY(on);
    });
}

void LogTimeBox::follow(QWidget* view)
{
    view_ = qobject_cast<XyFigureView*>(view);
    const bool offered = view_ && view_->offersLogY();
    if (!offered)
        view_ = nullptr;
    else
        view_->setLogY(isChecked());
    setVisible(offered);
}

} // namespace parlab::ui
