/// @file worker_timeline.cpp
/// @brief Gathers chunk events per worker and paints them as lanes of rectangles over the chart;
/// process start-ups as grey hatched segments of their own.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/worker_timeline.h"

#include "charts/nice_axis.h"

#include "text/format.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace parlab::ui {

namespace {

constexpr double kLanePad = 0.15;            // share of a lane's height left empty above and below
const QColor kStartupFill(0xbd, 0xbd, 0xbd); // grey: no work is done while a process starts
const QColor kStartupHatch(0x42, 0x42, 0x42);

} // namespace

WorkerTimeline::WorkerTimeline(QWidget* parent) : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Per-worker timeline"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 12, 4));
    xAxis_ = new QValueAxis(chart);
    xAxis_->setTitleText(tr("time since the run started (s)"));
    xAxis_->setLabelFormat(QStringLiteral("%.3g"));
    xAxis_->setRange(0, 1);
    yAxis_ = new QCategoryAxis(chart);
    yAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    yAxis_->setReverse(true); // worker 1 on top, as people read lists
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    // The invisible anchor gives mapToPosition() its axes; the lanes are painted, not plotted.
    anchor_ = new QLineSeries(chart);
    anchor_->setPen(Qt::NoPen);
    anchor_->append(0, 0);
    chart->addSeries(anchor_);
    anchor_->attachAxis(xAxis_);
    anchor_->attachAxis(yAxis_);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, false);
    reset(1);
}

void WorkerTimeline::reset(int workers)
{
    lanes_.assign(static_cast<std::size_t>(std::max(1, workers)), Lane{});
    elapsedNs_ = 0;
    finished_ = false;
    merged_ = false;
    waitsSeen_ = false;
    maxCostPerItem_ = 1;
    minCostPerItem_ = 1e300;
    chunksSeen_ = 0;
    for (const QString& label : yAxis_->categoriesLabels())
        yAxis_->remove(label);
    for (int w = 0; w < static_cast<int>(lanes_.size()); ++w)
        yAxis_->append(tr("worker %1").arg(w + 1), w + 1); // people count workers from 1
    yAxis_->setRange(0, static_cast<double>(lanes_.size()));
    xAxis_->setRange(0, 1);
}

void WorkerTimeline::setColour(Colour c)
{
    colour_ = c;
    viewport()->update();
}

std::size_t WorkerTimeline::startupCount() const
{
    std::size_t n = 0;
    for (const Lane& l : lanes_)
        n += l.startups.size();
    return n;
}

std::size_t WorkerTimeline::rectangleCount() const
{
    std::size_t n = 0;
    for (const Lane& l : lanes_)
        n += l.blocks.size();
    return n;
}

void WorkerTimeline::compact(Lane& lane)
{
    // Merge neighbours in pairs: halves the lane, keeps its outline (idle gaps inside a pair are
    // lost, but only once there are thousands of chunks per lane, narrower than a pixel anyway).
    std::vector<Block>& b = lane.blocks;
    std::size_t out = 0;
    for (std::size_t i = 0; i + 1 < b.size(); i += 2)
        b[out++] =
            Block{b[i].startNs, b[i + 1].endNs, b[i].count + b[i + 1].count, b[i].cost + b[i + 1].cost, b[i].seq};
    if (b.size() % 2)
        b[out++] = b.back();
    b.resize(out);
    merged_ = true;
}

void WorkerTimeline::append(Lane& lane, const ChunkEvent& e)
{
    if (e.kind == ChunkKind::startup) { // at most one per worker process: never merged
        lane.startups.push_back(Block{e.startNs, e.endNs, 0, 0, 0});
        return;
    }
    if (e.kind == ChunkKind::wait) { // many short waits: past the cap, neighbours merge (as blocks do)
        std::vector<Block>& w = lane.waits;
        if (!w.empty() && e.startNs - w.back().endNs < 20'000) // a hand-over apart: one wait
            w.back().endNs = e.endNs;
        else
            w.push_back(Block{e.startNs, e.endNs, 0, 0, 0});
        if (w.size() > 4 * kMaxPerLane) { // a long run at a short switch interval: pairs merge,
            std::size_t out = 0;          // as work blocks do, far below a pixel by then
            for (std::size_t i = 0; i + 1 < w.size(); i += 2)
                w[out++] = Block{w[i].startNs, w[i + 1].endNs, 0, 0, 0};
            if (w.size() % 2)
                w[out++] = w.back();
            w.resize(out);
        }
        waitsSeen_ = true;
        return;
    }
    if (e.kind != ChunkKind::work || e.count == 0)
        return;
    lane.blocks.push_back(Block{e.startNs, e.endNs, e.count, e.cost, chunksSeen_++});
    const double c = static_cast<double>(e.cost) / static_cast<double>(e.count);
    maxCostPerItem_ = std::max(maxCostPerItem_, c);
    minCostPerItem_ = std::min(minCostPerItem_, c);
    if (lane.blocks.size() > kMaxPerLane)
        compact(lane);
}

void WorkerTimeline::pull(const Telemetry& telemetry, const Snapshot& snapshot)
{
    if (static_cast<int>(lanes_.size()) != telemetry.workers())
        reset(telemetry.workers());
    for (int w = 0; w < static_cast<int>(lanes_.size()); ++w) {
        Lane& lane = lanes_[static_cast<std::size_t>(w)];
        buffer_.clear();
        lane.cursor = telemetry.readChunks(w, lane.cursor, buffer_);
        for (const ChunkEvent& e : buffer_)
            append(lane, e);
        if (w < static_cast<int>(snapshot.workers.size()))
            lane.busy = snapshot.workers[static_cast<std::size_t>(w)].busy;
        // A process spawned but not ready yet: its start-up is under way.
        lane.starting = telemetry.workerPid(w) != 0 && lane.startups.empty() && lane.blocks.empty();
    }
    elapsedNs_ = snapshot.elapsedNs;
    finished_ = snapshot.finished;
    updateAxes();
    chart()->setTitle(titleText());
    viewport()->update();
}

void WorkerTimeline::showFinished(int workers, const std::vector<ChunkEvent>& events, std::int64_t elapsedNs)
{
    reset(workers);
    for (const ChunkEvent& e : events)
        if (static_cast<int>(e.worker) < workers)
            append(lanes_[e.worker], e);
    elapsedNs_ = elapsedNs;
    finished_ = true;
    updateAxes();
    chart()->setTitle(titleText());
    viewport()->update();
}

QString WorkerTimeline::eventsCsv() const
{
    // What is drawn, one row per segment (merged segments stand for several chunks).
    QString out = QStringLiteral("worker,kind,start_s,end_s,items,cost\n");
    const auto row = [&out](std::size_t w, const char* kind, const Block& b) {
        out += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                   .arg(w + 1) // numbered as on the lanes
                   .arg(QLatin1String(kind))
                   .arg(static_cast<double>(b.startNs) * 1e-9, 0, 'g', 9)
                   .arg(static_cast<double>(b.endNs) * 1e-9, 0, 'g', 9)
                   .arg(b.count)
                   .arg(b.cost);
    };
    for (std::size_t w = 0; w < lanes_.size(); ++w) {
        for (const Block& b : lanes_[w].startups)
            row(w, "startup", b);
        for (const Block& b : lanes_[w].blocks)
            row(w, "work", b);
        for (const Block& b : lanes_[w].waits)
            row(w, "wait", b);
    }
    return out;
}

QString WorkerTimeline::titleText() const
{
    QString t =
        tr("Per-worker timeline — %1 chunks%2").arg(chunksSeen_).arg(merged_ ? tr(" (merged for drawing)") : QString());
    std::int64_t slowest = -1;
    for (const Lane& l : lanes_)
        for (const Block& b : l.startups)
            slowest = std::max(slowest, b.endNs - b.startNs);
    if (slowest >= 0)
        t +=
            tr(" · grey hatched: process start-up (slowest %1)").arg(humanSeconds(static_cast<double>(slowest) * 1e-9));
    if (waitsSeen_)
        t += tr(" · pale: waiting for the GIL");
    return t;
}

void WorkerTimeline::updateAxes()
{
    const double seconds = std::max(1e-6, static_cast<double>(elapsedNs_) * 1e-9);
    // Mid-run the axis only moves when the clock passes its end, so points are rarely remapped.
    if (finished_ || seconds > xAxis_->max() || xAxis_->max() > 4 * seconds) {
        // Axis maxima grow in 1-2-5 steps so the axis (and every mapped point) changes rarely mid-run.
        const double max = finished_ ? seconds : niceCeil(seconds);
        // Round tick labels at a 1-2-5 interval, but the axis ends where the run ended.
        xAxis_->setTickType(QValueAxis::TicksDynamic);
        xAxis_->setTickAnchor(0);
        xAxis_->setTickInterval(niceCeil(max / 6));
        xAxis_->setRange(0, max);
    }
}

QColor WorkerTimeline::colourOf(std::uint64_t count, std::uint64_t cost, std::uint64_t seq) const
{
    if (colour_ == Colour::chunk)
        return QColor::fromHsv(static_cast<int>((seq * 137) % 360), 150, 220); // golden-angle hues
    // Cost per number, light (cheap) to dark red (the costliest seen so far).
    // Relative to the cheapest and costliest chunks so far; a spread under 10 % reads as "same".
    const double c = static_cast<double>(cost) / static_cast<double>(std::max<std::uint64_t>(1, count));
    const double span = std::max(maxCostPerItem_ - minCostPerItem_, 0.1 * maxCostPerItem_);
    const double t = std::clamp((c - (maxCostPerItem_ - span)) / span, 0.0, 1.0);
    return QColor::fromHsvF(0.08 - 0.08 * t, 0.25 + 0.7 * t, 0.98 - 0.35 * t);
}

void WorkerTimeline::drawForeground(QPainter* painter, const QRectF&)
{
    const QRectF area = chart()->plotArea();
    if (area.isEmpty() || xAxis_->max() <= 0)
        return;
    painter->save();
    painter->setClipRect(area);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const double nsToPx = area.width() / (xAxis_->max() * 1e9);
    const double laneH = area.height() / static_cast<double>(lanes_.size());
    const auto xOf = [&](std::int64_t ns) { return area.left() + static_cast<double>(ns) * nsToPx; };
    const auto endOf = [](const Lane& l) {
        std::int64_t e = l.blocks.empty() ? 0 : l.blocks.back().endNs;
        for (const Block& b : l.startups)
            e = std::max(e, b.endNs);
        return e;
    };
    std::int64_t runEnd = 0;
    for (const Lane& l : lanes_)
        runEnd = std::max(runEnd, endOf(l));
    if (finished_)
        runEnd = std::max(runEnd, elapsedNs_);

    for (std::size_t w = 0; w < lanes_.size(); ++w) {
        const Lane& lane = lanes_[w];
        const double top = area.top() + (static_cast<double>(w) + kLanePad) * laneH;
        const double h = laneH * (1 - 2 * kLanePad);
        // Runs of sub-pixel chunks become one rectangle per pixel column, so thousands of chunks
        // cost as much to paint as the plot is wide.
        double x0 = 0, x1 = -1;
        std::uint64_t count = 0, cost = 0, seq = 0;
        const auto flush = [&] {
            if (x1 < x0)
                return;
            const QRectF r(x0, top, std::max(1.0, x1 - x0), h);
            painter->fillRect(r, colourOf(count, cost, seq));
            if (x1 - x0 >= 4) { // wide enough to show where one chunk ends and the next begins
                painter->setPen(QPen(QColor(255, 255, 255), 1));
                painter->drawLine(QPointF(x1, top), QPointF(x1, top + h));
            }
            x1 = -1;
        };
        for (const Block& b : lane.blocks) {
            const double a = xOf(b.startNs), e = xOf(b.endNs);
            if (x1 >= x0 && e - a < 1.0 && a - x1 < 1.0 && e - x0 < 2.0) {
                x1 = std::max(x1, e);
                count += b.count;
                cost += b.cost;
                continue;
            }
            flush();
            x0 = a;
            x1 = e;
            count = b.count;
            cost = b.cost;
            seq = b.seq;
        }
        flush();
        drawStartups(painter, lane, top, h, nsToPx);
        drawWaits(painter, lane, top, h, nsToPx);
        const std::int64_t laneEnd = endOf(lane);
        if (!finished_ && lane.starting) {
            // Spawned, not ready yet: the start-up so far, in the start-up colours.
            const QRectF r(area.left(), top, std::max(1.0, xOf(elapsedNs_) - area.left()), h);
            painter->fillRect(r, kStartupFill);
            painter->fillRect(r, QBrush(kStartupHatch, Qt::FDiagPattern));
        } else if (lane.busy) {
            // The chunk under way: it began at or after the last one ended. Still there once the
            // run is over, it is a chunk the run never finished (stopped, or a worker died).
            painter->fillRect(QRectF(xOf(laneEnd), top, std::max(1.0, xOf(elapsedNs_) - xOf(laneEnd)), h),
                              QBrush(QColor(0x90a4ae), Qt::Dense4Pattern));
        } else if (finished_ && runEnd > laneEnd) {
            // Idle while others finish the last round: hatched so it reads as waste.
            const QRectF tail(xOf(laneEnd), top, xOf(runEnd) - xOf(laneEnd), h);
            painter->fillRect(tail, QColor(0xc6, 0x28, 0x28, 40));
            painter->fillRect(tail, QBrush(QColor(0xc62828), Qt::BDiagPattern));
        }
    }
    painter->restore();
}

void WorkerTimeline::drawStartups(QPainter* painter, const Lane& lane, double top, double h, double nsToPx) const
{
    const double left = chart()->plotArea().left();
    const QFontMetricsF fm(painter->font());
    const QString label = tr("process start-up");
    for (const Block& b : lane.startups) {
        const double x0 = left + static_cast<double>(b.startNs) * nsToPx;
        const QRectF r(x0, top, std::max(2.0, static_cast<double>(b.endNs - b.startNs) * nsToPx), h);
        painter->fillRect(r, kStartupFill);
        painter->fillRect(r, QBrush(kStartupHatch, Qt::FDiagPattern));
        painter->setPen(QPen(kStartupHatch, 1));
        painter->drawLine(r.topRight(), r.bottomRight()); // where the worker became ready
        // Named inside the segment when it is wide enough to hold the words.
        const QString text = fm.horizontalAdvance(label) + 8 <= r.width()            ? label
                             : fm.horizontalAdvance(tr("start-up")) + 8 <= r.width() ? tr("start-up")
                                                                                     : QString();
        if (text.isEmpty() || fm.height() + 2 > h)
            continue;
        QRectF box(0, 0, fm.horizontalAdvance(text) + 6, fm.height() + 2);
        box.moveCenter(r.center());
        painter->fillRect(box, QColor(255, 255, 255, 220));
        painter->setPen(QColor(0x21, 0x21, 0x21));
        painter->drawText(box, Qt::AlignCenter, text);
    }
}

void WorkerTimeline::drawWaits(QPainter* painter, const Lane& lane, double top, double h, double nsToPx) const
{
    // Waiting for the lock is not working: the work's colour is washed out where the thread waited,
    // so with two threads the lanes take turns — one computes at a time.
    const double left = chart()->plotArea().left();
    for (const Block& b : lane.waits) {
        const QRectF r(left + static_cast<double>(b.startNs) * nsToPx, top,
                       std::max(1.0, static_cast<double>(b.endNs - b.startNs) * nsToPx), h);
        painter->fillRect(r, QColor(0xf2, 0xf2, 0xf2));
    }
}

} // namespace parlab::ui
