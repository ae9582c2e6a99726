/// @file session_settings.h
/// @brief Remembers what the user set up — every control of every page, the page shown, the
/// Figures page's figure, the window's geometry — between runs of the program, and puts the
/// controls back to their defaults on request (View ▸ Reset to defaults).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariant>

class QSettings;
class QWidget;

namespace parlab::ui {

class MainWindow;

/// Controls are found by walking each page's widgets, so a control added to a page is remembered
/// without anyone registering it: a key is the widget's path of class names (or object names)
/// under its page. A widget may list extra properties to keep in a dynamic property
/// "parlabSaved" (QStringList); they are put back after its child controls, because moving a
/// child (a slider) can change them (a "follows the default" flag).
class SessionSettings : public QObject {
    Q_OBJECT
  public:
    /// Takes the controls' current values as the defaults; adds "Reset to defaults" to the View
    /// menu and saves when the window closes.
    explicit SessionSettings(MainWindow* window);

    /// Puts back the saved controls, page, figure and geometry. Command-line options are applied
    /// after this, so they win.
    void restore();
    void save() const;
    /// Every control back to its default and the saved parameters forgotten; the language,
    /// presenter mode and other features' keys are left alone.
    void resetToDefaults();

    /// The settings group this class owns (for tests).
    static QString labsGroup() { return QStringLiteral("labs"); }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    struct Control {
        QString key;
        QWidget* widget;
    };
    [[nodiscard]] QList<Control> controls() const;
    /// Applies values by key; returns the keys it found a control for.
    QSet<QString> apply(const QHash<QString, QVariant>& values) const;

    MainWindow* window_;
    QHash<QString, QVariant> defaults_;
};

} // namespace parlab::ui
