/// @file figure_measurements_test.cpp
/// @brief Timed figures keep every repeat, draw their spread, say when the machine was busy or a
/// point is noisy, and re-measure only the noisy points.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figure_registry.h"
#include "figures/payload.h"
#include "figures/xy_figure_view.h"
#include "parlab/statistics.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace parlab;
using namespace parlab::ui;

namespace {

// The book's range cut short, two workers, short passes: seconds on two cores.
FigureParams smallParams()
{
    FigureParams p;
    p.quick = true;
    p.repeats = 2;
    p.targetSeconds = 1e-3;
    p.workers = 2;
    p.first = 1'000'000;
    p.last = 1'004'000;
    return p;
}

} // namespace

class FigureMeasurementsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void timedPointsKeepEveryRepeatAndShowTheirSpread()
    {
        const Figure* f = findFigure(QStringLiteral("chunk-count"));
        QVERIFY(f);
        CancelToken cancel;
        FigureParams fp = smallParams();
        fp.repeats = 3;
        const Payload p = Payload::parse(*f->measureWithLoad(fp, cancel, [](const QString&) {}));
        const auto measured = p.points(QStringLiteral("measured"));
        QVERIFY(!measured.isEmpty());
        for (const QPointF& pt : measured) {
            const auto all = p.repeats(QStringLiteral("measured"), pt.x());
            QVERIFY(all && all->size() == 3);
            QCOMPARE(pt.y(), parlab::median(*all)); // the median is plotted
        }
        QVERIFY2(!p.fact(QStringLiteral("background_cpu")).isEmpty(), "the machine's load is recorded");
        QVERIFY(p.fact(QStringLiteral("size")).contains(QStringLiteral("passes")));
        std::unique_ptr<QWidget> view(f->createView(nullptr));
        f->draw(view.get(), p.text(), false);
        auto* xy = qobject_cast<XyFigureView*>(view.get());
        QVERIFY(xy);
        QCOMPARE(xy->errorBarCount(), static_cast<int>(measured.size()));
        const QString tip = xy->pointTip(QStringLiteral("measured"), measured.front());
        QVERIFY2(tip.contains(QStringLiteral("3 repeat")), qPrintable(tip));
    }

    void noisyPointsAreWarnedAndOnlyTheyMeasuredAgain()
    {
        const Figure* f = findFigure(QStringLiteral("chunk-count"));
        CancelToken cancel;
        FigureParams fp = smallParams();
        Payload p = Payload::parse(*f->measure(fp, cancel, [](const QString&) {}));
        // Every point made steady, point 3 noisy (×10 between its repeats), the machine busy: a
        // payload this test controls, whatever this machine measured.
        for (const QPointF& pt : p.points(QStringLiteral("measured")))
            p.setTiming(QStringLiteral("measured"), pt.x(), {0.01, 0.0101});
        p.setTiming(QStringLiteral("measured"), 3, {0.001, 0.01});
        p.setFact(QStringLiteral("background_cpu"), QStringLiteral("0.90"));
        QCOMPARE(p.noisyPoints().size(), 1);
        std::unique_ptr<QWidget> view(f->createView(nullptr));
        f->draw(view.get(), p.text(), false);
        const QString warning = qobject_cast<XyFigureView*>(view.get())->warning();
        QVERIFY2(warning.contains(QStringLiteral("busy")) && warning.contains(QStringLiteral("0.9 cores")),
                 qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("25 %")), qPrintable(warning));

        fp.remeasureNoisyOf = p.text();
        const Payload again = Payload::parse(*f->measure(fp, cancel, [](const QString&) {}));
        QCOMPARE(again.points(QStringLiteral("measured")).size(), p.points(QStringLiteral("measured")).size());
        for (const QPointF& pt : p.points(QStringLiteral("measured"))) {
            const auto before = p.repeats(QStringLiteral("measured"), pt.x());
            const auto after = again.repeats(QStringLiteral("measured"), pt.x());
            QVERIFY(before && after);
            if (pt.x() == 3)
                QVERIFY2(*after != *before, "the noisy point was measured again");
            else
                QVERIFY2(*after == *before, "the other points were kept as measured");
        }
    }
};

QTEST_MAIN(FigureMeasurementsTest)
#include "figure_measurements_test.moc"
