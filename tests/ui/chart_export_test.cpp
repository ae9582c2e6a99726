/// @file chart_export_test.cpp
/// @brief Chart export: PNG at a scale and at a width, SVG (refused for dart clouds), CSV of the
/// series with its header, and failures that leave no half-written file.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/chart_export.h"
#include "export/export_menu.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QtTest>

using namespace parlab::ui;

namespace {

int bluePixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += (c.blue() > 150 && c.red() < 90 && c.green() < 140) ? 1 : 0;
        }
    return n;
}

} // namespace

class ChartExportTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void init()
    {
        view_ = std::make_unique<QChartView>();
        auto* chart = new QChart;
        auto* line = new QLineSeries;
        line->setName(QStringLiteral("time, s"));
        line->setPen(QPen(QColor(0x10, 0x40, 0xd0), 4));
        line->replace(QList<QPointF>{{1, 1.0}, {2, 0.5}, {3, 0.34}});
        chart->addSeries(line);
        auto* set = new QBarSet(QStringLiteral("items"));
        *set << 3 << 4;
        auto* bars = new QBarSeries;
        bars->append(set);
        chart->addSeries(bars);
        chart->createDefaultAxes();
        view_->setChart(chart);
        view_->resize(400, 300);
        view_->setAttribute(Qt::WA_DontShowOnScreen);
        view_->show();
        QCoreApplication::processEvents();
        export_ = ChartExport{view_.get(), chart, QStringLiteral("test-chart"), standardFooter(QStringLiteral("p=1")),
                              {},          true};
    }

    void pngAtScaleAndWidth()
    {
        const QImage one = renderImage(export_, 1.0, false);
        QCOMPARE(one.size(), QSize(400, 300));
        QVERIFY(bluePixels(one) > 100);
        const QImage three = renderImage(export_, 3.0, true);
        // The footer strip wraps to as many lines as the settings need at this width.
        const int strip = footerHeight(export_.footer, 400);
        QVERIFY(strip >= 22);
        QCOMPARE(three.size(), QSize(1200, 3 * (300 + strip)));
        QVERIFY(bluePixels(three) > 5 * bluePixels(one)); // drawn at the scale, not stretched up
        QCOMPARE(renderImageWidth(export_, 800, false).size(), QSize(800, 600));
    }

    void pngAndSvgFiles()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("c.png"));
        QCOMPARE(writePng(renderImage(export_, 2.0, true), png), QString());
        QCOMPARE(QImage(png).size(), QSize(800, 2 * (300 + footerHeight(export_.footer, 400))));
        const QString svg = dir.filePath(QStringLiteral("c.svg"));
        QCOMPARE(writeSvg(export_, svg, true), QString());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("parlab")); // the footer is in the drawing
        ChartExport cloud = export_;
        cloud.svgSensible = false;
        QVERIFY(!writeSvg(cloud, dir.filePath(QStringLiteral("d.svg")), false).isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("d.svg"))));
    }

    void failedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/c.png"));
        QVERIFY(!writePng(renderImage(export_, 1.0, false), path).isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!writeText(QStringLiteral("x"), path).isEmpty());
    }

    void csvHasHeaderAndEveryPoint()
    {
        const QString csv = chartCsv(export_, true);
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("# test-chart"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("# p=1 · ")));
        QVERIFY(lines.contains(QStringLiteral("\"time, s\",2,0.5"))); // quoted: the name has a comma
        QVERIFY(lines.contains(QStringLiteral("items,1,4")));
        QCOMPARE(lines.filter(QStringLiteral("\"time, s\",")).size(), 3);
        QVERIFY(!chartCsv(export_, false).startsWith(QLatin1Char('#')));
    }

    void menuIsFoundForCtrlE()
    {
        ExportMenu* menu = ExportMenu::attach(view_.get(), [this] { return export_; });
        QCOMPARE(ExportMenu::active(), menu);
        QCOMPARE(menu->describe().name, QStringLiteral("test-chart"));
    }

  private:
    std::unique_ptr<QChartView> view_;
    ChartExport export_;
};

QTEST_MAIN(ChartExportTest)
#include "chart_export_test.moc"
