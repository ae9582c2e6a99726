/// @file chart_export.cpp
/// @brief Rendering charts to PNG/SVG, their series to CSV, with an optional footer.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/chart_export.h"
#include "text/format.h"

#include "export/file_write.h"

#include "parlab/machine.h"
#include "parlab/version.h"

#include "parlab/translate.h"

#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTextStream>
#include <QWidget>
#include <QXYSeries>

namespace parlab::ui {

namespace {

constexpr int kFooterLine = 22; // logical pixels: one line of footer and its padding
constexpr int kFooterPad = 8;

QFont footerFont()
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(8.5);
    return f;
}

QRect footerTextRect(const QString& text, int width)
{
    return QFontMetrics(footerFont())
        .boundingRect(QRect(0, 0, std::max(1, width - 2 * kFooterPad), 100000), Qt::TextWordWrap | Qt::AlignLeft, text);
}

void paintFooter(QPainter& p, const QRect& strip, const QString& text)
{
    p.fillRect(strip, QColor(0xf4, 0xf4, 0xf4));
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.setFont(footerFont());
    // Wrapped, never cut: the settings and the machine are what make the picture reproducible.
    p.drawText(strip.adjusted(kFooterPad, 0, -kFooterPad, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
               text);
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

} // namespace

int footerHeight(const QString& footer, int width)
{
    if (footer.isEmpty())
        return 0;
    const int lines =
        std::max(1, (footerTextRect(footer, width).height() + QFontMetrics(footerFont()).lineSpacing() - 1) /
                        QFontMetrics(footerFont()).lineSpacing());
    return kFooterLine + (lines - 1) * QFontMetrics(footerFont()).lineSpacing();
}

QString standardFooter(const QString& parameters)
{
    const MachineInfo& m = machine();
    const QString machineText =
        QString::fromStdString(parlab::translate("parlab::ChartExport", "%1, %2 physical / %3 logical cores"))
            .arg(QString::fromStdString(m.cpuModel))
            .arg(m.physicalCores)
            .arg(m.logicalCores);
    const QString ver = toQString(version());
    QStringList parts;
    if (!parameters.isEmpty())
        parts << parameters;
    parts << machineText << QStringLiteral("parlab %1").arg(ver);
    return parts.join(QStringLiteral(" · "));
}

QImage renderImage(const ChartExport& e, qreal scale, bool withFooter)
{
    if (!e.widget)
        return {};
    const QSize logical = e.widget->size();
    const bool footer = withFooter && !e.footer.isEmpty();
    const int strip = footer ? footerHeight(e.footer, logical.width()) : 0;
    const QSize total(logical.width(), logical.height() + strip);
    QImage image((QSizeF(total) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    e.widget->render(&p, QPoint(0, 0), QRegion(), QWidget::DrawChildren);
    if (footer)
        paintFooter(p, QRect(0, logical.height(), logical.width(), strip), e.footer);
    p.end();
    return image;
}

QImage renderImageWidth(const ChartExport& e, int width, bool withFooter)
{
    if (!e.widget || e.widget->width() <= 0)
        return {};
    return renderImage(e, static_cast<qreal>(width) / e.widget->width(), withFooter);
}

QString chartCsv(const ChartExport& e, bool withHeader)
{
    QString out;
    QTextStream s(&out);
    if (withHeader && !e.footer.isEmpty())
        s << "# " << e.name << '\n' << "# " << e.footer << '\n';
    if (!e.csv.isEmpty()) {
        s << e.csv;
        if (!e.csv.endsWith(QLatin1Char('\n')))
            s << '\n';
        return out;
    }
    if (!e.chart)
        return out;
    bool xyHeader = false, barHeader = false;
    for (QAbstractSeries* series : e.chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            if (!xy->isVisible() || xy->count() == 0)
                continue;
            if (!xyHeader) {
                s << "series,x,y\n";
                xyHeader = true;
            }
            const QString name = csvField(xy->name().isEmpty() ? QStringLiteral("series") : xy->name());
            for (const QPointF& pt : xy->points())
                s << name << ',' << QString::number(pt.x(), 'g', 12) << ',' << QString::number(pt.y(), 'g', 12) << '\n';
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            if (!barHeader) {
                s << "set,index,value\n";
                barHeader = true;
            }
            for (QBarSet* set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    s << csvField(set->label()) << ',' << i << ',' << QString::number(set->at(i), 'g', 12) << '\n';
        }
    }
    return out;
}

QString exportFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return QStringLiteral("png");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QStringLiteral("jpeg");
    if (suffix == QLatin1String("svg"))
        return QStringLiteral("svg");
    return {};
}

QString writeImage(const QImage& image, const QString& path, const char* format)
{
    if (image.isNull())
        return QString::fromStdString(parlab::translate("parlab::ChartExport", "nothing to export"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // JPEG has no alpha: flatten on white rather than let the encoder turn it black.
    const bool jpeg = qstrcmp(format, "jpeg") == 0;
    const QImage encoded = jpeg ? image.convertToFormat(QImage::Format_RGB32) : image;
    QImageWriter writer(&buffer, format);
    if (jpeg)
        writer.setQuality(92);
    if (!writer.write(encoded))
        return QString::fromStdString(parlab::translate("parlab::ChartExport", "cannot encode %1 for %2: %3"))
            .arg(QString::fromLatin1(format), path, writer.errorString());
    return writeFileBytes(path, bytes);
}

QString writePng(const QImage& image, const QString& path)
{
    return writeImage(image, path, "png");
}

QString writeSvg(const ChartExport& e, const QString& path, bool withFooter)
{
    if (!e.widget)
        return QString::fromStdString(parlab::translate("parlab::ChartExport", "nothing to export"));
    if (!e.svgSensible)
        return QString::fromStdString(
            parlab::translate("parlab::ChartExport", "this chart is a dense dart cloud: export it as PNG"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize logical = e.widget->size();
    const bool footer = withFooter && !e.footer.isEmpty();
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    const int strip = footer ? footerHeight(e.footer, logical.width()) : 0;
    svg.setSize(QSize(logical.width(), logical.height() + strip));
    svg.setViewBox(QRect(QPoint(0, 0), svg.size()));
    svg.setTitle(e.name);
    svg.setDescription(e.footer);
    {
        QPainter p(&svg);
        e.widget->render(&p, QPoint(0, 0), QRegion(), QWidget::DrawChildren);
        if (footer)
            paintFooter(p, QRect(0, logical.height(), logical.width(), strip), e.footer);
    }
    return writeFileBytes(path, buffer.data());
}

QString writeText(const QString& text, const QString& path)
{
    return writeFileBytes(path, text.toUtf8());
}

} // namespace parlab::ui
