/// @file log_time_axis_test.cpp
/// @brief The chunksize U-curve offers a log time axis, in the primes lab and on the Figures
/// page: the box shows only beside that chart, and ticking it puts both arms of the U in view.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figures_page.h"
#include "figures/log_time_box.h"
#include "figures/xy_figure_view.h"
#include "labs/primes/primes_lab_page.h"

#include <QChart>
#include <QLogValueAxis>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

using namespace parlab;
using namespace parlab::ui;

namespace {

// A U-curve like the book's: chunksize 1 costs 4 s, the default 0.04 s.
Payload uCurve()
{
    Payload p;
    const double xs[] = {1, 10, 100, 1000, 10000, 50000};
    const double ys[] = {4.0, 0.5, 0.08, 0.04, 0.05, 0.09};
    for (int i = 0; i < 6; ++i)
        p.add(QStringLiteral("natural"), xs[i], ys[i]);
    return p;
}

QAbstractAxis* yAxis(const XyFigureView* v)
{
    const auto axes = v->chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : axes.front();
}

} // namespace

class LogTimeAxisTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(cache_.isValid());
        qputenv("PARLAB_CACHE_DIR", cache_.path().toLocal8Bit());
    }

    void primesLabChunksizeChart()
    {
        PrimesLabPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* box = page.findChild<LogTimeBox*>(QStringLiteral("logTimeAxis"));
        auto* tabs = page.findChild<QTabWidget*>();
        QVERIFY(box && tabs);
        XyFigureView* chart = page.chunksizeChart();
        QVERIFY(!box->isVisible()); // the per-worker load tab is shown first: no time axis there
        tabs->setCurrentWidget(chart);
        QVERIFY(box->isVisible());
        chart->show(uCurve(), {});
        QVERIFY(qobject_cast<QValueAxis*>(yAxis(chart)));
        // On the linear 0–4 s axis the right arm (0.04 … 0.09 s) is within 2 % of the height.
        box->setChecked(true);
        QVERIFY(chart->logY());
        auto* log = qobject_cast<QLogValueAxis*>(yAxis(chart));
        QVERIFY(log);
        QVERIFY(log->min() < 0.04 && log->max() > 4.0);
        QCOMPARE(chart->pointCount(), 6);
        // Other charts keep their own axes.
        tabs->setCurrentWidget(page.chunkCountChart());
        QVERIFY(!box->isVisible());
        QVERIFY(!page.chunkCountChart()->logY());
        box->setChecked(false);
        QVERIFY(chart->logY()); // only the chart the box stands for follows it
        tabs->setCurrentWidget(chart);
        QVERIFY(!chart->logY());
    }

    void figuresPageChunksizeFigure()
    {
        FiguresPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* box = page.findChild<LogTimeBox*>(QStringLiteral("logTimeAxis"));
        QVERIFY(box);
        QVERIFY(page.select(QStringLiteral("darts")));
        QVERIFY(!box->isVisible());
        QVERIFY(page.select(QStringLiteral("chunksize")));
        QVERIFY(box->isVisible());
        box->setChecked(true);
        auto* view = qobject_cast<XyFigureView*>(page.currentView());
        QVERIFY(view && view->logY());
        QVERIFY(qobject_cast<QLogValueAxis*>(yAxis(view)));
        QVERIFY(page.select(QStringLiteral("speedup")));
        QVERIFY(!box->isVisible());
    }

  private:
    QTemporaryDir cache_;
};

QTEST_MAIN(LogTimeAxisTest)
#include "log_time_axis_test.moc"
