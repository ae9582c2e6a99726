/// @file main_window.h
/// @brief The main window: assembles the lab pages, the menus, shortcuts and status bar.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QVector>

class QMenu;
class QTabWidget;

namespace parlab::ui {

class LabPage;
class MachineLoadLabel;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);

    void addLab(LabPage* page);
    [[nodiscard]] LabPage* lab(const QString& id) const;
    [[nodiscard]] LabPage* currentLab() const;
    /// The status bar's load reading, taken when a page opens.
    [[nodiscard]] MachineLoadLabel* loadLabel() const { return load_; }
    void showLab(LabPage* page);
    /// When the current lab's next run or sweep ends: save the window as PNG and quit
    /// (exit code 0), or quit with code 1 and a message when it did not finish.
    void screenshotWhenDone(const QString& file);
    /// The menus other parts of the window add their entries to (presenter mode, lessons,
    /// language, …), so each feature keeps its actions in its own file.
    [[nodiscard]] QMenu* viewMenu() const { return view_; }
    [[nodiscard]] QMenu* helpMenu() const { return help_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    QTabWidget* tabs_;
    MachineLoadLabel* load_;
    QMenu* view_ = nullptr;
    QMenu* help_ = nullptr;
    QVector<LabPage*> labs_;
};

} // namespace parlab::ui
