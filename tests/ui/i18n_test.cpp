/// @file i18n_test.cpp
/// @brief The window in Korean (issue 13): built under the Korean translation its tabs, Run
/// buttons and chart titles read Korean; View ▸ Language switches a visible text to English and
/// back without a restart, keeping the page, the settings and the chosen figure; and the font
/// the charts use draws Hangul (fails when no Korean-capable font is installed).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/chart_export.h"
#include "figures/figures_page.h"
#include "labs/pi/pi_lab_page.h"
#include "labs/primes/primes_lab_page.h"
#include "shell/language.h"
#include "shell/language_switch.h"
#include "shell/main_window.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QGlyphRun>
#include <QListWidget>
#include <QMenu>
#include <QRawFont>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QtTest>

using namespace parlab::ui;

namespace {

bool hasHangul(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    return false;
}

MainWindow* buildWindow()
{
    auto* w = new MainWindow;
    w->addLab(new PiLabPage(w));
    w->addLab(new PrimesLabPage(w));
    w->addLab(new FiguresPage(w));
    return w;
}

QStringList chartTitles(QWidget* root)
{
    QStringList out;
    for (QChartView* v : root->findChildren<QChartView*>())
        if (!v->chart()->title().isEmpty())
            out << v->chart()->title();
    return out;
}

QStringList buttonTexts(QWidget* root)
{
    QStringList out;
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
        out << b->text();
    return out;
}

} // namespace

class I18nTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_;

  private Q_SLOTS:
    void initTestCase()
    {
        // The language choice is saved with QSettings: keep this machine's own settings out of it.
        QVERIFY(settings_.isValid());
        qputenv("XDG_CONFIG_HOME", settings_.path().toLocal8Bit());
        QVERIFY(loadLanguage(QStringLiteral("ko")));
        QCOMPARE(currentLanguage(), QStringLiteral("ko"));
    }

    void cleanupTestCase() { loadLanguage(QStringLiteral("en")); }

    void englishCountsAgreeWithTheirNumber()
    {
        // English ships no .qm: "(s)" in a counted message must still read as English.
        loadLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("parlab::ui::PiControls", "%n worker(s)", nullptr, 1),
                 QStringLiteral("1 worker"));
        QCOMPARE(QCoreApplication::translate("parlab::ui::PiControls", "%n worker(s)", nullptr, 2),
                 QStringLiteral("2 workers"));
        QCOMPARE(QCoreApplication::translate("parlab::ui::PiControls", "π lab"), QStringLiteral("π lab"));
        loadLanguage(QStringLiteral("ko"));
        QCOMPARE(QCoreApplication::translate("parlab::ui::PiControls", "%n worker(s)", nullptr, 2),
                 QStringLiteral("작업자 2명")); // and Korean, as the other tests expect
    }

    void windowReadsKorean()
    {
        std::unique_ptr<MainWindow> w(buildWindow());
        QCOMPARE(w->tabs()->count(), 3);
        for (int i = 0; i < w->tabs()->count(); ++i)
            QVERIFY2(hasHangul(w->tabs()->tabText(i)), qPrintable(w->tabs()->tabText(i)));
        QVERIFY2(buttonTexts(w->tabs()->widget(0)).contains(QStringLiteral("실행")),
                 qPrintable(buttonTexts(w->tabs()->widget(0)).join(QLatin1Char('|'))));
        const QStringList titles = chartTitles(w->tabs()->widget(0));
        QVERIFY(!titles.isEmpty());
        QVERIFY2(std::any_of(titles.begin(), titles.end(), hasHangul), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(hasHangul(w->windowTitle()));
        QVERIFY(hasHangul(w->viewMenu()->title()));
        // The caption under an exported image names the machine in the same language.
        QVERIFY2(hasHangul(standardFooter(QStringLiteral("darts"))), qPrintable(standardFooter(QString())));
    }

    void switchesWithoutRestart()
    {
        saveLanguageChoice(QStringLiteral("ko"));
        LanguageSwitch windows(buildWindow);
        MainWindow* first = windows.window();
        QVERIFY(hasHangul(first->tabs()->tabText(0)));
        // What the user set must survive the rebuild: the page and a slider on it.
        first->tabs()->setCurrentIndex(1);
        auto* slider = first->tabs()->widget(1)->findChild<QAbstractSlider*>();
        QVERIFY(slider);
        const int moved = slider->value() == slider->minimum() ? slider->minimum() + 1 : slider->minimum();
        slider->setValue(moved);
        auto* figures = first->tabs()->widget(2)->findChild<QListWidget*>();
        QVERIFY(figures && figures->count() > 3);
        figures->setCurrentRow(3);

        QAction* english = first->findChild<QAction*>(QStringLiteral("language_en"));
        QVERIFY(english);
        english->trigger(); // as from View ▸ Language ▸ English
        QTRY_VERIFY(windows.window() != first);
        MainWindow* second = windows.window();
        QCOMPARE(currentLanguage(), QStringLiteral("en"));
        QCOMPARE(second->tabs()->tabText(0), QStringLiteral("π lab"));
        QVERIFY(!hasHangul(second->windowTitle()));
        QCOMPARE(second->tabs()->currentIndex(), 1);
        QCOMPARE(second->tabs()->widget(1)->findChild<QAbstractSlider*>()->value(), moved);
        QCOMPARE(second->tabs()->widget(2)->findChild<QListWidget*>()->currentRow(), 3);
        QCOMPARE(savedLanguageChoice(), QStringLiteral("en"));
        QVERIFY(second->findChild<QAction*>(QStringLiteral("language_en"))->isChecked());

        QVERIFY(windows.switchTo(QStringLiteral("ko")));
        QVERIFY(hasHangul(windows.window()->tabs()->tabText(0)));
        QCOMPARE(windows.window()->tabs()->currentIndex(), 1);
    }

    void refusedWhileARunIsGoing()
    {
        saveLanguageChoice(QStringLiteral("ko"));
        LanguageSwitch windows(buildWindow);
        MainWindow* w = windows.window();
        auto* pi = qobject_cast<PiLabPage*>(w->tabs()->widget(0));
        QVERIFY(pi);
        pi->applySetting(QStringLiteral("samples"), QStringLiteral("1e11")); // far longer than the test
        pi->applySetting(QStringLiteral("workers"), QStringLiteral("1"));
        pi->startRun();
        QVERIFY(pi->isBusy());
        // Rebuilding now would throw the run away: refused, and the menu is greyed out when opened.
        QVERIFY(!windows.switchTo(QStringLiteral("en")));
        QCOMPARE(windows.window(), w);
        QCOMPARE(currentLanguage(), QStringLiteral("ko"));
        Q_EMIT w->viewMenu()->aboutToShow();
        QVERIFY(!w->findChild<QMenu*>(QStringLiteral("languageMenu"))->isEnabled());
        pi->stop();
        QTRY_VERIFY(!pi->isBusy());
        Q_EMIT w->viewMenu()->aboutToShow();
        QVERIFY(w->findChild<QMenu*>(QStringLiteral("languageMenu"))->isEnabled());
    }

    void chartFontDrawsHangul()
    {
        std::unique_ptr<MainWindow> w(buildWindow());
        QChartView* view = w->tabs()->widget(0)->findChild<QChartView*>();
        QVERIFY(view);
        const QString text = QStringLiteral("작업자 수에 따른 계산 시간");
        // The font the chart's title is drawn with, fallbacks included: every glyph must be a real
        // one (glyph 0 is the empty box shown for a character no font has).
        QTextLayout layout(text, view->chart()->titleFont());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        bool hangulFont = false;
        for (const QGlyphRun& run : runs) {
            QVERIFY2(!run.glyphIndexes().contains(0), qPrintable(run.rawFont().familyName()));
            hangulFont = hangulFont || run.rawFont().supportsCharacter(QChar(0xC791)); // 작
        }
        QVERIFY2(hangulFont, "no installed font has Hangul glyphs (install fonts-nanum)");
    }
};

QTEST_MAIN(I18nTest)
#include "i18n_test.moc"
