/// @file estimate_chart.cpp
/// @brief The running estimate of π, drawn against log10(darts) on a linear axis so the decades
/// can be labelled "10⁶" rather than "1e+06".
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/estimate_chart.h"

#include "charts/palette.h"
#include "charts/presentation.h"
#include "text/format.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace parlab::ui {

namespace {
constexpr double kMinLog = 3;              // 10³ darts: the smallest run
constexpr double kYMin = 2.9, kYMax = 3.4; // covers π ± 3σ from 10³ darts on (3σ ≈ 0.16)
constexpr double kHalfRange = 0.25;
constexpr double kP = std::numbers::pi / 4;

QString superscript(int n)
{
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString out;
    for (QChar c : QString::number(n))
        out += digits.at(c.digitValue());
    return QStringLiteral("10") + out;
}
} // namespace

EstimateChart::EstimateChart(QWidget* parent) : QWidget(parent)
{
    chart_ = new QChart;
    chart_->setAnimationOptions(QChart::NoAnimation);
    chart_->setTitle(tr("The error shrinks like 1/√N"));
    x_ = new QCategoryAxis;
    x_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x_->setTitleText(tr("darts thrown")); // the 10ⁿ labels say it is a log scale
    x_->setTruncateLabels(false);         // labelDecades() spaces them so they never overlap
    y_ = new QValueAxis;
    y_->setRange(kYMin, kYMax); // fixed, round numbers: 2.9, 3.0, … 3.4
    y_->setTickCount(6);
    y_->setLabelFormat(QStringLiteral("%.2f"));
    y_->setTitleText(tr("π")); // not "π̂": Qt Charts places the combining hat apart
    chart_->addAxis(x_, Qt::AlignBottom);
    chart_->addAxis(y_, Qt::AlignLeft);

    upper_ = new QLineSeries(this);
    lower_ = new QLineSeries(this);
    band_ = new QAreaSeries(upper_, lower_);
    band_->setName(tr("±3 std. errors"));
    truth_ = new QLineSeries;
    truth_->setName(tr("π"));
    estimate_ = new QLineSeries;
    estimate_->setName(tr("estimate 4·hits/darts"));
    estimate_->setPointsVisible(true); // eight checkpoints a decade: each one is a measurement
    recolour();
    connect(&Presentation::instance(), &Presentation::changed, this, [this] {
        recolour();
        labelDecades();
    });

    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{band_, truth_, estimate_}) {
        chart_->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    chart_->legend()->setAlignment(Qt::AlignBottom);

    view_ = new QChartView(chart_, this);
    view_->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    reset(100'000'000);
}

void EstimateChart::recolour()
{
    // Widths are the desktop ones: Presentation scales them for the mode and the chart's size.
    QColor band = palette::series(0);
    band.setAlpha(palette::highContrast() ? 90 : 60);
    band_->setColor(band);
    band.setAlpha(150);
    band_->setBorderColor(band);
    truth_->setPen(QPen(palette::reference(), 1.5, Qt::DashLine));
    estimate_->setPen(QPen(palette::series(1), 2.5));
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{band_, truth_, estimate_})
        Presentation::rebase(s);
    Presentation::instance().style(chart_);
}

void EstimateChart::reset(quint64 samples, quint64 distinct)
{
    const double hi = std::max(kMinLog + 1, std::ceil(std::log10(static_cast<double>(std::max<quint64>(samples, 10)))));
    hi_ = hi;
    labelDecades();
    x_->setRange(kMinLog, hi);

    // σ of π̂ = 4·sqrt(p(1−p)/N) with p = π/4, N the distinct darts: the band depends only on N,
    // so it is drawn once. Replayed darts (identical seeding) add no information: N stops there.
    const bool replayed = distinct > 0 && distinct < samples;
    QList<QPointF> up, down;
    constexpr int kSteps = 120;
    for (int i = 0; i <= kSteps; ++i) {
        const double lx = kMinLog + (hi - kMinLog) * i / kSteps;
        const double n = replayed ? std::min(std::pow(10.0, lx), static_cast<double>(distinct)) : std::pow(10.0, lx);
        const double s3 = 3 * 4 * std::sqrt(kP * (1 - kP) / n);
        up.append({lx, std::min(std::numbers::pi + s3, kYMax)});
        down.append({lx, std::max(std::numbers::pi - s3, kYMin)});
    }
    upper_->replace(up);
    lower_->replace(down);
    truth_->replace({QPointF(kMinLog, std::numbers::pi), QPointF(hi, std::numbers::pi)});
    QString title = tr("The error shrinks like 1/√N");
    if (replayed)
        title += QStringLiteral("<br><small>%1</small>")
                     .arg(tr("%1 darts thrown, only %2 distinct")
                              .arg(humanCount(static_cast<double>(samples)), humanCount(static_cast<double>(distinct)))
                              .toHtmlEscaped());
    chart_->setTitle(title);
    points_.clear();
    estimate_->replace(points_);
    shown_ = 0;
}

void EstimateChart::labelDecades()
{
    // Every decade while their labels fit side by side; every 2nd or 3rd on a narrow chart, where
    // Qt would otherwise cut each one to "...".
    const QFontMetricsF fm(x_->labelsFont());
    const int decades = static_cast<int>(hi_ - kMinLog);
    const double room = std::max(1.0, view_->width() - fm.horizontalAdvance(QStringLiteral("3.000")) - 3 * fm.height());
    const double need = fm.horizontalAdvance(superscript(10)) + fm.averageCharWidth() * 2;
    int step = 1;
    while (step < decades && room / decades * step < need)
        ++step;
    QStringList labels;
    for (int d = static_cast<int>(kMinLog); d <= static_cast<int>(hi_); d += step)
        labels << superscript(d);
    if (labels == x_->categoriesLabels())
        return;
    for (const QString& label : x_->categoriesLabels())
        x_->remove(label);
    x_->setStartValue(kMinLog);
    for (int d = static_cast<int>(kMinLog); d <= static_cast<int>(hi_); d += step)
        x_->append(superscript(d), d);
}

void EstimateChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // After the view has its new size and Presentation its fonts for it.
    QMetaObject::invokeMethod(this, &EstimateChart::labelDecades, Qt::QueuedConnection);
}

void EstimateChart::showEstimates(const std::vector<EstimatePoint>& points)
{
    if (points.size() == shown_)
        return; // no new checkpoint: nothing to redraw
    shown_ = points.size();
    points_.clear();
    for (const EstimatePoint& e : points) {
        if (e.darts < 1000) // left of the axis: 10³ darts is the smallest run
            continue;
        const double pi = 4.0 * static_cast<double>(e.hits) / static_cast<double>(e.darts);
        points_.append({std::log10(static_cast<double>(e.darts)),
                        std::clamp(pi, std::numbers::pi - 2 * kHalfRange, std::numbers::pi + 2 * kHalfRange)});
    }
    estimate_->replace(points_);
}

QString EstimateChart::titleText() const
{
    return chart_->title();
}

int EstimateChart::pointCount() const
{
    return static_cast<int>(estimate_->count());
}

} // namespace parlab::ui
