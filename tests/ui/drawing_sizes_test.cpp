/// @file drawing_sizes_test.cpp
/// @brief Every custom drawing routine at tiny and zero sizes: the dart rasteriser writes only
/// inside its image (guard bytes around it stay untouched), and every chart, painted overlay and
/// figure view paints at 0×0, 1×1 and a few pixels with its data in, without crashing.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dart_board_chart.h"
#include "charts/dart_cloud_item.h"
#include "charts/estimate_chart.h"
#include "charts/queue_depth_chart.h"
#include "charts/worker_bars_chart.h"
#include "charts/worker_timeline.h"
#include "figures/figure_registry.h"
#include "figures/payload.h"
#include "figures/xy_figure_view.h"
#include "parlab/telemetry.h"
#include "widgets/log_slider.h"
#include "widgets/marked_slider.h"

#include <QChart>
#include <QPainter>
#include <QtTest>

#include <random>

using namespace parlab;
using namespace parlab::ui;

namespace {

const QList<QSize> kSizes = {QSize(0, 0),   QSize(1, 1),   QSize(2, 3),   QSize(7, 5),
                             QSize(30, 12), QSize(12, 30), QSize(60, 60), QSize(400, 300)};

std::vector<DartSample> someDarts(std::size_t n)
{
    // The corners and edges first: the darts a clamp gets wrong.
    std::vector<DartSample> d = {{0, 0, 0, true},    {1, 1, 1, false},   {0, 1, 2, true},     {1, 0, 3, false},
                                 {0.5f, 0, 0, true}, {0, 0.5f, 1, true}, {1, 0.5f, 2, false}, {0.5f, 1, 3, true}};
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> u(0, 1);
    while (d.size() < n) {
        const float x = u(rng), y = u(rng);
        d.push_back({x, y, static_cast<std::uint16_t>(d.size() % 4), x * x + y * y <= 1});
    }
    return d;
}

// Shows the widget at each size and paints it (grab() runs its paint code, overlays included).
void paintAtEverySize(QWidget& w)
{
    w.setAttribute(Qt::WA_DontShowOnScreen);
    w.show();
    for (const QSize& s : kSizes) {
        w.resize(s);
        for (int i = 0; i < 5; ++i) // queued relayouts (the dart board squares itself) run too
            QCoreApplication::processEvents();
        const QPixmap shot = w.grab();
        QVERIFY(shot.width() >= 0);
    }
}

} // namespace

class DrawingSizesTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void rasteriseStaysInsideTheImage_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("darts"); // the dot is 4, 3 or 2 px depending on the count
        for (const QSize& s : {QSize(1, 1), QSize(1, 4), QSize(4, 1), QSize(2, 2), QSize(3, 100), QSize(100, 3),
                               QSize(5, 5), QSize(64, 64)})
            for (int n : {10, 5000, 30000})
                QTest::addRow("%dx%d, %d darts", s.width(), s.height(), n) << s << n;
    }
    void rasteriseStaysInsideTheImage()
    {
        QFETCH(QSize, size);
        QFETCH(int, darts);
        // The image lives inside a larger buffer: guard rows above and below, guard columns to
        // the right of every row. A write before or past the image lands on a guard byte.
        constexpr int kGuardRows = 8, kGuardCols = 8;
        constexpr uchar kGuard = 0xa5;
        const int stride = (size.width() + kGuardCols) * 4;
        std::vector<uchar> buffer(static_cast<std::size_t>(stride * (size.height() + 2 * kGuardRows)), kGuard);
        uchar* first = buffer.data() + stride * kGuardRows;
        QImage image(first, size.width(), size.height(), stride, QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < size.height(); ++y)
            std::fill_n(first + y * stride, size.width() * 4, uchar(0)); // the image itself starts clear
        DartCloudItem::rasterise(image, someDarts(static_cast<std::size_t>(darts)), false);
        QCOMPARE(static_cast<const void*>(image.constBits()), static_cast<const void*>(first)); // drew in place
        int touched = 0;
        for (std::size_t i = 0; i < buffer.size(); ++i) {
            const auto offset = static_cast<std::ptrdiff_t>(i) - stride * kGuardRows;
            const bool inImage = offset >= 0 && offset < stride * size.height() && offset % stride < size.width() * 4;
            touched += !inImage && buffer[i] != kGuard ? 1 : 0;
        }
        QCOMPARE(touched, 0);
        // …and the darts are there: at least one pixel is drawn.
        int drawn = 0;
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY(drawn > 0);
    }

    void dartCloudItemAtTinyRects()
    {
        DartCloudItem item;
        item.setDarts(someDarts(100), true);
        for (const QRectF& r : {QRectF(), QRectF(0, 0, 0.5, 0.5), QRectF(10, 10, 1, 1), QRectF(0, 0, 3, 200),
                                QRectF(5, 5, -20, -20), QRectF(0, 0, qQNaN(), 5)}) {
            item.setRect(r);
            QImage target(8, 8, QImage::Format_ARGB32_Premultiplied);
            QPainter p(&target);
            item.paint(&p, nullptr, nullptr);
        }
        QCOMPARE(item.dartCount(), 100);
    }

    void dartBoard()
    {
        DartBoardChart board;
        board.showDarts(someDarts(3000), 3000, 2356);
        paintAtEverySize(board);
        QCOMPARE(board.pointCount(), 3000);
    }

    void workerTimelineAndQueueDepth()
    {
        Telemetry t(3, 300);
        for (int w = 0; w < 3; ++w) {
            t.chunkFinished(w, ChunkEvent{static_cast<std::uint32_t>(w), 0, 5'000'000, 0, 0, 0, ChunkKind::startup});
            for (int c = 0; c < 10; ++c)
                t.chunkFinished(w, ChunkEvent{static_cast<std::uint32_t>(w), 5'000'000 + c * 1'000'000LL,
                                              5'900'000 + c * 1'000'000LL, std::uint64_t(c) * 10, 10, 50u + c});
        }
        WorkerTimeline timeline;
        timeline.reset(3);
        QueueDepthChart depth;
        depth.follow(timeline.timeAxis(), timeline.chart());
        timeline.pull(t, t.snapshot());
        depth.pull(t);
        t.finish();
        timeline.pull(t, t.snapshot());
        paintAtEverySize(timeline);
        paintAtEverySize(depth);
        QCOMPARE(timeline.startupCount(), std::size_t(3));
    }

    void sweepChartsAndEstimate()
    {
        // The sweep figures with data and their painted marks (multiples of the workers, the
        // default chunksize), as the primes lab and the Figures page draw them.
        Payload chunks;
        chunks.setFact(QStringLiteral("workers"), QStringLiteral("2"));
        for (int c = 1; c <= 6; ++c)
            chunks.add(QStringLiteral("measured"), c, 0.5 + c % 2);
        Payload sizes;
        sizes.setFact(QStringLiteral("default_chunksize"), QStringLiteral("12501"));
        sizes.add(QStringLiteral("natural"), 100, 0.5);
        sizes.add(QStringLiteral("natural"), 100'000, 0.7);
        for (const auto& [id, data] :
             {std::pair{QStringLiteral("chunk-count"), chunks}, std::pair{QStringLiteral("chunksize"), sizes}}) {
            const Figure* f = findFigure(id);
            QVERIFY(f);
            std::unique_ptr<QWidget> view(f->createView(nullptr));
            f->draw(view.get(), data.text(), false);
            QVERIFY(qobject_cast<XyFigureView*>(view.get())->markCount() > 0);
            paintAtEverySize(*view);
        }
        EstimateChart estimate;
        estimate.showEstimates({{1'000, 786}, {10'000, 7'853}});
        paintAtEverySize(estimate);
        WorkerBarsChart bars;
        bars.reset(2, 1000);
        paintAtEverySize(bars);
        // Waiting is not working: 2 s busy of which 0.5 s waiting for the GIL, in a 3 s run.
        std::vector<WorkerCounters> w(2);
        w[0].busyNs = 2'000'000'000;
        w[0].waitNs = 500'000'000;
        w[1].busyNs = 3'000'000'000;
        bars.showCounters(w, 3'000'000'000);
        const auto first = bars.timeSplit(0), second = bars.timeSplit(1);
        QCOMPARE(first[0], 1.5);
        QCOMPARE(first[1], 0.5);
        QCOMPARE(first[2], 1.0);
        QCOMPARE(second[0], 3.0);
        QCOMPARE(second[1], 0.0);
        QCOMPARE(second[2], 0.0);
    }

    void markedSlider()
    {
        LogSlider slider(1, 1'000'000);
        slider.addMark(12'501, QStringLiteral("default 12.5 thousand"), Qt::blue);
        slider.addMark(1, QStringLiteral("one"), Qt::red);
        paintAtEverySize(slider);
        MarkedSlider bare;
        bare.addMark(50, QStringLiteral("mark"), Qt::red);
        paintAtEverySize(bare);
    }

    void everyFigureView()
    {
        for (const auto& f : allFigures()) {
            std::unique_ptr<QWidget> view(f->createView(nullptr));
            f->draw(view.get(), QString(), false);
            paintAtEverySize(*view);
        }
    }
};

QTEST_MAIN(DrawingSizesTest)
#include "drawing_sizes_test.moc"
