/// @file worker_timeline_test.cpp
/// @brief The timeline holds one rectangle per chunk, stays bounded with very many chunks, and
/// paints lanes (coloured pixels) over the plot area.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/worker_load_chart.h"
#include "charts/worker_timeline.h"
#include "parlab/telemetry.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QTest>

using namespace parlab;
using namespace parlab::ui;

namespace {

// Writes `chunks` back-to-back chunks of 10 numbers per worker into a telemetry.
void fill(Telemetry& t, int workers, int chunks, std::int64_t startAt = 0)
{
    for (int w = 0; w < workers; ++w)
        for (int c = 0; c < chunks; ++c) {
            const std::int64_t s = startAt + c * 1000, e = s + 900;
            t.chunkFinished(w, ChunkEvent{static_cast<std::uint32_t>(w), s, e, std::uint64_t(c) * 10, 10, 50u + c});
        }
}

int colouredPixels(const QImage& img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            n += c.saturation() > 60 ? 1 : 0;
        }
    return n;
}

} // namespace

class WorkerTimelineTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void oneRectanglePerChunk_data()
    {
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("chunks");
        QTest::newRow("2 × 4") << 2 << 4;
        QTest::newRow("3 × 1") << 3 << 1;
        QTest::newRow("4 × 1000") << 4 << 1000;
    }
    void oneRectanglePerChunk()
    {
        QFETCH(int, workers);
        QFETCH(int, chunks);
        Telemetry t(workers, std::uint64_t(workers) * chunks * 10);
        WorkerTimeline view;
        view.reset(workers);
        fill(t, workers, chunks / 2);
        view.pull(t, t.snapshot());
        fill(t, workers, chunks - chunks / 2, 10'000'000); // the rest arrives in a later frame
        t.finish();
        view.pull(t, t.snapshot());
        QCOMPARE(view.rectangleCount(), std::size_t(workers) * chunks);
        QVERIFY(!view.merged());
    }

    // People count from 1: the lanes, the exported rows and the load bars all say worker 1…n.
    void workersAreNumberedFromOne()
    {
        Telemetry t(3, 30);
        WorkerTimeline view;
        view.reset(3);
        fill(t, 3, 1);
        t.finish();
        view.pull(t, t.snapshot());
        QList<QCategoryAxis*> axes;
        for (QAbstractAxis* a : view.chart()->axes(Qt::Vertical))
            if (auto* c = qobject_cast<QCategoryAxis*>(a))
                axes << c;
        QCOMPARE(axes.size(), 1);
        QCOMPARE(axes.front()->categoriesLabels(),
                 (QStringList{QStringLiteral("worker 1"), QStringLiteral("worker 2"), QStringLiteral("worker 3")}));
        QStringList workersInCsv;
        const QStringList rows = view.eventsCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1);
        for (const QString& row : rows)
            workersInCsv << row.section(QLatin1Char(','), 0, 0);
        workersInCsv.removeDuplicates();
        workersInCsv.sort();
        QCOMPARE(workersInCsv, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));

        WorkerLoadChart load;
        load.showSnapshot(t.snapshot());
        QStringList bars;
        for (QAbstractAxis* a : load.chart()->axes(Qt::Horizontal))
            if (auto* c = qobject_cast<QBarCategoryAxis*>(a))
                bars << c->categories();
        QCOMPARE(bars,
                 (QStringList{QStringLiteral("worker 1"), QStringLiteral("worker 2"), QStringLiteral("worker 3")}));
    }

    void boundedWithManyChunks()
    {
        Telemetry t(1, 1);
        WorkerTimeline view;
        view.reset(1);
        const int total = static_cast<int>(WorkerTimeline::kMaxPerLane) * 3;
        for (int done = 0; done < total; done += 10'000) {
            // Read between batches, as the 30 Hz timer does, so the ring never overruns.
            for (int c = done; c < std::min(total, done + 10'000); ++c)
                t.chunkFinished(0, ChunkEvent{0, c * 100LL, c * 100LL + 90, std::uint64_t(c), 1, 3});
            view.pull(t, t.snapshot());
        }
        QVERIFY(view.merged());
        QVERIFY(view.rectangleCount() <= WorkerTimeline::kMaxPerLane);
        QVERIFY(view.rectangleCount() >= WorkerTimeline::kMaxPerLane / 2);
    }

    void paintsLanes()
    {
        Telemetry t(2, 80);
        WorkerTimeline view;
        view.resize(600, 240);
        view.reset(2);
        fill(t, 2, 4);
        t.finish();
        view.pull(t, t.snapshot());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage img = view.grab().toImage();
        QVERIFY2(colouredPixels(img) > 2000, "the chunks are painted");
    }
};

QTEST_MAIN(WorkerTimelineTest)
#include "worker_timeline_test.moc"
