/// @file main_window_test.cpp
/// @brief The whole window as `parlab` opens it (π, primes, Figures, with a darts figure in the
/// cache): it starts without crashing, an idle window costs next to no CPU time and nothing is
/// relaid out, and switching pages never changes the window's size or its size hints.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figure_registry.h"
#include "figures/figure_store.h"
#include "figures/figures_page.h"
#include "labs/pi/pi_lab_page.h"
#include "labs/primes/primes_lab_page.h"
#include "shell/main_window.h"

#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sys/resource.h>

using namespace parlab;
using namespace parlab::ui;

namespace {

// CPU time (user + system, every thread) this process has used so far, in seconds.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const auto s = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    };
    return s(u.ru_utime) + s(u.ru_stime);
}

// Counts the events that mean "something is being laid out or ticking" while the window idles.
class EventCounter : public QObject {
  public:
    int layoutRequests = 0;
    int timerTicks = 0;
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::LayoutRequest || e->type() == QEvent::GraphicsSceneResize)
            ++layoutRequests;
        if (e->type() == QEvent::Timer)
            ++timerTicks;
        return false;
    }
};

// Lets queued work run: a fixed number of event-loop turns, counted, not timed.
void turns(int n)
{
    for (int i = 0; i < n; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

struct Hints {
    QSize size, hint, minimum;
    bool operator==(const Hints&) const = default;
};

Hints hintsOf(const QWidget& w)
{
    return {w.size(), w.sizeHint(), w.minimumSizeHint()};
}

QString describe(const Hints& h)
{
    return QStringLiteral("size %1×%2, hint %3×%4, minimum %5×%6")
        .arg(h.size.width())
        .arg(h.size.height())
        .arg(h.hint.width())
        .arg(h.hint.height())
        .arg(h.minimum.width())
        .arg(h.minimum.height());
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(cacheDir_.isValid());
        qputenv("PARLAB_CACHE_DIR", cacheDir_.path().toLocal8Bit());
        // A darts figure in the cache, as `parlab figure darts --quick` leaves it: the Figures
        // page draws it at start-up, into a chart that has not been given a real size yet.
        const Figure* darts = findFigure(QStringLiteral("darts"));
        QVERIFY(darts);
        CancelToken cancel;
        const FigureParams quick;
        const auto payload = darts->measure(quick, cancel, [](const QString&) {});
        QVERIFY(payload);
        FigureStore store;
        store.store(*darts, quick, *payload);
        QVERIFY(store.find(*darts, quick));
    }

    void startsWithACachedDartsFigure()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        turns(50);
        auto* figures = qobject_cast<FiguresPage*>(window->lab(QStringLiteral("figures")));
        QVERIFY(figures);
        QVERIFY(figures->provenance().startsWith(QStringLiteral("cached")));
    }

    void idleWindowUsesNoCpu()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        turns(50); // start-up layout and the first paints are not idling
        EventCounter counter;
        qApp->installEventFilter(&counter);
        const double before = cpuSeconds();
        QTest::qWait(3000); // the idle period being measured, not a wait for something to happen
        const double used = cpuSeconds() - before;
        qApp->removeEventFilter(&counter);
        // A relayout loop or a free-running 30 Hz timer costs tenths of a second here; an idle
        // event loop costs next to nothing.
        QVERIFY2(used < 0.15, qPrintable(QStringLiteral("%1 s of CPU in 3 s idle (%2 layout requests, %3 timer ticks)")
                                             .arg(used)
                                             .arg(counter.layoutRequests)
                                             .arg(counter.timerTicks)));
        QCOMPARE(counter.layoutRequests, 0);
        // The labs' 30 Hz pull timers exist, and none runs while nothing is measured.
        QVERIFY(window->findChild<QTimer*>(QStringLiteral("piFrameTimer")));
        QVERIFY(window->findChild<QTimer*>(QStringLiteral("primesFrameTimer")));
        for (QTimer* t : window->findChildren<QTimer*>())
            QVERIFY2(!t->isActive(), qPrintable(t->objectName() + QStringLiteral(" runs while nothing is measured")));
    }

    void switchingPagesKeepsTheSize_data()
    {
        QTest::addColumn<QString>("first");
        QTest::newRow("opened on π") << QStringLiteral("pi");
        QTest::newRow("opened on primes") << QStringLiteral("primes");
        QTest::newRow("opened on figures") << QStringLiteral("figures");
    }
    void switchingPagesKeepsTheSize()
    {
        QFETCH(QString, first);
        auto window = makeWindow();
        window->showLab(window->lab(first));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        turns(50);
        const Hints start = hintsOf(*window);
        // 1280×800, or as much of it as the screen has (offscreen's is small): never off the screen
        // unless the pages' own minimum forces it.
        const QSize screen = window->screen()->availableGeometry().size();
        QCOMPARE(start.size, QSize(1280, 800).boundedTo(screen).expandedTo(start.minimum));
        QVERIFY2(start.minimum.width() <= 1280 && start.minimum.height() <= 800, qPrintable(describe(start)));
        // Every page's hints, taken when it is first shown, must stay put whatever is shown after.
        QHash<QString, Hints> pageHints;
        const QStringList tour = {QStringLiteral("pi"),
                                  QStringLiteral("primes"),
                                  QStringLiteral("figures"),
                                  QStringLiteral("primes"),
                                  QStringLiteral("pi"),
                                  QStringLiteral("figures"),
                                  first};
        for (const QString& id : tour) {
            LabPage* page = window->lab(id);
            window->showLab(page);
            turns(50);
            const QString where = QStringLiteral("on %1: ").arg(id);
            QVERIFY2(hintsOf(*window).size == start.size, qPrintable(where + describe(hintsOf(*window))));
            QVERIFY2(hintsOf(*window).minimum == start.minimum, qPrintable(where + describe(hintsOf(*window))));
            const Hints h{page->size(), page->sizeHint(), page->minimumSizeHint()};
            QVERIFY2(h.minimum.width() <= 1280 && h.minimum.height() <= 800, qPrintable(where + describe(h)));
            QVERIFY2(h.hint.width() <= 1280 && h.hint.height() <= 800, qPrintable(where + describe(h)));
            if (!pageHints.contains(id))
                pageHints.insert(id, h);
            QVERIFY2(h == pageHints.value(id),
                     qPrintable(where + describe(h) + QStringLiteral(" was ") + describe(pageHints.value(id))));
        }
        // Nothing keeps growing in the background either.
        turns(500);
        QCOMPARE(hintsOf(*window).size, start.size);
        QCOMPARE(hintsOf(*window).minimum, start.minimum);
        const LabPage* shown = window->lab(first);
        QCOMPARE((Hints{shown->size(), shown->sizeHint(), shown->minimumSizeHint()}), pageHints.value(first));
    }

    void everyFigureKeepsTheSizeAndSettles()
    {
        auto window = makeWindow();
        auto* figures = qobject_cast<FiguresPage*>(window->lab(QStringLiteral("figures")));
        window->showLab(figures);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        turns(50);
        const Hints start = hintsOf(*window);
        for (const auto& f : allFigures()) {
            QVERIFY(figures->select(f->info().id));
            turns(50);
            // A view's own minimum (a figure chart's 480×340) may raise the page's, but only within the window.
            const Hints now = hintsOf(*window);
            QVERIFY2(now.size == start.size && now.minimum.width() <= 1280 && now.minimum.height() <= 800,
                     qPrintable(f->info().id + QStringLiteral(": ") + describe(hintsOf(*window))));
            // Shown and drawn, the figure's chart settles: no relayout after the last change.
            EventCounter counter;
            qApp->installEventFilter(&counter);
            turns(200);
            qApp->removeEventFilter(&counter);
            QVERIFY2(counter.layoutRequests == 0,
                     qPrintable(f->info().id + QStringLiteral(": %1 relayouts").arg(counter.layoutRequests)));
        }
    }

  private:
    static std::unique_ptr<MainWindow> makeWindow()
    {
        // As guiMain builds it.
        auto window = std::make_unique<MainWindow>();
        window->addLab(new PiLabPage(window.get()));
        window->addLab(new PrimesLabPage(window.get()));
        window->addLab(new FiguresPage(window.get()));
        return window;
    }

    QTemporaryDir cacheDir_;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
