/// @file xy_figure_view.cpp
/// @brief Building the series, axes and marks of an XyFigureView from a payload.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/xy_figure_view.h"

#include "charts/palette.h"
#include "charts/presentation.h"
#include "figures/timed_points.h"

#include "parlab/statistics.h"
#include "text/format.h"
#include "text/measurement_notes.h"

#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace parlab::ui {

namespace {

// Series named by a single word in the measurements (natural/shuffled orders, the measured curve,
// primes vs composites), marked here for lupdate; the execution models (tbb, processes,
// gil-threads) keep their ids, as in the controls.
[[maybe_unused]] const char* const kPlainSeriesNames[] = {
    QT_TRANSLATE_NOOP("FigureSeries", "measured"), QT_TRANSLATE_NOOP("FigureSeries", "natural"),
    QT_TRANSLATE_NOOP("FigureSeries", "shuffled"), QT_TRANSLATE_NOOP("FigureSeries", "batched"),
    QT_TRANSLATE_NOOP("FigureSeries", "primes"),   QT_TRANSLATE_NOOP("FigureSeries", "composites"),
    QT_TRANSLATE_NOOP("FigureSeries", "ideal")};

/// A series' name as the legend shows it: the payload keeps the English name (styles, the
/// cache and CSV files go by it), the legend speaks the user's language.
QString seriesLabel(const QString& name)
{
    static const QString predicted = QStringLiteral(", predicted from the work");
    if (name.endsWith(predicted))
        return QCoreApplication::translate("FigureSeries", "%1, predicted from the work")
            .arg(seriesLabel(name.chopped(predicted.size())));
    return QCoreApplication::translate("FigureSeries", name.toUtf8().constData());
}

} // namespace

QImage dotMarker(const QColor& colour, int size)
{
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(0, 0, size, size));
    return img;
}

XyFigureView::XyFigureView(XySpec spec, QWidget* parent) : QChartView(parent), spec_(std::move(spec))
{
    auto* c = new QChart;
    c->setTitle(spec_.title);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(6, 6, 6, 6));
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 340);
    // Colours and sizes are chosen when the series are built: a new mode builds them again.
    connect(&Presentation::instance(), &Presentation::changed, this, &XyFigureView::restyle);
    // Marks and error bars are painted over the plot from its geometry: when the plot area moves
    // (the book's overlay widens the x range), repaint all of it, not only the items that changed.
    connect(c, &QChart::plotAreaChanged, viewport(), [this] { viewport()->update(); });
}

void XyFigureView::restyle()
{
    const Payload shown = payload_; // show() replaces both as it draws
    const QVector<XMark> marks = marks_;
    show(shown, marks);
}

void XyFigureView::setLogY(bool on)
{
    if (on == logY_)
        return;
    logY_ = on;
    const Payload shown = payload_; // show() replaces both as it draws
    const QVector<XMark> marks = marks_;
    show(shown, marks);
}

int XyFigureView::pointCount() const
{
    return dataPoints_;
}

int XyFigureView::seriesPointCount(const QString& name) const
{
    for (QAbstractSeries* s : chart()->series())
        if (auto* xy = qobject_cast<QXYSeries*>(s); xy && xy->name() == seriesLabel(name))
            return static_cast<int>(xy->count());
    return 0;
}

int XyFigureView::markCount() const
{
    return static_cast<int>(marks_.size());
}

void XyFigureView::show(const Payload& payload, const QVector<XMark>& marks)
{
    QChart* c = chart();
    // The execution model is part of what was measured: the lab sweeps on any backend.
    QStringList about;
    for (const QString& fact : {QStringLiteral("about"), QStringLiteral("backend"), QStringLiteral("note")})
        if (!payload.fact(fact).isEmpty())
            about << payload.fact(fact);
    // The size measured goes on a line of its own under the title (a class should know it).
    const QString size = payload.fact(QStringLiteral("size"));
    QString title = about.isEmpty() ? spec_.title : tr("%1 — %2").arg(spec_.title, about.join(QStringLiteral(" · ")));
    if (!size.isEmpty())
        title = QStringLiteral("%1<br><span style=\"font-weight:normal; font-size:small\">%2</span>")
                    .arg(title.toHtmlEscaped(), size.toHtmlEscaped());
    c->setTitle(title);
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes())
        c->removeAxis(a);

    double xmin = std::numeric_limits<double>::max(), xmax = std::numeric_limits<double>::lowest();
    double ymin = std::numeric_limits<double>::max(), ymax = std::numeric_limits<double>::lowest();
    for (const QString& name : payload.seriesNames())
        for (const QPointF& p : payload.points(name)) {
            if ((spec_.logX && p.x() <= 0) || (logY_ && p.y() <= 0))
                continue;
            xmin = std::min(xmin, p.x());
            xmax = std::max(xmax, p.x());
            if (spec_.setsRange && !spec_.setsRange(name))
                continue;
            ymin = std::min(ymin, p.y());
            ymax = std::max(ymax, p.y());
            if (const auto all = payload.repeats(name, p.x())) // the bars stay inside the plot
                ymax = std::max(ymax, *std::max_element(all->begin(), all->end()));
        }
    const bool empty = xmin > xmax;
    if (empty) {
        xmin = spec_.logX ? 1 : 0;
        xmax = 10;
        ymin = logY_ ? 0.01 : 0;
        ymax = 1;
    }
    if (ymin > ymax) { // only reference series: they set the range after all
        ymin = 0;
        ymax = 1;
    }
    ymax = std::max(ymax, spec_.yAtLeast);
    if (xmax <= xmin)
        xmax = xmin + 1;
    if (spec_.yFromZero && !logY_)
        ymin = std::min(0.0, ymin);
    if (ymax <= ymin)
        ymax = ymin + 1;

    QAbstractAxis* x;
    if (spec_.logX) {
        auto* lx = new QLogValueAxis;
        lx->setBase(10);
        lx->setLabelFormat(QStringLiteral("%g"));
        lx->setMinorTickCount(-1);
        lx->setRange(std::max(xmin / 1.5, 1e-9), xmax * 1.5);
        x = lx;
    } else {
        auto* vx = new QValueAxis;
        vx->setLabelFormat(QStringLiteral("%g"));
        if (xmax - xmin <= 32 && std::floor(xmin) == xmin) {
            // Small counts (workers, chunks): a tick on every whole number, a little air around.
            const double pad = (xmax - xmin) * 0.04;
            vx->setRange(xmin - pad, xmax + pad);
            vx->setTickType(QValueAxis::TicksDynamic);
            vx->setTickAnchor(std::floor(xmin));
            vx->setTickInterval(xmax - xmin > 12 ? 2 : 1);
        } else {
            vx->setRange(xmin >= 0 ? 0 : xmin, xmax);
            vx->applyNiceNumbers();
        }
        x = vx;
    }
    x->setTitleText(spec_.xTitle);
    QAbstractAxis* y;
    if (logY_) {
        auto* ly = new QLogValueAxis;
        ly->setBase(10);
        ly->setLabelFormat(QStringLiteral("%g"));
        ly->setMinorTickCount(-1);
        ly->setRange(ymin / 1.5, ymax * 1.5);
        ly->setTitleText(tr("%1 (log scale)").arg(spec_.yTitle));
        y = ly;
    } else {
        auto* vy = new QValueAxis;
        vy->setRange(ymin, ymax * 1.08);
        vy->setLabelFormat(QStringLiteral("%.3g"));
        vy->setTitleText(spec_.yTitle);
        vy->applyNiceNumbers();
        y = vy;
    }
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    int colour = 0;
    dataPoints_ = 0;
    payload_ = payload;
    bars_.clear();
    for (const QString& name : payload.seriesNames()) {
        const XySpec::Style style = spec_.style ? spec_.style(name) : XySpec::Style::lineMarkers;
        auto* s = new QLineSeries;
        s->setName(seriesLabel(name));
        QList<QPointF> pts;
        for (const QPointF& p : payload.points(name))
            if ((!spec_.logX || p.x() > 0) && (!logY_ || p.y() > 0))
                pts << p;
        const QColor col = style == XySpec::Style::dashed && name.startsWith(QLatin1String("ideal"))
                               ? palette::reference()
                               : palette::series(colour++);
        QPen pen(col, 2.2);
        switch (style) {
        case XySpec::Style::line:
            break;
        case XySpec::Style::lineMarkers:
            s->setPointsVisible(true);
            s->setMarkerSize(7);
            break;
        case XySpec::Style::points:
            // QScatterSeries makes one graphics object per point (about a minute for 100 000):
            // a pen-less line with a light marker draws them all at once.
            pen = QPen(Qt::NoPen);
            s->setLightMarker(dotMarker(col, 4));
            s->setMarkerSize(4);
            break;
        case XySpec::Style::dashed:
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(1.8);
            s->setPointsVisible(true);
            s->setMarkerSize(5);
            break;
        }
        s->setPen(pen);
        s->setColor(col);
        s->replace(pts);
        for (const QPointF& p : pts)
            if (const auto all = payload.repeats(name, p.x()); all && all->size() > 1) {
                const auto [lo, hi] = std::minmax_element(all->begin(), all->end());
                bars_.push_back({p.x(), *lo, *hi, col, s});
            }
        connect(s, &QXYSeries::hovered, this, [this, name](const QPointF& point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), pointTip(name, point), this);
            else
                QToolTip::hideText();
        });
        dataPoints_ += static_cast<int>(pts.size());
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Marks are painted over the plot (drawForeground), placed with mapToPosition: vertical line
    // series reaching far outside the data kept stale geometry after a range change. Each labelled
    // mark gets an empty series, for its legend entry only.
    marks_ = marks;
    anchor_ = nullptr;
    for (QAbstractSeries* s : c->series())
        anchor_ = anchor_ ? anchor_ : s;
    for (const XMark& m : marks) {
        if (m.label.isEmpty()) // repeated marks (multiples of the worker count) share one entry
            continue;
        auto* s = new QLineSeries;
        s->setName(m.label);
        s->setPen(QPen(m.color, 1.6, Qt::DotLine));
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        anchor_ = anchor_ ? anchor_ : s;
    }
    QStringList warnings;
    for (const QString& w : {busyWarningOf(payload), noisyWarningOf(payload)})
        if (!w.isEmpty())
            warnings << w;
    const auto noisy = payload.noisyPoints();
    warning_ = warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ "));
    // A small chart (a lab's corner) gets one short line, so the warning does not hide the data.
    QStringList brief;
    if (const double bg = payload.factNumber(QStringLiteral("background_cpu"), -1); !busyWarning(bg).isEmpty())
        brief << tr("machine busy (%1 cores)").arg(bg, 0, 'f', 1);
    if (!noisy.isEmpty())
        brief << tr("%n noisy point(s)", nullptr, static_cast<int>(noisy.size()));
    briefWarning_ = brief.isEmpty() ? QString() : QStringLiteral("⚠ ") + brief.join(QStringLiteral(" · "));
    setToolTip(warning_);
    Presentation::instance().style(c, QWidget::size());
    viewport()->update();
}

QString XyFigureView::pointTip(const QString& series, const QPointF& point) const
{
    // The nearest point of the series (hover reports a position on the line, not a data point).
    QPointF best = point;
    double bestDist = std::numeric_limits<double>::max();
    for (const QPointF& p : payload_.points(series)) {
        const double d = std::abs(p.x() - point.x());
        if (d < bestDist) {
            bestDist = d;
            best = p;
        }
    }
    QString tip =
        tr("%1\nx = %2: %3").arg(series, QString::number(best.x(), 'g', 6), QString::number(best.y(), 'g', 4));
    if (const auto all = payload_.repeats(series, best.x())) {
        const Timing t = summarize(*all);
        const auto text = spec_.yText ? spec_.yText : [](double v) { return humanSeconds(v); };
        QStringList each;
        for (double v : t.seconds)
            each << text(v);
        tip = tr("%1\nx = %2: median %3 (min %4, max %5)\n%n repeat(s): %6", nullptr, static_cast<int>(each.size()))
                  .arg(series, QString::number(best.x(), 'g', 6), text(t.median), text(t.min), text(t.max),
                       each.join(QStringLiteral(", ")));
    }
    return tip;
}

void XyFigureView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF area = chart()->plotArea();
    if (!(area.width() > 0 && area.height() > 0))
        return;
    painter->save();
    painter->setClipRect(area);
    // Each measured point's spread: a vertical bar from its fastest to its slowest repeat.
    for (const ErrorBar& b : bars_) {
        const QPointF lo = chart()->mapToPosition(QPointF(b.x, b.lo), b.series);
        const QPointF hi = chart()->mapToPosition(QPointF(b.x, b.hi), b.series);
        if (!std::isfinite(lo.x()) || !std::isfinite(lo.y()) || !std::isfinite(hi.y()))
            continue;
        painter->setPen(QPen(b.color, 1.6 * Presentation::instance().lineScale(size())));
        painter->drawLine(lo, hi);
        painter->drawLine(QPointF(lo.x() - 4, lo.y()), QPointF(lo.x() + 4, lo.y()));
        painter->drawLine(QPointF(hi.x() - 4, hi.y()), QPointF(hi.x() + 4, hi.y()));
    }
    for (const XMark& m : anchor_ ? marks_ : QVector<XMark>{}) {
        const double px = chart()->mapToPosition(QPointF(m.x, 1), anchor_).x();
        if (!std::isfinite(px))
            continue;
        painter->setPen(QPen(m.color, 1.6 * Presentation::instance().lineScale(size()), Qt::DotLine));
        painter->drawLine(QPointF(px, area.top()), QPointF(px, area.bottom()));
    }
    if (!warning_.isEmpty()) {
        // Over the plot, where nobody can miss it (and it goes into exported pictures).
        QFont f = font();
        f.setBold(true);
        painter->setFont(f);
        const QString text = area.height() < 320 ? briefWarning_ : warning_;
        const QRectF box =
            painter->boundingRect(area.adjusted(8, 6, -8, -6), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, text);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xff, 0xf4, 0xc2, 235));
        painter->drawRect(box.adjusted(-5, -3, 5, 3));
        painter->setPen(QColor(0x9a, 0x3b, 0x00));
        painter->drawText(box, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, text);
    }
    painter->restore();
}

} // namespace parlab::ui
