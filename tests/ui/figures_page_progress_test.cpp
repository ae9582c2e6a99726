/// @file figures_page_progress_test.cpp
/// @brief The Figures page speaks of its own buttons: an empty dart board says "press Measure"
/// (the lab's says "press Run"), and a finished measurement leaves the progress bar full with a
/// note, a stopped one empty.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dart_board_chart.h"
#include "figures/figures_page.h"
#include "labs/pi/pi_lab_page.h"

#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace parlab;
using namespace parlab::ui;

class FiguresPageProgressTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<parlab::ui::RunOutcome>();
        QVERIFY(cache_.isValid());
        qputenv("PARLAB_CACHE_DIR", cache_.path().toLocal8Bit());
    }

    void emptyBoardNamesTheButton()
    {
        FiguresPage page;
        QVERIFY(page.select(QStringLiteral("darts")));
        auto* board = qobject_cast<DartBoardChart*>(page.currentView());
        QVERIFY(board);
        QVERIFY2(board->titleText().contains(QStringLiteral("press Measure")), qPrintable(board->titleText()));
        PiLabPage lab;
        QVERIFY2(lab.dartBoard()->titleText().contains(QStringLiteral("press Run")),
                 qPrintable(lab.dartBoard()->titleText()));
    }

    void finishedMeasurementFillsTheBar()
    {
        FiguresPage page;
        QVERIFY(page.select(QStringLiteral("darts")));
        auto* bar = page.findChild<QProgressBar*>();
        QVERIFY(bar);
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.measure(true);
        QVERIFY(page.isBusy());
        QVERIFY(ended.wait(120'000)); // a completion to wait for, not a time being judged
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::finished);
        QCOMPARE(bar->minimum(), 0);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(bar->maximum() > 0);
        auto* board = qobject_cast<DartBoardChart*>(page.currentView());
        QVERIFY(board && board->pointCount() > 0);
    }

    void stoppedMeasurementEmptiesTheBar()
    {
        FiguresPage page;
        QVERIFY(page.select(QStringLiteral("chunk-count")));
        auto* bar = page.findChild<QProgressBar*>();
        QSignalSpy ended(&page, &LabPage::runEnded);
        page.measure(true);
        page.stop();
        QVERIFY(ended.wait(120'000));
        QCOMPARE(ended.at(0).at(0).value<RunOutcome>(), RunOutcome::cancelled);
        QCOMPARE(bar->maximum(), 1000);
        QCOMPARE(bar->value(), 0);
    }

  private:
    QTemporaryDir cache_;
};

QTEST_MAIN(FiguresPageProgressTest)
#include "figures_page_progress_test.moc"
