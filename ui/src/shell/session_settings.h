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
/// without anyone registering it — but only under the objectName given where it is created: its
/// key is "<labId>/<objectName>", whatever containers or siblings surround it, so moving a control,
/// inserting another before it or wrapping its group in a new box never hands its saved value to a
/// different control. (Keys built from class names and sibling positions did exactly that.) An
/// unnamed control is not saved, and tests/ui/session_settings_test fails on it.
/// A named widget with the dynamic property "parlabScope" (true) starts a namespace of its own:
/// the controls under it are "<labId>/<its name>/<objectName>" — the Figures page's figure views,
/// one per figure id, so two views may hold controls of the same name.
/// A widget may list extra properties to keep in a dynamic property "parlabSaved" (QStringList),
/// saved as "<key of the widget>/@<property>"; they are put back after its child controls, because
/// moving a child (a slider) can change them (a "follows the default" flag).
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

    /// The settings group this class owns (for tests). "labs" held the old path-style keys: see
    /// legacyLabsGroup().
    static QString labsGroup() { return QStringLiteral("labs2"); }
    /// Where versions before the named keys kept the controls, keyed by widget paths. It is never
    /// read — its keys could name the wrong controls now — and is removed on the next save.
    static QString legacyLabsGroup() { return QStringLiteral("labs"); }

    struct Control {
        QString key; ///< empty when the control (or its scope) has no objectName: it is not saved
        QWidget* widget;
    };
    /// Every control under a page (and every widget's saved property), in the order they are put
    /// back, with the key each is saved under — including the unnamed ones, so tests can find them.
    [[nodiscard]] static QList<Control> controlsOf(QWidget* page, const QString& labId);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    /// The saved controls of every page: named ones only, each key once.
    [[nodiscard]] QList<Control> controls() const;
    /// Applies values by key; returns the keys it found a control for.
    QSet<QString> apply(const QHash<QString, QVariant>& values) const;

    MainWindow* window_;
    QHash<QString, QVariant> defaults_;
};

} // namespace parlab::ui
