/// @file language_switch.h
/// @brief View ▸ Language: switches between the system's language, English and Korean without a
/// restart, by building the window again in the new language and carrying its state over.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QWidget;

namespace parlab::ui {

class MainWindow;

/// Owns the main window. Every widget's text is set once, in its constructor, in the language
/// current then; rebuilding the window is what retranslates every page, chart and menu (other
/// parts' menu entries included, since `build` adds them), rather than a retranslate hook in
/// every class. What the user set is carried over: the page, every control's value, geometry.
class LanguageSwitch : public QObject {
    Q_OBJECT
  public:
    using Build = std::function<MainWindow*()>;
    /// Builds the first window with `build`; later switches call it again.
    explicit LanguageSwitch(Build build);
    ~LanguageSwitch() override;

    [[nodiscard]] MainWindow* window() const { return window_; }
    /// Switches to "ko", "en" or "system", saves the choice and rebuilds the window. Refused
    /// (returns false) while a page is running: a rebuild would stop the run.
    bool switchTo(const QString& choice);

  private:
    void addMenu(MainWindow* window);
    Build build_;
    QPointer<MainWindow> window_;
};

/// Copies what the user set in `from`'s controls to the same controls of `to` (a page built
/// by the same code, in another language): sliders, spin boxes, combo boxes (by index, their
/// texts differ), check and radio buttons, line edits and tab positions.
void carryOverControls(QWidget* from, QWidget* to);

} // namespace parlab::ui
