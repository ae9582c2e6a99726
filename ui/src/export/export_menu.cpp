/// @file export_menu.cpp
/// @brief Context menu, file dialogs and clipboard for chart exports.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_menu.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <vector>

namespace parlab::ui {

namespace {

std::vector<QPointer<ExportMenu>>& registry()
{
    static std::vector<QPointer<ExportMenu>> menus;
    return menus;
}

QPointer<ExportMenu>& lastHovered()
{
    static QPointer<ExportMenu> last;
    return last;
}

const QString kFooterKey = QStringLiteral("export/footer");

} // namespace

ExportMenu::ExportMenu(QWidget* chart, Provider provider)
    : QObject(chart), chart_(chart), provider_(std::move(provider))
{
    chart->installEventFilter(this);
}

ExportMenu* ExportMenu::attach(QWidget* chart, Provider provider)
{
    auto* menu = new ExportMenu(chart, std::move(provider));
    registry().emplace_back(menu);
    return menu;
}

ExportMenu* ExportMenu::attachView(QChartView* view, const QString& name, std::function<QString()> footer,
                                   bool svgSensible)
{
    return attach(view, [view, name, footer = std::move(footer), svgSensible] {
        return ChartExport{view, view->chart(), name, footer(), {}, svgSensible};
    });
}

ExportMenu* ExportMenu::active()
{
    if (ExportMenu* m = lastHovered(); m && m->chart_ && m->chart_->isVisible())
        return m;
    for (const auto& m : registry())
        if (m && m->chart_ && m->chart_->isVisible())
            return m;
    return nullptr;
}

bool ExportMenu::footerEnabled()
{
    return QSettings().value(kFooterKey, true).toBool();
}

void ExportMenu::setFooterEnabled(bool on)
{
    QSettings().setValue(kFooterKey, on);
}

bool ExportMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == chart_) {
        if (event->type() == QEvent::Enter)
            lastHovered() = this;
        if (event->type() == QEvent::ContextMenu) {
            lastHovered() = this;
            QMenu* menu = buildMenu();
            menu->popup(static_cast<QContextMenuEvent*>(event)->globalPos());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ExportMenu::popup()
{
    if (!chart_)
        return;
    QMenu* menu = buildMenu();
    menu->popup(chart_->mapToGlobal(chart_->rect().center()));
}

QMenu* ExportMenu::buildMenu()
{
    auto* menu = new QMenu(chart_);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const ChartExport e = provider_();
    menu->addSection(tr("Export “%1”").arg(e.name));
    for (const qreal scale : {1.0, 2.0, 3.0}) {
        const QSize px = (QSizeF(chart_->size()) * scale).toSize();
        menu->addAction(tr("Save as PNG, %1× (%2 × %3 px)…").arg(scale).arg(px.width()).arg(px.height()), this,
                        [this, scale] { savePng(scale); });
    }
    QAction* svg = menu->addAction(tr("Save as SVG…"), this, &ExportMenu::saveSvg);
    if (!e.svgSensible) {
        svg->setEnabled(false);
        svg->setText(tr("Save as SVG (not for dense dart clouds)"));
    }
    menu->addAction(tr("Save data as CSV…"), this, &ExportMenu::saveCsv);
    menu->addAction(tr("Copy image"), this, &ExportMenu::copy);
    menu->addSeparator();
    QAction* footer = menu->addAction(tr("Add footer (parameters, machine, version)"));
    footer->setCheckable(true);
    footer->setChecked(footerEnabled());
    connect(footer, &QAction::toggled, this, [](bool on) { setFooterEnabled(on); });
    return menu;
}

QString ExportMenu::askPath(const QString& title, const QString& suffix, const QString& filter)
{
    QSettings settings;
    const QString dir =
        settings.value(QStringLiteral("export/dir"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    const QString proposed = QDir(dir).filePath(provider_().name + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(chart_, title, proposed, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    return path;
}

void ExportMenu::report(const QString& error, const QString& path)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(chart_, tr("Export failed"), error);
        return;
    }
    if (auto* window = qobject_cast<QMainWindow*>(chart_ ? chart_->window() : nullptr))
        window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ExportMenu::savePng(qreal scale)
{
    const QString path = askPath(tr("Save chart as PNG"), QStringLiteral("png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // The name decides the format, as for `parlab figure --out`: a .jpg holds JPEG, never PNG.
    const QString format = exportFormat(path);
    if (format == QLatin1String("svg"))
        report(writeSvg(provider_(), path, footerEnabled()), path);
    else if (format.isEmpty())
        report(tr("%1: the name must end in .png, .jpg or .svg (the format to write)").arg(path), path);
    else
        report(writeImage(renderImage(provider_(), scale, footerEnabled()), path,
                          format == QLatin1String("png") ? "png" : "jpeg"),
               path);
}

void ExportMenu::saveSvg()
{
    const QString path = askPath(tr("Save chart as SVG"), QStringLiteral("svg"), tr("SVG drawings (*.svg)"));
    if (!path.isEmpty())
        report(writeSvg(provider_(), path, footerEnabled()), path);
}

void ExportMenu::saveCsv()
{
    const QString path = askPath(tr("Save chart data as CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        report(writeText(chartCsv(provider_(), footerEnabled()), path), path);
}

void ExportMenu::copy()
{
    const ChartExport e = provider_();
    auto* data = new QMimeData;
    data->setImageData(renderImage(e, chart_ ? chart_->devicePixelRatioF() : 1.0, footerEnabled()));
    data->setText(chartCsv(e, footerEnabled()));
    QApplication::clipboard()->setMimeData(data);
    report({}, tr("the chart to the clipboard"));
}

} // namespace parlab::ui
