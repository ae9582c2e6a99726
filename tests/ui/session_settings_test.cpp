/// @file session_settings_test.cpp
/// @brief Settings survive a restart: controls changed on every page, the page shown and the
/// Figures page's figure come back in a new window; "Reset to defaults" puts every control back
/// and forgets them, leaving other features' keys (language, presenter) alone. Every control is
/// saved under its own name, so a value comes back into the same control after another is inserted
/// before it, and the old path-style keys are never applied. Settings live in a temporary
/// directory, never in the user's.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figure.h"
#include "figures/figure_registry.h"
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
#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
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

// As guiMain builds it (without --screenshot). `change` runs on the pages before the settings are
// read: a later version of the program that laid its controls out differently.
Window makeWindow(const std::function<void(Window&)>& change = {})
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
    w.pi = pi->controls();
    w.primes = primes->controls();
    if (change)
        change(w);
    w.session = new SessionSettings(w.window.get());
    w.session->restore();
    return w;
}

QComboBox* schedule(const Window& w)
{
    return w.primes->findChild<QComboBox*>(QStringLiteral("schedule"));
}

// A page's controls whose saved keys are missing or shared, described for a failure message.
QStringList badNames(LabPage* page)
{
    QStringList bad;
    QHash<QString, int> uses;
    const QList<SessionSettings::Control> controls = SessionSettings::controlsOf(page, page->labId());
    for (const SessionSettings::Control& c : controls)
        ++uses[c.key];
    for (const SessionSettings::Control& c : controls) {
        const QString what = QStringLiteral("%1 '%2' under %3")
                                 .arg(QString::fromLatin1(c.widget->metaObject()->className()), c.widget->objectName(),
                                      QString::fromLatin1(c.widget->parentWidget()->metaObject()->className()));
        if (c.key.isEmpty() || c.widget->objectName().isEmpty())
            bad << QStringLiteral("unnamed: ") + what;
        else if (uses.value(c.key) > 1)
            bad << QStringLiteral("shared key %1: ").arg(c.key) + what;
    }
    return bad;
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
            schedule(w)->currentIndex(),
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

    // A control without a name would be saved under no key (or, before names, under a path that
    // another control takes over when the layout changes): every control on every page, and in
    // every figure view of the Figures page, has a name of its own.
    void everyControlHasAUniqueName()
    {
        Window w = makeWindow();
        for (const auto& f : allFigures()) // a figure's view is built when it is first shown
            QVERIFY(w.figures->select(f->info().id));
        int found = 0;
        for (int i = 0; i < w.window->tabs()->count(); ++i) {
            auto* page = qobject_cast<LabPage*>(w.window->tabs()->widget(i));
            if (!page)
                continue;
            found += int(SessionSettings::controlsOf(page, page->labId()).size());
            const QStringList bad = badNames(page);
            QVERIFY2(bad.isEmpty(), qPrintable(page->labId() + QStringLiteral(": ") + bad.join(QStringLiteral("; "))));
        }
        QVERIFY(found >= 25); // the walk reaches the controls at all: 7 π, 8 primes, the figure list, …
        for (const auto& f : allFigures()) {
            QWidget* view = w.figures->findChild<QWidget*>(f->info().id);
            QVERIFY2(view, qPrintable(f->info().id));
            for (const SessionSettings::Control& c : SessionSettings::controlsOf(w.figures, w.figures->labId()))
                if (view->isAncestorOf(c.widget))
                    QVERIFY(c.key.startsWith(QStringLiteral("figures/%1/").arg(f->info().id)));
        }
        // The check itself sees what it must catch: an unnamed control, and a second "seeding".
        new QComboBox(w.primes);
        new QSpinBox(schedule(w)->parentWidget());
        auto* twin = new QComboBox(w.pi);
        twin->setObjectName(QStringLiteral("seeding"));
        QCOMPARE(badNames(w.window->lab(QStringLiteral("primes"))).size(), 2);
        QCOMPARE(badNames(w.window->lab(QStringLiteral("pi"))).size(), 2);
    }

    // A newer version inserts a control before a saved one and wraps another in a new box: each
    // saved value still goes back into its own control, and the new ones keep their defaults.
    void valuesFollowNamesNotPlaces()
    {
        int scheduleDefault = 0;
        {
            Window w = makeWindow();
            scheduleDefault = schedule(w)->currentIndex();
            schedule(w)->setCurrentIndex(scheduleDefault + 1);
            w.primes->chunksizeSlider()->setValue(777);
            w.pi->blocksBox()->setValue(6);
            QVERIFY(w.window->close());
        }
        QComboBox* unnamed = nullptr;
        QComboBox* named = nullptr;
        QSpinBox* before = nullptr;
        Window again = makeWindow([&](Window& w) {
            auto* form = qobject_cast<QFormLayout*>(w.primes->layout());
            QVERIFY(form);
            // Inserted before the schedule box in its layout and in its parent's children (the
            // order the walk visits them, and the order path-style keys counted siblings in).
            int row = 0;
            QFormLayout::ItemRole role;
            form->getWidgetPosition(schedule(w), &row, &role);
            unnamed = new QComboBox(w.primes);
            unnamed->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
            named = new QComboBox(w.primes);
            named->setObjectName(QStringLiteral("newChoice"));
            named->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
            form->insertRow(row, QStringLiteral("new"), named);
            form->insertRow(row, QStringLiteral("new"), unnamed);
            named->stackUnder(schedule(w));
            unnamed->stackUnder(named);
            // The chunksize slider wrapped in a new container, as a redesigned group would be.
            auto* box = new QWidget(w.primes);
            auto* boxLayout = new QVBoxLayout(box);
            form->getWidgetPosition(w.primes->chunksizeSlider(), &row, &role);
            form->removeWidget(w.primes->chunksizeSlider());
            boxLayout->addWidget(w.primes->chunksizeSlider());
            form->insertRow(row, QStringLiteral("chunks"), box);
            box->lower();
            // And a spin box before the π lab's blocks box, in the same group.
            before = new QSpinBox(w.pi->blocksBox()->parentWidget());
            before->setObjectName(QStringLiteral("newCount"));
            before->setRange(0, 100);
            before->stackUnder(w.pi->blocksBox());
        });
        QVERIFY(unnamed && named && before);
        QCOMPARE(schedule(again)->currentIndex(), scheduleDefault + 1);
        QCOMPARE(unnamed->currentIndex(), 0);
        QCOMPARE(named->currentIndex(), 0);
        QCOMPARE(again.primes->chunksizeSlider()->value(), quint64(777));
        QCOMPARE(again.pi->blocksBox()->value(), 6);
        QCOMPARE(before->value(), 0);
    }

    // A new figure listed before the chosen one, or a new kind of sweep, does not change the
    // choice: a choice among items with ids is saved as the id, not as a row.
    void choicesFollowIdsNotRows()
    {
        {
            Window w = makeWindow();
            QVERIFY(w.figures->select(QStringLiteral("prime-cost")));
            auto* kind = w.window->lab(QStringLiteral("primes"))->findChild<QComboBox*>(QStringLiteral("sweepKind"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("cost")));
            QVERIFY(kind->currentIndex() > 0);
            QVERIFY(w.window->close());
        }
        Window again = makeWindow([](Window& w) {
            auto* list = w.figures->findChild<QListWidget*>(QStringLiteral("figure"));
            auto* added = new QListWidgetItem(QStringLiteral("a new figure"));
            added->setData(Qt::UserRole, QStringLiteral("a-new-figure"));
            list->insertItem(0, added);
            w.window->lab(QStringLiteral("primes"))
                ->findChild<QComboBox*>(QStringLiteral("sweepKind"))
                ->insertItem(0, QStringLiteral("a new sweep"), QStringLiteral("a-new-sweep"));
        });
        QCOMPARE(selectedFigure(again.figures), QStringLiteral("prime-cost"));
        QCOMPARE(again.window->lab(QStringLiteral("primes"))
                     ->findChild<QComboBox*>(QStringLiteral("sweepKind"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("cost"));
    }

    // Keys from before the names (widget paths, in the old "labs" group) are not applied, even
    // when their paths still exist, and the next save removes them.
    void oldPathKeysAreIgnored()
    {
        Reading defaults;
        {
            Window fresh = makeWindow();
            defaults = read(fresh);
        }
        QSettings().clear();
        {
            QSettings s;
            const QString primes = QStringLiteral("labs/primes/QScrollArea.0/qt_scrollarea_viewport.0/QWidget.0/"
                                                  "PrimesControls.0/");
            s.setValue(primes + QStringLiteral("LogSlider.0"), QStringLiteral("777"));
            s.setValue(primes + QStringLiteral("QComboBox.0"), defaults.schedule + 1);
            s.setValue(primes + QStringLiteral("@followsDefault"), false);
            s.setValue(QStringLiteral("labs/pi/QScrollArea.0/qt_scrollarea_viewport.0/PiControls.0/QGroupBox.0/"
                                      "LogSlider.0"),
                       QStringLiteral("3000000"));
            s.setValue(QStringLiteral("labs/figures/QListWidget.0"), 3);
            // Even a key that names a control, if it is in the old group.
            s.setValue(QStringLiteral("labs/primes/chunksize"), QStringLiteral("555"));
        }
        Window w = makeWindow();
        QCOMPARE(read(w), defaults);
        w.session->save();
        QVERIFY(!QSettings().childGroups().contains(SessionSettings::legacyLabsGroup()));
        QVERIFY(QSettings().childGroups().contains(SessionSettings::labsGroup()));
        QVERIFY(QSettings().contains(SessionSettings::labsGroup() + QStringLiteral("/primes/chunksize")));
    }

  private:
    QTemporaryDir dir_;
};

QTEST_MAIN(SessionSettingsTest)
#include "session_settings_test.moc"
