/// @file item_id.h
/// @brief The item role that holds a choice's stable id, so saved settings name the choice (a
/// backend, a schedule, a figure) rather than its row, which moves when an item is added before it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QString>
#include <QVariant>
#include <Qt>

namespace parlab::ui {

/// A combo box or list item's id as a QString: a core enum's command-line name, a figure id.
/// Items that already keep a string id in Qt::UserRole (the Figures list, the sweep kinds) need
/// not repeat it here.
inline constexpr int kItemIdRole = Qt::UserRole + 1;

/// Adds an item to `box` whose id is its text: a core enum's command-line name, which does not
/// change with the language.
inline void addNamedItem(QComboBox* box, const QString& name, const QVariant& data)
{
    box->addItem(name, data);
    box->setItemData(box->count() - 1, name, kItemIdRole);
}

} // namespace parlab::ui
