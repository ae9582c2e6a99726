/// @file xy_figure.cpp
/// @brief Shared drawing of the XY figures.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/xy_figure.h"

#include "export/chart_export.h"
#include "figures/book_results.h"
#include "parlab/machine.h"
#include "parlab/machine_load.h"

#include <QCoreApplication>

namespace parlab::ui {

QWidget* XyFigure::createView(QWidget* parent) const
{
    return new XyFigureView(spec(), parent);
}

void XyFigure::draw(QWidget* view, const QString& payload, bool bookOverlay) const
{
    auto* v = qobject_cast<XyFigureView*>(view);
    if (!v)
        return;
    Payload p = Payload::parse(payload);
    if (!p.isEmpty())
        decorate(p, bookOverlay);
    v->show(p, marks(p));
}

ChartExport XyFigure::exportOf(QWidget* view, const QString& payload) const
{
    ChartExport e;
    e.widget = view;
    if (auto* v = qobject_cast<XyFigureView*>(view))
        e.chart = v->chart();
    e.name = info().id;
    e.csv = Payload::parse(payload).csv();
    return e;
}

QVector<XMark> XyFigure::marks(const Payload&) const
{
    return {};
}

void XyFigure::decorate(Payload&, bool) const {}

QVector<XMark> XyFigure::coreMarks()
{
    const MachineInfo& m = machine();
    QVector<XMark> out;
    out.push_back({static_cast<double>(m.physicalCores),
                   QCoreApplication::translate("Figures", "physical cores (%1)").arg(m.physicalCores),
                   QColor(0x33, 0x33, 0x33)});
    if (m.logicalCores != m.physicalCores)
        out.push_back({static_cast<double>(m.logicalCores),
                       QCoreApplication::translate("Figures", "logical cores (%1)").arg(m.logicalCores),
                       QColor(0x99, 0x99, 0x99)});
    return out;
}

void XyFigure::overlayBook(Payload& p, const QString& measured, const QVector<QPointF>& book, const QString& label)
{
    const auto pts = p.points(measured);
    if (pts.isEmpty() || pts.front().x() != 1)
        return;
    for (const QPointF& pt : book::scaledTo(book, pts.front().y()))
        p.add(label, pt.x(), pt.y());
}

std::optional<QString> Figure::measureWithLoad(const FigureParams& p, const CancelToken& cancel,
                                               const std::function<void(const QString&)>& partial) const
{
    LoadMeter meter;
    meter.start();
    const std::optional<QString> out = measure(p, cancel, partial);
    const MachineLoad load = meter.stop();
    if (!out || !load.known || !measuresTime())
        return out;
    Payload withLoad = Payload::parse(*out);
    withLoad.setFact(QStringLiteral("background_cpu"), QString::number(load.backgroundCores, 'f', 2));
    return withLoad.text();
}

ChartExport Figure::exportOf(QWidget* view, const QString& payload) const
{
    ChartExport e;
    e.widget = view;
    e.name = info().id;
    e.csv = Payload::parse(payload).csv();
    return e;
}

} // namespace parlab::ui
