/// @file figures_page.h
/// @brief The Figures page: every figure of the chapter, one click to measure it on this
/// machine (or show it at once from the cache), with the book's results as an optional overlay.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figure.h"
#include "figures/figure_store.h"
#include "run/lab_page.h"

#include <QHash>

class QCheckBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace parlab::ui {

class LogTimeBox;
class RunControls;

class FiguresPage : public LabPage {
    Q_OBJECT
  public:
    explicit FiguresPage(QWidget* parent = nullptr);

    [[nodiscard]] QString labId() const override { return QStringLiteral("figures"); }
    [[nodiscard]] QString title() const override { return tr("Figures"); }
    [[nodiscard]] QStringList settingNames() const override { return {QStringLiteral("figure")}; }
    /// `--figure ID`: opens on that figure; throws parlab::Error for an unknown id.
    void applySetting(const QString& name, const QString& value) override;
    [[nodiscard]] QStringList sweepKinds() const override { return {}; }
    /// Measures the selected figure at its quick size.
    void startRun() override { measure(true); }
    void startSweep(const QString&) override {}
    void stop() override;
    [[nodiscard]] bool isBusy() const override;

    /// Selects a figure by id; shows its cached measurement if there is one.
    bool select(const QString& id);
    /// The view of the selected figure (for tests).
    [[nodiscard]] QWidget* currentView() const;
    [[nodiscard]] QString provenance() const;
    /// Whether the selected figure shows a measurement (fresh or from the cache): the caching
    /// lesson opens a figure and measures only when nothing is there yet.
    [[nodiscard]] bool showsMeasurement() const
    {
        const Figure* f = selected();
        return f && !payloadById_.value(f->info().id).isEmpty();
    }

    /// Measures the selected figure's preset (quick, or at the book's size) — unless another
    /// page is measuring: one measurement at a time.
    void measure(bool quick);
    /// Measures again only the points of the shown figure whose repeats disagree (> 25 %).
    void remeasureNoisy();
    /// How many points of the shown figure a re-measure would take (the button says it).
    [[nodiscard]] int noisyPoints() const;

  private:
    /// The repeats and calibration target set on the page.
    [[nodiscard]] FigureParams pageParams(bool quick) const;
    void start(const Figure* f, const FigureParams& params, const QString& what);
    void updateRemeasure();
    void showSelected();
    void redraw();
    [[nodiscard]] const Figure* selected() const;
    QWidget* viewFor(const Figure& f);

    FigureStore store_;
    RunSession* session_;
    QListWidget* list_;
    QLabel* heading_;
    QLabel* description_;
    QLabel* provenance_;
    QCheckBox* book_;
    LogTimeBox* logTime_;
    RunControls* controls_;
    QSpinBox* repeats_;
    QDoubleSpinBox* target_;
    QPushButton* remeasure_;
    QStackedWidget* views_;
    QHash<QString, QWidget*> viewById_;
    QHash<QString, QString> payloadById_;
    QHash<QString, FigureParams> paramsById_;
};

} // namespace parlab::ui
