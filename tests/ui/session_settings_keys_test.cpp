/// @file session_settings_keys_test.cpp
/// @brief Every control is saved under its own name (and a Figures view's under its figure's id),
/// so a newer layout never hands a saved value to another control: values come back into the same
/// control after another is inserted before it or its group is wrapped in a new box, a choice among
/// items with ids comes back as the same item, and keys from before the names are never applied.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session_window.h"

#include "figures/figure.h"
#include "figures/figure_registry.h"
#include "widgets/item_id.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QtTest>

using namespace parlab;
using namespace parlab::ui;
using namespace parlab::ui::test;

namespace {

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

} // namespace

class SessionSettingsKeysTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QVERIFY(useSettingsIn(dir_));
    }

    void init() { QSettings().clear(); }

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

    // The core's options (backend, kernel, schedule, …) are saved by their command-line names: a
    // backend the core adds before "processes" does not turn a saved "processes" into another one.
    void enumChoicesAreSavedByName()
    {
        const auto box = [](Window& w, const char* lab, const char* name) {
            return w.window->lab(QString::fromLatin1(lab))->findChild<QComboBox*>(QString::fromLatin1(name));
        };
        {
            Window w = makeWindow();
            QComboBox* backend = box(w, "primes", "backend");
            backend->setCurrentIndex(backend->findText(QStringLiteral("processes")));
            QComboBox* kernel = box(w, "pi", "kernel");
            kernel->setCurrentIndex(kernel->findText(QStringLiteral("scalar")));
            QVERIFY(backend->currentIndex() > 0);
            QVERIFY(w.window->close());
        }
        QCOMPARE(QSettings().value(SessionSettings::labsGroup() + QStringLiteral("/primes/backend")).toString(),
                 QStringLiteral("processes"));
        QCOMPARE(QSettings().value(SessionSettings::labsGroup() + QStringLiteral("/pi/kernel")).toString(),
                 QStringLiteral("scalar"));
        Window again = makeWindow([&box](Window& w) {
            QComboBox* backend = box(w, "primes", "backend");
            backend->insertItem(0, QStringLiteral("a new backend"), 99);
            backend->setItemData(0, QStringLiteral("a-new-backend"), kItemIdRole);
        });
        QCOMPARE(box(again, "primes", "backend")->currentText(), QStringLiteral("processes"));
        QCOMPARE(box(again, "pi", "kernel")->currentText(), QStringLiteral("scalar"));
    }

    // Each figure view of the Figures page is a scope of its own: two views may hold controls of
    // the same name, and each gets its own value back, whichever order the views were built in.
    void figureViewsKeepTheirOwnControls()
    {
        const auto addBoxes = [](const QStringList& ids) {
            return [ids](Window& w) {
                for (const QString& id : ids) {
                    QVERIFY(w.figures->select(id)); // builds its view
                    auto* box = new QCheckBox(QStringLiteral("extra"), w.figures->currentView());
                    box->setObjectName(QStringLiteral("extra"));
                }
            };
        };
        const QString chunksize = QStringLiteral("chunksize");
        const QString cost = QStringLiteral("prime-cost");
        const auto box = [](const Window& w, const QString& id) {
            return w.figures->findChild<QWidget*>(id)->findChild<QCheckBox*>(QStringLiteral("extra"));
        };
        {
            Window w = makeWindow(addBoxes({chunksize, cost}));
            QVERIFY(badNames(w.figures).isEmpty());
            QStringList keys;
            for (const SessionSettings::Control& c : SessionSettings::controlsOf(w.figures, w.figures->labId()))
                keys << c.key;
            QVERIFY(keys.contains(QStringLiteral("figures/chunksize/extra")));
            QVERIFY(keys.contains(QStringLiteral("figures/prime-cost/extra")));
            box(w, chunksize)->setChecked(true);
            QVERIFY(w.window->close());
        }
        Window again = makeWindow(addBoxes({cost, chunksize}));
        QVERIFY(box(again, chunksize)->isChecked());
        QVERIFY(!box(again, cost)->isChecked());
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

QTEST_MAIN(SessionSettingsKeysTest)
#include "session_settings_keys_test.moc"
