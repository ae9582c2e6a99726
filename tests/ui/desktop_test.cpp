/// @file desktop_test.cpp
/// @brief What makes parlab a desktop program: every input of every page says what it changes
/// (a tooltip), Ctrl+1…n open the pages, both labs mark the cores alike, and the About box names
/// the version, the licence and this machine's cores and CPU.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figure_registry.h"
#include "figures/figures_page.h"
#include "labs/pi/pi_controls.h"
#include "labs/pi/pi_lab_page.h"
#include "labs/primes/primes_lab_page.h"
#include "parlab/machine.h"
#include "parlab/version.h"
#include "run/lab_page.h"
#include "shell/main_window.h"
#include "shell/page_shortcuts.h"
#include "widgets/marked_slider.h"
#include "widgets/worker_slider.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace parlab;
using namespace parlab::ui;

namespace {

std::unique_ptr<MainWindow> makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->addLab(new PiLabPage(window.get()));
    window->addLab(new PrimesLabPage(window.get()));
    window->addLab(new FiguresPage(window.get()));
    addPageShortcuts(*window);
    return window;
}

void turns(int n)
{
    for (int i = 0; i < n; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

bool isInput(const QWidget* w)
{
    if (qobject_cast<const QScrollBar*>(w))
        return false; // part of a view, not a setting
    if (const auto* e = qobject_cast<const QLineEdit*>(w))
        return !e->isReadOnly() && !qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) &&
               !qobject_cast<const QComboBox*>(w->parentWidget());
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QAbstractSlider*>(w);
}

/// The tooltip a person sees over `w`: its own, or (as Qt shows it) the nearest one of the
/// composite control it belongs to, up to but not including the page.
QString shownToolTip(const QWidget* w, const QWidget* page)
{
    for (; w && w != page; w = w->parentWidget())
        if (!w->toolTip().trimmed().isEmpty())
            return w->toolTip();
    return {};
}

QString describe(const QWidget* w)
{
    QString text;
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    else if (const auto* c = qobject_cast<const QComboBox*>(w))
        text = c->currentText();
    else if (const auto* e = qobject_cast<const QLineEdit*>(w))
        text = e->text();
    return QStringLiteral("%1 '%2' (%3)").arg(QString::fromLatin1(w->metaObject()->className()), text, w->objectName());
}

} // namespace

class DesktopTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(cache_.isValid());
        qputenv("PARLAB_CACHE_DIR", cache_.path().toLocal8Bit());
    }

    void everyVisibleInputHasATooltip()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QStringList missing;
        int inputs = 0;
        const auto walk = [&](const QString& where, QWidget* page) {
            for (QWidget* w : page->findChildren<QWidget*>()) {
                if (!w->isVisible() || !isInput(w))
                    continue;
                // A tab bar's own scroll arrows (shown when its tabs outgrow it) are Qt's, not a setting.
                if (qobject_cast<QTabBar*>(w->parentWidget()))
                    continue;
                ++inputs;
                if (shownToolTip(w, page).isEmpty())
                    missing << where + QStringLiteral(": ") + describe(w);
            }
        };
        for (int i = 0; i < window->tabs()->count(); ++i) {
            auto* page = qobject_cast<LabPage*>(window->tabs()->widget(i));
            window->showLab(page);
            turns(20);
            walk(page->labId(), page);
            // The primes lab's charts are tabs, each with its own inputs.
            for (QTabWidget* inner : page->findChildren<QTabWidget*>()) {
                for (int t = 0; t < inner->count(); ++t) {
                    inner->setCurrentIndex(t);
                    turns(10);
                    walk(page->labId() + QStringLiteral("/") + inner->tabText(t), inner->widget(t));
                }
            }
            // The Figures page builds each figure's view (with its check boxes) when it is chosen.
            if (auto* figures = qobject_cast<FiguresPage*>(page)) {
                for (const auto& f : allFigures()) {
                    QVERIFY(figures->select(f->info().id));
                    turns(10);
                    walk(QStringLiteral("figures/") + f->info().id, figures);
                }
            }
        }
        missing.removeDuplicates();
        for (const QString& m : missing)
            qWarning("no tooltip: %s", qPrintable(m));
        QVERIFY2(inputs > 30, qPrintable(QStringLiteral("only %1 inputs found").arg(inputs)));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no tooltip:\n") + missing.join(QLatin1Char('\n'))));
    }

    void ctrlDigitOpensEachPage()
    {
        auto window = makeWindow();
        const QStringList order = {QStringLiteral("pi"), QStringLiteral("primes"), QStringLiteral("figures")};
        for (int i = static_cast<int>(order.size()) - 1; i >= 0; --i) {
            auto* go = window->findChild<QAction*>(QStringLiteral("goToPage%1").arg(i + 1));
            QVERIFY(go);
            QCOMPARE(go->shortcut(), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
            QVERIFY(window->viewMenu()->actions().contains(go));
            go->trigger();
            QCOMPARE(window->currentLab()->labId(), order.at(i));
        }
    }

    // "2 core(s)" in red in one lab and "2 cores" in green in the other read as two facts.
    void bothLabsMarkTheCoresAlike()
    {
        auto window = makeWindow();
        auto* pi = qobject_cast<PiLabPage*>(window->lab(QStringLiteral("pi")));
        auto* primes = window->lab(QStringLiteral("primes"))->findChild<WorkerSlider*>();
        QVERIFY(pi && primes);
        const MarkedSlider* a = pi->controls()->workersSlider();
        const MarkedSlider* b = primes->slider();
        QVERIFY(!a->markLabels().isEmpty());
        QCOMPARE(a->markLabels(), b->markLabels());
        QCOMPARE(a->markColors(), b->markColors());
        for (const QString& label : a->markLabels())
            QVERIFY2(!label.contains(QStringLiteral("(s)")), qPrintable(label));
        QCOMPARE(a->markColors().front(), QColor(0x2e7d32)); // the physical cores: green in both
    }

    void aboutNamesVersionLicenceAndThisMachine()
    {
        auto window = makeWindow();
        QAction* about = nullptr;
        for (QAction* a : window->helpMenu()->actions())
            if (a->text().contains(QStringLiteral("About")))
                about = a;
        QVERIFY(about);
        QString text;
        // The box is modal: read it from inside its own event loop, then close it.
        QTimer::singleShot(0, this, [&text] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w)) {
                    text = box->text();
                    box->accept();
                }
        });
        about->trigger();
        const MachineInfo& m = machine();
        QVERIFY2(text.contains(QString::fromLatin1(std::string(version()).c_str())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 physical / %2 logical").arg(m.physicalCores).arg(m.logicalCores)),
                 qPrintable(text));
        QVERIFY2(text.contains(QString::fromStdString(m.cpuModel).toHtmlEscaped()), qPrintable(text));
    }

  private:
    QTemporaryDir cache_;
};

QTEST_MAIN(DesktopTest)
#include "desktop_test.moc"
