/// @file export_menu.h
/// @brief The export menu every chart gets: PNG (1×/2×/3×), SVG, CSV, copy — from a right click,
/// the toolbar or Ctrl+E (which use the chart the pointer was last over).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/chart_export.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QChartView;
class QMenu;

namespace parlab::ui {

class ExportMenu : public QObject {
    Q_OBJECT
  public:
    using Provider = std::function<ChartExport()>;

    /// Gives `chart` a context menu with the export actions; `provider` describes it at the time
    /// of the export (so the footer carries the parameters of the data shown).
    static ExportMenu* attach(QWidget* chart, Provider provider);
    /// The common case: a chart view exported as it is, its series as the CSV, the footer asked
    /// for at export time (so it names the settings of the data shown).
    static ExportMenu* attachView(QChartView* view, const QString& name, std::function<QString()> footer,
                                  bool svgSensible = true);
    /// The chart the pointer was last over, or the first attached chart still visible.
    static ExportMenu* active();

    /// Pops the menu up over the chart (for Ctrl+E and the toolbar button).
    void popup();
    [[nodiscard]] QWidget* chart() const { return chart_; }
    [[nodiscard]] ChartExport describe() const { return provider_(); }

    /// Whether exports carry the footer / CSV header (remembered in the settings).
    static bool footerEnabled();
    static void setFooterEnabled(bool on);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    ExportMenu(QWidget* chart, Provider provider);
    QMenu* buildMenu();
    void savePng(qreal scale);
    void saveSvg();
    void saveCsv();
    void copy();
    QString askPath(const QString& title, const QString& suffix, const QString& filter);
    void report(const QString& error, const QString& path);

    QPointer<QWidget> chart_;
    Provider provider_;
};

} // namespace parlab::ui
