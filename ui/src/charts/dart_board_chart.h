/// @file dart_board_chart.h
/// @brief The dart board: unit square, quarter circle, a bounded sample of the darts, the
/// current estimate in the title, and a "colour by worker" switch.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/telemetry.h"

#include <QList>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;

namespace parlab::ui {

class DartCloudItem;

class DartBoardChart : public QWidget {
    Q_OBJECT
  public:
    explicit DartBoardChart(QWidget* parent = nullptr);

    /// A new run: empty board, no estimate.
    void reset();
    /// The title of an empty board, naming the button that fills it (the lab's Run by default).
    void setEmptyTitle(const QString& title);
    /// One frame: the dart sample (≤ 65 536), darts thrown and hits so far.
    void showDarts(const std::vector<DartSample>& darts, quint64 thrown, quint64 hits);
    [[nodiscard]] int pointCount() const;
    [[nodiscard]] QString titleText() const;
    /// Each dart in its worker's colour (misses faded) instead of hit/miss colours.
    void setColourByWorker(bool on);
    [[nodiscard]] bool colourByWorker() const { return byWorker_; }
    /// Worker colours the legend explains (colour by worker on; one per worker seen, ≤ 10).
    [[nodiscard]] int workerKeyCount() const;
    [[nodiscard]] QChart* chart() const { return chart_; }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void layoutSquare();
    void recolour();
    void showKeys();
    QChart* chart_;
    QChartView* view_;
    DartCloudItem* cloud_;
    QScatterSeries* hitKey_;
    QScatterSeries* missKey_;
    QLineSeries* circle_;
    QList<QScatterSeries*> workerKeys_;
    int workersSeen_ = 0;
    bool byWorker_ = false;
    std::vector<DartSample> last_;
    QString emptyTitle_ = tr("Dart board<br>press Run");
};

} // namespace parlab::ui
