/// @file presentation.cpp
/// @brief Applies the presentation to charts and widgets: scaled fonts, pens and markers, wrapped
/// titles, folded secondary panels.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/presentation.h"

#include "charts/flow_legend.h"
#include "charts/palette.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QLegend>
#include <QResizeEvent>
#include <QTextDocument>
#include <QValueAxis>
#include <QWidget>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <functional>

namespace parlab::ui {

namespace {

// Properties kept on the objects styled, so styling twice never compounds.
constexpr const char* kTitleSource = "parlabTitleSource";
constexpr const char* kTitleShown = "parlabTitleShown";
constexpr const char* kBasePen = "parlabBasePen";
constexpr const char* kBaseMarker = "parlabBaseMarker";
constexpr const char* kWasHidden = "parlabWasHidden";
constexpr const char* kNoWrap = "parlabNoWrap";
constexpr const char* kTitleWanted = "parlabTitleWanted";

// A chart of about a quarter of a laptop window draws at the desktop sizes.
constexpr double kRefArea = 560.0 * 420.0;
constexpr double kMaxSizeFactor = 1.5;

void setFontIfNew(QFont current, double pt, bool bold, const std::function<void(const QFont&)>& set)
{
    if (std::abs(current.pointSizeF() - pt) < 0.01 && current.bold() == bold)
        return;
    current.setPointSizeF(pt);
    current.setBold(bold);
    set(current);
}

/// `text` in lines no wider than `width`, broken at spaces; a word wider than the line keeps a
/// line of its own (clipped rather than elided: the chart's tooltip-free title must stay whole).
QStringList wrapLine(const QString& text, const QFontMetricsF& fm, double width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QString plainOf(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

/// The title as shown: each line of the source that is too wide broken at spaces. Rich-text
/// lines (markup other than <br>) are measured by their plain text and left whole.
QString wrapTitle(const QString& source, const QFont& font, double width)
{
    const QFontMetricsF fm(font);
    const bool rich = Qt::mightBeRichText(source);
    const QStringList parts = rich ? source.split(QStringLiteral("<br>")) : source.split(QLatin1Char('\n'));
    QStringList out;
    bool changed = false;
    for (const QString& part : parts) {
        const bool markup = rich && part.contains(QLatin1Char('<'));
        const QString plain = rich ? plainOf(part) : part;
        if (markup || fm.horizontalAdvance(plain) <= width) {
            out << (rich ? part : part.toHtmlEscaped());
            continue;
        }
        changed = true;
        for (const QString& line : wrapLine(plain, fm, width))
            out << line.toHtmlEscaped();
    }
    if (!changed)
        return source;
    return out.join(QStringLiteral("<br>"));
}

} // namespace

Presentation& Presentation::instance()
{
    static auto* p = new Presentation; // lives as long as the application; never destroyed
    return *p;
}

Presentation::Presentation()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool Presentation::highContrast() const
{
    return palette::highContrast();
}

void Presentation::setPresenter(bool on)
{
    if (on == presenter_)
        return;
    presenter_ = on;
    applyUiFont();
    foldSecondary();
    restyleAll();
    Q_EMIT changed();
}

void Presentation::setHighContrast(bool on)
{
    if (on == palette::highContrast())
        return;
    palette::setHighContrast(on);
    restyleAll();
    Q_EMIT changed();
}

double Presentation::sizeFactor(const QSizeF& size)
{
    const double area = std::max(0.0, size.width()) * std::max(0.0, size.height());
    if (!std::isfinite(area))
        return 1;
    return std::clamp(std::sqrt(area / kRefArea), 1.0, kMaxSizeFactor);
}

double Presentation::lineScale(const QSizeF& size) const
{
    // Lines grow half as fast as text with the chart: a big chart needs no thick strokes.
    return scale() * (1 + (sizeFactor(size) - 1) / 2);
}

void Presentation::applyUiFont()
{
    if (uiBasePt_ == 0)
        uiBasePt_ = kUiPt;
    QFont f = QApplication::font();
    const double pt = uiBasePt_ * scale();
    if (std::abs(f.pointSizeF() - pt) < 0.01)
        return;
    f.setPointSizeF(pt);
    QApplication::setFont(f);
}

void Presentation::style(QChart* chart)
{
    if (chart)
        style(chart, chart->size());
}

void Presentation::style(QChart* chart, const QSizeF& size)
{
    if (!chart)
        return;
    const double s = scale() * sizeFactor(size);
    const QColor text = palette::text();
    setFontIfNew(chart->titleFont(), kTitlePt * s, true, [chart](const QFont& f) { chart->setTitleFont(f); });
    if (chart->titleBrush().color() != text)
        chart->setTitleBrush(text);
    for (QAbstractAxis* a : chart->axes()) {
        setFontIfNew(a->labelsFont(), kAxisLabelPt * s, false, [a](const QFont& f) { a->setLabelsFont(f); });
        setFontIfNew(a->titleFont(), kAxisTitlePt * s, false, [a](const QFont& f) { a->setTitleFont(f); });
        if (a->labelsBrush().color() != text)
            a->setLabelsBrush(text);
        if (a->titleBrush().color() != text)
            a->setTitleBrush(text);
        if (a->gridLineColor() != palette::grid())
            a->setGridLineColor(palette::grid());
    }
    QLegend* legend = chart->legend();
    setFontIfNew(legend->font(), kLegendPt * s, false, [legend](const QFont& f) { legend->setFont(f); });
    if (legend->labelColor() != text)
        legend->setLabelColor(text);
    // Legends wrap onto rows under the plot; the rows' height is added to the bottom margin (as a
    // change, so a chart that sets its own margins, the square dart board, keeps them).
    FlowLegend* flow = FlowLegend::find(chart);
    if (!flow && legend->isVisible())
        flow = FlowLegend::of(chart);
    if (flow) {
        const double before = flow->height();
        QMargins m = chart->margins();
        m.setBottom(m.bottom() - static_cast<int>(std::lround(before)));
        const double after = flow->layout(size, m, legend->font());
        if (std::lround(after) != std::lround(before)) {
            m.setBottom(m.bottom() + static_cast<int>(std::lround(after)));
            chart->setMargins(m);
        }
    }

    const double line = lineScale(size);
    for (QAbstractSeries* series : chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            if (!xy->property(kBasePen).isValid())
                xy->setProperty(kBasePen, xy->pen().widthF());
            if (!xy->property(kBaseMarker).isValid())
                xy->setProperty(kBaseMarker, xy->markerSize());
            QPen pen = xy->pen();
            const double width = xy->property(kBasePen).toDouble() * line;
            if (pen.style() != Qt::NoPen && std::abs(pen.widthF() - width) > 0.01) {
                pen.setWidthF(width);
                xy->setPen(pen);
            }
            const double marker = xy->property(kBaseMarker).toDouble() * line;
            if (std::abs(xy->markerSize() - marker) > 0.01)
                xy->setMarkerSize(marker);
        } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            if (!area->property(kBasePen).isValid())
                area->setProperty(kBasePen, area->pen().widthF());
            QPen pen = area->pen();
            const double width = area->property(kBasePen).toDouble() * line;
            if (std::abs(pen.widthF() - width) > 0.01) {
                pen.setWidthF(width);
                area->setPen(pen);
            }
        }
    }

    const QMargins m = chart->margins();
    // The title item's own margins, and a little air: Qt elides a line that only just fits.
    const double width = (size.width() - m.left() - m.right()) * 0.95 - 20;
    if (!chart->property(kNoWrap).toBool())
        wrapText(
            chart, [chart] { return chart->title(); }, [chart](const QString& t) { chart->setTitle(t); },
            chart->titleFont(), width);
    // Axis titles along the plot's side: a vertical one longer than the plot is otherwise clipped.
    // The plot area is the last layout's, scaled to the new size.
    const QRectF plot = chart->plotArea();
    const QSizeF was = chart->size();
    if (plot.width() > 0 && plot.height() > 0 && was.width() > 0 && was.height() > 0) {
        for (QAbstractAxis* a : chart->axes()) {
            const double length = a->orientation() == Qt::Vertical ? plot.height() * size.height() / was.height()
                                                                   : plot.width() * size.width() / was.width();
            if (a->orientation() == Qt::Vertical) {
                wrapText(
                    a, [a] { return a->titleText(); }, [a](const QString& t) { a->setTitleText(t); }, a->titleFont(),
                    length - 8);
            } else if (!a->titleText().isEmpty()) {
                // Under a plot narrower than its title (a small panel in presenter mode) Qt would
                // show "...": the title steps aside until the plot is wide enough again.
                if (!a->property(kTitleWanted).isValid())
                    a->setProperty(kTitleWanted, a->isTitleVisible());
                // With room to spare: the plot's width is the last layout's, scaled, not exact.
                const bool fits = QFontMetricsF(a->titleFont()).horizontalAdvance(a->titleText()) <= length * 0.9 - 10;
                const bool show = a->property(kTitleWanted).toBool() && fits;
                if (a->isTitleVisible() != show)
                    a->setTitleVisible(show);
            }
            if (auto* v = qobject_cast<QValueAxis*>(a))
                thinTicks(v, length);
        }
    }
}

void Presentation::wrapText(QObject* owner, const std::function<QString()>& get,
                            const std::function<void(const QString&)>& set, const QFont& font, double width)
{
    // A text set since the last styling is the new source; otherwise re-wrap the one we have.
    const QString shown = get();
    if (shown != owner->property(kTitleShown).toString())
        owner->setProperty(kTitleSource, shown);
    const QString source = owner->property(kTitleSource).toString();
    const QString wrapped = width > 40 ? wrapTitle(source, font, width) : source;
    owner->setProperty(kTitleShown, wrapped);
    if (wrapped != shown)
        set(wrapped);
}

void Presentation::setWrapTitle(QChart* chart, bool on)
{
    chart->setProperty(kNoWrap, !on);
}

void Presentation::rebase(QObject* series)
{
    series->setProperty(kBasePen, QVariant());
    series->setProperty(kBaseMarker, QVariant());
}

QString Presentation::fullTitle(const QChart* chart)
{
    const QString shown = chart->title();
    return shown == chart->property(kTitleShown).toString() ? chart->property(kTitleSource).toString() : shown;
}

void Presentation::markSecondary(QWidget* widget)
{
    secondary_.push_back(widget);
    if (presenter_) {
        widget->setProperty(kWasHidden, widget->isHidden());
        widget->hide();
    }
}

void Presentation::foldSecondary()
{
    secondary_.removeAll(nullptr);
    for (QWidget* w : secondary_) {
        if (presenter_) {
            w->setProperty(kWasHidden, w->isHidden());
            w->hide();
        } else if (!w->property(kWasHidden).toBool()) {
            w->show();
        }
    }
}

void Presentation::restyleAll()
{
    for (QWidget* top : QApplication::topLevelWidgets())
        for (QChartView* v : top->findChildren<QChartView*>())
            style(v->chart(), v->size());
}

bool Presentation::eventFilter(QObject* watched, QEvent* event)
{
    // Styled before the view lays its chart out at the new size: one layout, not two.
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
        if (auto* view = qobject_cast<QChartView*>(watched)) {
            const QSizeF size = event->type() == QEvent::Resize ? QSizeF(static_cast<QResizeEvent*>(event)->size())
                                                                : QSizeF(view->size());
            style(view->chart(), size);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace parlab::ui
