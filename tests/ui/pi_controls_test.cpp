/// @file pi_controls_test.cpp
/// @brief The π control panel: every control changes the run request; start-up settings are
/// validated and name their option.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/pi/pi_controls.h"
#include "parlab/error.h"
#include "parlab/machine.h"
#include "widgets/log_slider.h"
#include "widgets/marked_slider.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <functional>

using parlab::PiParams;
using parlab::ui::PiControls;

using Move = std::function<void(PiControls&)>;
using Check = std::function<bool(const PiParams&, const PiParams&)>;
Q_DECLARE_METATYPE(Move)
Q_DECLARE_METATYPE(Check)

class PiControlsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void defaults()
    {
        PiControls c;
        const PiParams p = c.request();
        QCOMPARE(p.workers, parlab::machine().physicalCores);
        QCOMPARE(p.samples, quint64{2'000'000'000}); // long enough to show a speed-up (≥ 0.5 s at 1 worker)
        QCOMPARE(p.blocks, quint64{0});              // "auto": one per worker until changed
        QCOMPARE(c.workersSlider()->maximum(), 4 * parlab::machine().logicalCores);
        QCOMPARE(c.sweepWorkers().size(), 10);
        // Every backend the core knows is offered (new ones appear by themselves).
        QCOMPARE(c.backendBox()->count(), static_cast<int>(parlab::allValues<parlab::Backend>().size()));
    }

    void eachControlChangesRequest_data()
    {
        QTest::addColumn<Move>("move");
        QTest::addColumn<Check>("check");
        QTest::newRow("workers slider") << Move([](PiControls& c) {
            c.workersSlider()->setValue(c.workersSlider()->maximum());
        }) << Check([](const PiParams& a, const PiParams& b) { return b.workers != a.workers; });
        QTest::newRow("samples slider (drag)")
            << Move([](PiControls& c) { c.samplesSlider()->slider()->triggerAction(QSlider::SliderPageStepSub); })
            << Check([](const PiParams& a, const PiParams& b) { return b.samples < a.samples; });
        QTest::newRow("blocks") << Move([](PiControls& c) { c.blocksBox()->setValue(64); })
                                << Check([](const PiParams&, const PiParams& b) { return b.blocks == 64; });
        QTest::newRow("backend") << Move([](PiControls& c) {
            c.backendBox()->setCurrentIndex(c.backendBox()->count() - 1);
        }) << Check([](const PiParams& a, const PiParams& b) { return b.backend != a.backend; });
        QTest::newRow("kernel") << Move([](PiControls& c) {
            c.kernelBox()->setCurrentIndex(c.kernelBox()->findText("scalar"));
        }) << Check([](const PiParams&, const PiParams& b) { return b.kernel == parlab::Kernel::scalar; });
        QTest::newRow("seeding") << Move([](PiControls& c) {
            c.seedingBox()->setCurrentIndex(c.seedingBox()->findText("identical"));
        }) << Check([](const PiParams&, const PiParams& b) { return b.seeding == parlab::Seeding::identical; });
        QTest::newRow("seed") << Move([](PiControls& c) { c.seedBox()->setText(QStringLiteral("42")); })
                              << Check([](const PiParams&, const PiParams& b) { return b.seed == 42; });
        // The window takes every seed `parlab run` takes (issue 10: one set of rules).
        QTest::newRow("seed 2^64-1") << Move([](PiControls& c) {
            c.applySetting(QStringLiteral("seed"), QStringLiteral("18446744073709551615"));
        }) << Check([](const PiParams&, const PiParams& b) { return b.seed == 18446744073709551615ULL; });
        QTest::newRow("samples below the slider")
            << Move([](PiControls& c) { c.applySetting(QStringLiteral("samples"), QStringLiteral("1")); })
            << Check([](const PiParams&, const PiParams& b) { return b.samples == 1; });
    }

    void eachControlChangesRequest()
    {
        QFETCH(Move, move);
        QFETCH(Check, check);
        PiControls c;
        QSignalSpy changed(&c, &PiControls::requestChanged);
        const PiParams before = c.request();
        move(c);
        QVERIFY(check(before, c.request()));
        QVERIFY(changed.count() >= 1);
    }

    void settings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("workers") << "workers"
                                 << "3" << true;
        QTest::newRow("workers beyond the slider") << "workers"
                                                   << "40" << true;
        QTest::newRow("workers 0") << "workers"
                                   << "0" << false;
        QTest::newRow("samples 1e9") << "samples"
                                     << "1e9" << true;
        // The command line's range (issue 10): 10 darts is a run, 0 and 10^12 are not.
        QTest::newRow("samples 10") << "samples"
                                    << "10" << true;
        QTest::newRow("samples 0") << "samples"
                                   << "0" << false;
        QTest::newRow("samples too many") << "samples"
                                          << "1e12" << false;
        QTest::newRow("samples not a number") << "samples"
                                              << "lots" << false;
        QTest::newRow("blocks") << "blocks"
                                << "16" << true;
        QTest::newRow("blocks auto") << "blocks"
                                     << "auto" << true;
        QTest::newRow("kernel") << "kernel"
                                << "scalar" << true;
        QTest::newRow("kernel bad") << "kernel"
                                    << "simd" << false;
        QTest::newRow("seeding bad") << "seeding"
                                     << "forked" << false;
        QTest::newRow("backend bad") << "backend"
                                     << "mpi" << false;
        QTest::newRow("seed") << "seed"
                              << "7" << true;
    }

    void settings()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        PiControls c;
        try {
            c.applySetting(name, value);
            QVERIFY2(ok, "a bad value was accepted");
        } catch (const parlab::Error& e) {
            QVERIFY2(!ok, e.what());
            QVERIFY2(QString::fromUtf8(e.what()).contains("--" + name), e.what());
        }
    }

    void settingsReachTheRequest()
    {
        PiControls c;
        c.applySetting("workers", "3");
        c.applySetting("samples", "2.5e6");
        c.applySetting("blocks", "12");
        c.applySetting("kernel", "scalar");
        const PiParams p = c.request();
        QCOMPARE(p.workers, 3);
        QCOMPARE(p.samples, quint64{2'500'000});
        QCOMPARE(p.blocks, quint64{12});
        QCOMPARE(p.kernel, parlab::Kernel::scalar);
    }

    void sweepList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVector<int>>("expected");
        QTest::newRow("range") << "1-4" << QVector<int>{1, 2, 3, 4};
        QTest::newRow("list") << "8, 1,2,4" << QVector<int>{1, 2, 4, 8};
        QTest::newRow("mixed") << "1-3,6" << QVector<int>{1, 2, 3, 6};
    }

    void sweepList()
    {
        QFETCH(QString, text);
        QFETCH(QVector<int>, expected);
        PiControls c;
        c.sweepField()->setText(text);
        QCOMPARE(c.sweepWorkers(), expected);
    }

    void badSweepListNamesTheField()
    {
        QVERIFY_THROWS_EXCEPTION(parlab::Error, PiControls::parseWorkerList("4-1", "sweep workers"));
        QVERIFY_THROWS_EXCEPTION(parlab::Error, PiControls::parseWorkerList("", "sweep workers"));
        QVERIFY_THROWS_EXCEPTION(parlab::Error, PiControls::parseWorkerList("0-3", "sweep workers"));
    }
};

QTEST_MAIN(PiControlsTest)
#include "pi_controls_test.moc"
