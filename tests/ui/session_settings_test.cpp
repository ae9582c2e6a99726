/// @file session_settings_test.cpp
/// @brief Settings survive a restart: controls changed on every page, the page shown and the
/// Figures page's figure come back in a new window; "Reset to defaults" puts every control back
/// and forgets them, leaving other features' keys (language, presenter) alone. Settings live in a
/// temporary directory, never in the user's.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session_window.h"

#include <QAction>
#include <QMenu>
#include <QtTest>

using namespace parlab;
using namespace parlab::ui;
using namespace parlab::ui::test;

class SessionSettingsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QVERIFY(useSettingsIn(dir_));
    }

    void init() { QSettings().clear(); }

    void settingsSurviveARestart()
    {
        Reading defaults;
        Reading changed;
        {
            Window w = makeWindow();
            defaults = read(w);
            w.pi->workersSlider()->setValue(defaults.piWorkers + 2);
            w.pi->samplesSlider()->setValue(3'000'000);
            w.pi->seedingBox()->setCurrentIndex(1 - defaults.seeding);
            w.pi->seedBox()->setText(QStringLiteral("42"));
            w.pi->sweepField()->setText(QStringLiteral("1, 2, 5"));
            w.primes->findChildren<QLineEdit*>().at(0)->setText(QStringLiteral("100000001"));
            schedule(w)->setCurrentIndex(defaults.schedule + 1);
            w.primes->chunksizeSlider()->setValue(777);
            QVERIFY(w.figures->select(QStringLiteral("chunksize")));
            w.figures->findChild<QSpinBox*>()->setValue(defaults.repeats + 1);
            w.window->showLab(w.window->lab(QStringLiteral("primes")));
            changed = read(w);
            QVERIFY(!(changed == defaults));
            QVERIFY(!changed.followsDefault);
            QVERIFY(w.window->close()); // a closing window saves, as when the user quits
        }
        Window again = makeWindow();
        const Reading back = read(again);
        QCOMPARE(back.piWorkers, changed.piWorkers);
        QCOMPARE(back.samples, quint64(3'000'000));
        QCOMPARE(back.seeding, changed.seeding);
        QCOMPARE(back.seed, QStringLiteral("42"));
        QCOMPARE(back.sweep, QStringLiteral("1, 2, 5"));
        QCOMPARE(back.first, QStringLiteral("100000001"));
        QCOMPARE(back.schedule, changed.schedule);
        QCOMPARE(back.chunksize, quint64(777));
        QCOMPARE(back.followsDefault, false);
        QCOMPARE(back.figure, QStringLiteral("chunksize"));
        QCOMPARE(back.repeats, changed.repeats);
        QCOMPARE(again.window->currentLab()->labId(), QStringLiteral("primes"));
    }

    void pythonsDefaultIsRememberedAsAChoice()
    {
        {
            Window w = makeWindow();
            w.primes->chunksizeSlider()->setValue(50);
            w.primes->setFollowsDefault(true); // the "Use default" button
            QVERIFY(w.window->close());
        }
        Window again = makeWindow();
        QVERIFY(again.primes->followsDefault());
        QCOMPARE(again.primes->chunksizeSlider()->value(), again.primes->markedDefault());
    }

    void resetRestoresDefaultsAndForgetsThem()
    {
        Reading defaults;
        {
            Window fresh = makeWindow();
            defaults = read(fresh);
        }
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("ko"));
        QSettings().setValue(QStringLiteral("presenter"), true);
        Window w = makeWindow();
        w.pi->workersSlider()->setValue(defaults.piWorkers + 1);
        w.pi->samplesSlider()->setValue(2'000'000);
        w.primes->chunksizeSlider()->setValue(99);
        QVERIFY(w.figures->select(QStringLiteral("prime-cost")));
        w.session->save();
        QVERIFY(!QSettings().childGroups().filter(SessionSettings::labsGroup()).isEmpty());

        auto* reset = w.window->findChild<QAction*>(QStringLiteral("resetToDefaults"));
        QVERIFY(reset);
        QVERIFY(w.window->viewMenu()->actions().contains(reset));
        reset->trigger();
        QCOMPARE(read(w), defaults);
        QVERIFY(QSettings().childGroups().filter(SessionSettings::labsGroup()).isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ko"));
        QCOMPARE(QSettings().value(QStringLiteral("presenter")).toBool(), true);
    }

  private:
    QTemporaryDir dir_;
};

QTEST_MAIN(SessionSettingsTest)
#include "session_settings_test.moc"
