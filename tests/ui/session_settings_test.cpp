/// @file session_settings_test.cpp
/// @brief Settings survive a restart: controls changed on every page, the page shown and the
/// Figures page's figure come back in a new window; "Reset to defaults" puts every control back
/// and forgets them, leaving other features' keys (language, presenter) alone. Settings live in a
/// temporary directory, never in the user's.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figures_page.h"
#include "labs/pi/pi_controls.h"
#include "labs/pi/pi_lab_page.h"
#include "labs/primes/primes_controls.h"
#include "labs/primes/primes_lab_page.h"
#include "shell/main_window.h"
#include "shell/page_shortcuts.h"
#include "shell/session_settings.h"
#include "widgets/log_slider.h"
#include "widgets/marked_slider.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace parlab;
using namespace parlab::ui;

namespace {

struct Window {
    std::unique_ptr<MainWindow> window;
    SessionSettings* session = nullptr;
    PiControls* pi = nullptr;
    PrimesControls* primes = nullptr;
    FiguresPage* figures = nullptr;
};

// As guiMain builds it (without --screenshot).
Window makeWindow()
{
    Window w;
    w.window = std::make_unique<MainWindow>();
    auto* pi = new PiLabPage(w.window.get());
    auto* primes = new PrimesLabPage(w.window.get());
    w.figures = new FiguresPage(w.window.get());
    w.window->addLab(pi);
    w.window->addLab(primes);
    w.window->addLab(w.figures);
    addPageShortcuts(*w.window);
    w.session = new SessionSettings(w.window.get());
    w.session->restore();
    w.pi = pi->controls();
    w.primes = primes->controls();
    return w;
}

QString selectedFigure(const FiguresPage* page)
{
    const auto* list = page->findChild<QListWidget*>();
    return list && list->currentItem() ? list->currentItem()->data(Qt::UserRole).toString() : QString();
}

// What a person would read off the controls this test changes.
struct Reading {
    int piWorkers;
    quint64 samples;
    int seeding;
    QString seed;
    QString sweep;
    quint64 chunksize;
    bool followsDefault;
    int schedule;
    QString first;
    QString figure;
    int repeats;
    bool operator==(const Reading&) const = default;
};

Reading read(const Window& w)
{
    return {w.pi->workersSlider()->value(),
            w.pi->samplesSlider()->value(),
            w.pi->seedingBox()->currentIndex(),
            w.pi->seedBox()->text(),
            w.pi->sweepField()->text(),
            w.primes->chunksizeSlider()->value(),
            w.primes->followsDefault(),
            w.primes->findChildren<QComboBox*>().at(0)->currentIndex(),
            w.primes->findChildren<QLineEdit*>().at(0)->text(),
            selectedFigure(w.figures),
            w.figures->findChild<QSpinBox*>()->value()};
}

} // namespace

class SessionSettingsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        qputenv("PARLAB_CACHE_DIR", (dir_.path() + QStringLiteral("/cache")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("parlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("parlab"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
        QVERIFY(QSettings().fileName().startsWith(dir_.path()));
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
            w.primes->findChildren<QComboBox*>().at(0)->setCurrentIndex(defaults.schedule + 1);
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
