/// @file lessons_test.cpp
/// @brief The lesson loader and the Lessons panel: a teacher's file in the user folder is read
/// (and replaces a built-in one by name), a malformed file becomes a message in the panel and
/// never a crash, every English lesson has a Korean twin that sets the lab up the same way, and
/// the panel's button and F1 drive the labs.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figures_page.h"
#include "labs/pi/pi_lab_page.h"
#include "labs/primes/primes_lab_page.h"
#include "lessons/lesson.h"
#include "lessons/lesson_library.h"
#include "lessons/lesson_options.h"
#include "lessons/lessons_panel.h"
#include "shell/main_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace parlab;
using namespace parlab::ui;

namespace {

QString userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lessons/en");
}

void writeUserLesson(const QString& name, const QByteArray& text)
{
    QVERIFY(QDir().mkpath(userFolder()));
    QFile f(userFolder() + QLatin1Char('/') + name);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

const QByteArray kGood = "---\nid: extra\ntitle: A teacher's own\npage: primes\n"
                         "settings: workers=3 chunksize=7\naction: run\nquestion: Why?\n---\nBody text.\n";

struct Window {
    MainWindow window;
    PiLabPage* pi = new PiLabPage(&window);
    PrimesLabPage* primes = new PrimesLabPage(&window);
    FiguresPage* figures = new FiguresPage(&window);
    LessonsPanel* panel = nullptr;
    Window()
    {
        window.addLab(pi);
        window.addLab(primes);
        window.addLab(figures);
        panel = new LessonsPanel(&window);
    }
};

} // namespace

class LessonsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("parlab"));
        QCoreApplication::setApplicationName(QStringLiteral("parlab"));
        QStandardPaths::setTestModeEnabled(true); // ~/.qttest: the real user folder is not touched
        // An empty result cache: the caching lesson must find nothing and measure.
        QVERIFY(cache_.isValid());
        qputenv("PARLAB_CACHE_DIR", cache_.path().toLocal8Bit());
    }
    void init() { QDir(userFolder()).removeRecursively(); }
    void cleanupTestCase() { QDir(userFolder()).removeRecursively(); }

    void builtInLessonsLoadCleanly()
    {
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
            const LessonLibrary lib = loadLessonsFrom({QStringLiteral(":/lessons/") + lang});
            QVERIFY2(lib.problems.isEmpty(),
                     qPrintable(lib.problems.value(0).file + ": " + lib.problems.value(0).message));
            QVERIFY(lib.lessons.size() >= 11);
            for (const Lesson& l : lib.lessons) {
                QVERIFY2(!l.body.isEmpty() && !l.question.isEmpty(), qPrintable(l.source));
                QVERIFY2(!lessonSettingNames(l.page).isEmpty(), qPrintable(l.source));
            }
        }
    }

    void everyEnglishLessonHasAKoreanTwin()
    {
        const LessonLibrary en = loadLessonsFrom({QStringLiteral(":/lessons/en")});
        const LessonLibrary ko = loadLessonsFrom({QStringLiteral(":/lessons/ko")});
        QCOMPARE(ko.ids(), en.ids()); // same ids, same order
        QCOMPARE(QDir(QStringLiteral(":/lessons/ko")).entryList(), QDir(QStringLiteral(":/lessons/en")).entryList());
        for (const Lesson& e : en.lessons) {
            const Lesson* k = ko.find(e.id);
            QVERIFY(k);
            QCOMPARE(k->page, e.page);
            QCOMPARE(k->settings, e.settings);
            QCOMPARE(k->quick, e.quick);
            QCOMPARE(k->action, e.action);
            QCOMPARE(k->figure, e.figure);
            QVERIFY2(k->title != e.title, qPrintable(k->source + " still has the English title"));
        }
    }

    void languageFollowsTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCOMPARE(lessonLanguage(), QStringLiteral("ko"));
        QVERIFY(loadLessons().find(QStringLiteral("darts"))->source.contains(QStringLiteral("/ko/")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(lessonLanguage(), QStringLiteral("en"));
        QLocale::setDefault(before);
    }

    void aUserFolderFileIsRead()
    {
        writeUserLesson(QStringLiteral("50-extra.md"), kGood);
        // Same file name as a built-in lesson: the teacher's edit replaces it.
        writeUserLesson(
            QStringLiteral("01-darts.md"),
            "---\nid: darts\ntitle: Darts, our way\npage: pi\nsettings: samples=1e4\naction: run\n---\nMine.\n");
        const LessonLibrary lib = loadLessons(QStringLiteral("en"));
        QVERIFY(lib.problems.isEmpty());
        const Lesson* extra = lib.find(QStringLiteral("extra"));
        QVERIFY(extra);
        QCOMPARE(extra->title, QStringLiteral("A teacher's own"));
        QCOMPARE(extra->settings.size(), 2);
        QCOMPARE(extra->body, QStringLiteral("Body text."));
        QCOMPARE(lib.find(QStringLiteral("darts"))->title, QStringLiteral("Darts, our way"));
        QCOMPARE(lib.ids().count(QStringLiteral("darts")), 1);
        QCOMPARE(lib.ids().last(), QStringLiteral("extra")); // 50- sorts after the built-in 01…11

        // Straight in lessons/ (no language folder): read for every language.
        const QString anyLanguage =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lessons/70-both.md");
        QFile both(anyLanguage);
        QVERIFY(both.open(QIODevice::WriteOnly));
        both.write("---\nid: both\ntitle: Both\npage: pi\naction: run\n---\n");
        both.close();
        QVERIFY(loadLessons(QStringLiteral("en")).find(QStringLiteral("both")));
        QVERIFY(loadLessons(QStringLiteral("ko")).find(QStringLiteral("both")));
        QVERIFY(both.remove());
    }

    void aMalformedFileIsAMessage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("no header") << QByteArray("Just text\n") << QStringLiteral("must start with a '---'");
        QTest::newRow("unclosed") << QByteArray("---\nid: x\n") << QStringLiteral("no closing");
        QTest::newRow("unknown key") << QByteArray("---\nid: x\ntitle: X\ncolour: red\n---\n")
                                     << QStringLiteral("unknown header key 'colour'");
        QTest::newRow("no id") << QByteArray("---\ntitle: X\npage: pi\naction: run\n---\n") << QStringLiteral("no id");
        QTest::newRow("bad page") << QByteArray("---\nid: x\ntitle: X\npage: chemistry\naction: run\n---\n")
                                  << QStringLiteral("page must be pi, primes or figures");
        QTest::newRow("setting of another lab")
            << QByteArray("---\nid: x\ntitle: X\npage: pi\nsettings: chunksize=4\naction: run\n---\n")
            << QStringLiteral("setting 'chunksize' does not apply to the pi page");
        QTest::newRow("not name=value") << QByteArray(
                                               "---\nid: x\ntitle: X\npage: pi\nsettings: workers\naction: run\n---\n")
                                        << QStringLiteral("'workers' is not name=value");
        QTest::newRow("bad action") << QByteArray("---\nid: x\ntitle: X\npage: pi\naction: dance\n---\n")
                                    << QStringLiteral("action must be 'run' or 'sweep KIND'");
        QTest::newRow("not UTF-8 garbage") << QByteArray("\xff\xfe\x00\x01", 4) << QStringLiteral("must start");
    }
    void aMalformedFileIsAMessage()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        writeUserLesson(QStringLiteral("60-broken.md"), text);
        const LessonLibrary lib = loadLessons(QStringLiteral("en"));
        QCOMPARE(lib.problems.size(), 1);
        QVERIFY(lib.problems.front().file.endsWith(QStringLiteral("60-broken.md")));
        QVERIFY2(lib.problems.front().message.contains(says), qPrintable(lib.problems.front().message));
        QVERIFY(lib.find(QStringLiteral("darts"))); // the others still load

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Window w;
        QVERIFY(w.panel->message().contains(QStringLiteral("60-broken.md")));
        QVERIFY(w.panel->message().contains(says));
    }

    void theButtonSetsTheLabUp()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        writeUserLesson(QStringLiteral("50-extra.md"), kGood);
        Window w;
        QVERIFY(w.panel->isHidden()); // the labs get the whole width until asked
        QVERIFY(w.panel->showLesson(QStringLiteral("chunksize")));
        QVERIFY(w.panel->isVisibleTo(&w.window));
        QVERIFY(!w.panel->showLesson(QStringLiteral("no-such")));
        // Set up with the quick sizes, then stopped at once: what is checked is the lab's state.
        QVERIFY(w.panel->runCurrent(true));
        QCOMPARE(w.window.currentLab(), w.primes);
        QCOMPARE(w.primes->findChild<QSpinBox*>(QStringLiteral("repeats"))->value(), 1);
        QVERIFY(w.primes->isBusy());
        w.primes->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!w.primes->isBusy(), 30000);
        QVERIFY(w.panel->message().isEmpty());

        QVERIFY(w.panel->showLesson(QStringLiteral("hyperthreads")));
        QVERIFY(w.panel->runCurrent(true));
        QCOMPARE(w.window.currentLab(), w.pi);
        QCOMPARE(w.pi->findChild<QLineEdit*>(QStringLiteral("sweepWorkers"))->text(), QStringLiteral("1,2"));
        w.pi->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!w.pi->isBusy(), 30000);
    }

    void theCachingLessonMeasuresWhatIsNotCached()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Window w;
        QVERIFY(w.panel->showLesson(QStringLiteral("caching")));
        QVERIFY(w.panel->runCurrent(true));
        QCOMPARE(w.window.currentLab(), w.figures);
        QVERIFY(!w.figures->showsMeasurement());
        QVERIFY(w.figures->isBusy()); // nothing cached: "open" measures
        w.figures->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!w.figures->isBusy(), 30000);
    }

    void aRefusedValueIsSaidInThePanel()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        writeUserLesson(QStringLiteral("50-refused.md"),
                        "---\nid: refused\ntitle: R\npage: pi\nsettings: workers=0\naction: run\n---\n");
        Window w;
        QVERIFY(w.panel->showLesson(QStringLiteral("refused")));
        QVERIFY(!w.panel->runCurrent());
        QVERIFY2(w.panel->message().contains(QStringLiteral("workers")), qPrintable(w.panel->message()));
        QVERIFY(!w.pi->isBusy());
    }

    void f1OpensTheLessonOfThePage()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Window w;
        QAction* f1 = nullptr;
        for (QAction* a : w.window.helpMenu()->actions())
            if (a->shortcut() == QKeySequence(Qt::Key_F1))
                f1 = a;
        QVERIFY(f1);
        QVERIFY(w.window.viewMenu()->actions().contains(w.panel->toggleViewAction()));
        w.window.showLab(w.primes);
        f1->trigger();
        QVERIFY(w.panel->isVisibleTo(&w.window));
        QCOMPARE(w.panel->current()->id, QStringLiteral("prime-cost")); // the first lesson on primes
        w.window.showLab(w.figures);
        f1->trigger();
        QCOMPARE(w.panel->current()->id, QStringLiteral("gil"));
        w.window.showLab(w.pi);
        f1->trigger();
        QCOMPARE(w.panel->current()->id, QStringLiteral("darts"));
    }

    void commandLineSetsUpWithoutStarting()
    {
        // `parlab --lesson ID`: the panel and the lab ready, nothing started — the class hears the
        // question first. (With --screenshot it runs: the CLI test covers that.)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        MainWindow window;
        auto* pi = new PiLabPage(&window);
        auto* primes = new PrimesLabPage(&window);
        window.addLab(pi);
        window.addLab(primes);
        window.addLab(new FiguresPage(&window));
        std::vector<OptionSpec> specs = lessonOptions();
        specs.push_back({"--screenshot"});
        const ParsedArgs args({"--lesson", "chunk-count"}, specs, 0, "parlab");
        QCOMPARE(installLessons(window, args), 0);
        QCOMPARE(window.currentLab(), primes);
        auto* panel = window.findChild<LessonsPanel*>();
        QVERIFY(panel && panel->isVisibleTo(&window));
        QCOMPARE(panel->current()->id, QStringLiteral("chunk-count"));
        for (int i = 0; i < 20; ++i) // event-loop turns, counted: a queued start would have run
            QCoreApplication::processEvents();
        QVERIFY(!primes->isBusy());
        QVERIFY(!pi->isBusy());
    }

    void reloadFollowsTheLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Window w;
        QVERIFY(w.panel->showLesson(QStringLiteral("queues")));
        const QString english = w.panel->current()->title;
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        w.panel->reload();
        QCOMPARE(w.panel->current()->id, QStringLiteral("queues")); // the same lesson stays shown
        QVERIFY(w.panel->current()->title != english);
        // A language switch installs a translator, which sends LanguageChange: no call needed.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(w.panel, &change);
        QCOMPARE(w.panel->current()->title, english);
    }

  private:
    QTemporaryDir cache_;
};

QTEST_MAIN(LessonsTest)
#include "lessons_test.moc"
