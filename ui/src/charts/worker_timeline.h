/// @file worker_timeline.h
/// @brief The per-worker timeline: one lane per worker, each chunk a rectangle in time, idle gaps
/// left empty and the last round's idle tail hatched — the reason for the chunk-count saw-tooth.
/// A worker process's start-up (spawn → ready) is its own grey, hatched segment.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/telemetry.h"

#include <QChartView>

#include <cstdint>
#include <vector>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace parlab::ui {

/// Qt Charts has no Gantt series, so the chunks are painted over the plot area in
/// drawForeground(), placed with mapToPosition against one invisible series on the axes. Chunks
/// narrower than a pixel are merged while painting; each lane keeps at most kMaxPerLane
/// rectangles (older neighbours are merged in pairs beyond that), so memory and paint time stay
/// bounded whatever the chunk count.
class WorkerTimeline : public QChartView {
    Q_OBJECT
  public:
    enum class Colour { cost, chunk };
    static constexpr std::size_t kMaxPerLane = 8192;

    explicit WorkerTimeline(QWidget* parent = nullptr);

    /// Forgets everything: the next pull() reads the given telemetry's events from the start.
    void reset(int workers);
    /// Appends the chunk events finished since the last pull and shows the snapshot's clock.
    /// Work per call is bounded by the telemetry's ring size.
    void pull(const Telemetry& telemetry, const Snapshot& snapshot);
    /// Shows a finished run from its stored events (a cached figure): every kind of segment as
    /// the live run drew it.
    void showFinished(int workers, const std::vector<ChunkEvent>& events, std::int64_t elapsedNs);
    void setColour(Colour c);

    /// Rectangles held (one per finished chunk until a lane passes kMaxPerLane).
    [[nodiscard]] std::size_t rectangleCount() const;
    /// True once some rectangles stand for several chunks.
    [[nodiscard]] bool merged() const { return merged_; }
    /// Start-up segments held (processes backend: one per worker process; never merged).
    [[nodiscard]] std::size_t startupCount() const;
    /// The segments drawn as one CSV table: worker, kind (startup|work), start_s, end_s, items, cost.
    [[nodiscard]] QString eventsCsv() const;
    /// The time axis (seconds), for charts that share it.
    [[nodiscard]] QValueAxis* timeAxis() const { return xAxis_; }

  protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;

  private:
    struct Block {
        std::int64_t startNs, endNs;
        std::uint64_t count, cost, seq;
    };
    struct Lane {
        std::vector<Block> blocks;
        std::vector<Block> startups; ///< kept apart from the work so merging never swallows them
        std::vector<Block> waits;    ///< waiting for the GIL, drawn over the work it interrupts
        std::uint64_t cursor = 0;
        bool busy = false;
        bool starting = false; ///< a worker process spawned, not ready yet
    };
    void append(Lane& lane, const ChunkEvent& e);
    void compact(Lane& lane);
    [[nodiscard]] QColor colourOf(std::uint64_t count, std::uint64_t cost, std::uint64_t seq) const;
    void updateAxes();
    void drawStartups(QPainter* painter, const Lane& lane, double top, double h, double nsToPx) const;
    void drawWaits(QPainter* painter, const Lane& lane, double top, double h, double nsToPx) const;
    [[nodiscard]] QString titleText() const;

    QValueAxis* xAxis_;
    QCategoryAxis* yAxis_;
    QLineSeries* anchor_;
    std::vector<Lane> lanes_;
    std::vector<ChunkEvent> buffer_;
    std::int64_t elapsedNs_ = 0;
    bool finished_ = false;
    bool merged_ = false;
    bool waitsSeen_ = false; // a gil-threads run: the title explains the pale segments
    double maxCostPerItem_ = 1;
    double minCostPerItem_ = 1e300;
    std::uint64_t chunksSeen_ = 0;
    Colour colour_ = Colour::chunk;
};

} // namespace parlab::ui
