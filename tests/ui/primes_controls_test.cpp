/// @file primes_controls_test.cpp
/// @brief The primes settings: the chunksize slider and its default mark follow Python's
/// ceil(n / (4·workers)); "use default" restores it; bad ranges are refused with a reason; a
/// chunksize the user chose survives editing the range (cut to a shorter range, and said so); the
/// queue schedule turns the slider off and says why; under auto the slider and the text name the
/// same grain size; arrow keys move even a chunksize of 1.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/primes/primes_controls.h"
#include "parlab/error.h"
#include "parlab/primes.h"
#include "widgets/log_slider.h"
#include "widgets/marked_slider.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parlab;
using namespace parlab::ui;

class PrimesControlsTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void defaultFollowsFormula_data()
    {
        QTest::addColumn<quint64>("first");
        QTest::addColumn<quint64>("last");
        QTest::addColumn<int>("workers");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("book, 4 workers") << quint64(100'000'000) << quint64(100'100'000) << 4 << quint64(6251);
        QTest::newRow("book, 2 workers") << quint64(100'000'000) << quint64(100'100'000) << 2 << quint64(12'501);
        QTest::newRow("tiny") << quint64(10) << quint64(12) << 3 << quint64(1);
        QTest::newRow("1e12 wide") << quint64(1) << quint64(1'000'000'000'000) << 8 << quint64(31'250'000'000);
    }
    void defaultFollowsFormula()
    {
        QFETCH(quint64, first);
        QFETCH(quint64, last);
        QFETCH(int, workers);
        QFETCH(quint64, expected);
        PrimesControls c;
        c.setRange(QString::number(first), QString::number(last));
        c.setWorkers(workers);
        const quint64 n = last - first + 1;
        QCOMPARE(defaultChunksize(n, workers), expected);
        QVERIFY(c.isValid());
        QCOMPARE(c.markedDefault(), expected);
        QCOMPARE(c.chunksizeSlider()->value(), expected);
        QCOMPARE(c.chunksizeSlider()->minimum(), quint64(1));
        QCOMPARE(c.chunksizeSlider()->maximum(), n);
        QCOMPARE(c.params().chunksize, expected);
        QCOMPARE(chunkCount(c.params()), (n + expected - 1) / expected);
    }

    void useDefaultButtonRestoresIt()
    {
        PrimesControls c;
        c.setWorkers(2);
        c.chunksizeSlider()->setValue(100);
        QVERIFY(!c.followsDefault());
        QCOMPARE(c.params().chunksize, quint64(100));
        QCOMPARE(chunkCount(c.params()), quint64(1001));
        QVERIFY2(c.chunksText().startsWith(QStringLiteral("1") + QChar(0x2009) + QStringLiteral("001 chunks")),
                 qPrintable(c.chunksText()));
        c.defaultButton()->click();
        QVERIFY(c.followsDefault());
        QCOMPARE(c.params().chunksize, quint64(12'501));
        // Following the default means following the workers too.
        c.setWorkers(4);
        QCOMPARE(c.params().chunksize, quint64(6251));
        QCOMPARE(c.markedDefault(), quint64(6251));
    }

    void startupChunksizeZeroMeansDefault()
    {
        PrimesControls c;
        c.setWorkers(2);
        c.setChunksize(10);
        QCOMPARE(c.params().chunksize, quint64(10));
        c.setChunksize(0);
        QCOMPARE(c.params().chunksize, quint64(12'501));
    }

    void typingTheRangeKeepsTheUsersChunksize()
    {
        PrimesControls c;
        c.setWorkers(2);
        c.chunksizeSlider()->setValue(37); // as the slider's own signal reports a drag
        QVERIFY(!c.followsDefault());
        QCOMPARE(c.params().chunksize, quint64(37));
        // Retype "to" key by key: "1", "10", … are ranges ending before they start on the way.
        QLineEdit* to = c.findChildren<QLineEdit*>().at(1);
        QCOMPARE(to->text(), QStringLiteral("100100000"));
        to->selectAll();
        QTest::keyClicks(to, QStringLiteral("100200000"));
        QVERIFY(c.isValid());
        QCOMPARE(c.params().last, quint64(100'200'000));
        QCOMPARE(c.chunksizeSlider()->value(), quint64(37));
        QCOMPARE(c.params().chunksize, quint64(37));
        QVERIFY(!c.followsDefault());
        QVERIFY(!c.chunksizeCut());
    }

    void chunksizeIsCutToAShortRangeAndComesBack()
    {
        PrimesControls c;
        c.setWorkers(2);
        c.chunksizeSlider()->setValue(37);
        c.setRange(QStringLiteral("1"), QStringLiteral("20"));
        QCOMPARE(c.params().chunksize, quint64(20));
        QVERIFY(c.chunksizeCut());
        QVERIFY2(c.chunksText().contains(QStringLiteral("chunksize 37")), qPrintable(c.chunksText()));
        c.setRange(QStringLiteral("1"), QStringLiteral("1000"));
        QCOMPARE(c.params().chunksize, quint64(37));
        QVERIFY(!c.chunksizeCut());
        QVERIFY2(!c.chunksText().contains(QStringLiteral("chunksize 37")), qPrintable(c.chunksText()));
        QVERIFY(!c.followsDefault());
    }

    void badRangeIsExplained()
    {
        PrimesControls c;
        QSignalSpy changed(&c, &PrimesControls::changed);
        c.setRange(QStringLiteral("1000"), QStringLiteral("10"));
        QVERIFY(!c.isValid());
        QVERIFY(c.problem().contains(QStringLiteral("larger")));
        QVERIFY(changed.count() > 0);
        QVERIFY_THROWS_EXCEPTION(Error, c.setFirst(QStringLiteral("abc")));
        QVERIFY_THROWS_EXCEPTION(Error, c.setWorkers(0));
        c.setRange(QStringLiteral("1e12"), QStringLiteral("1000000100000"));
        QVERIFY(c.isValid());
        QCOMPARE(c.params().first, quint64(1'000'000'000'000));
    }

    void queueTurnsTheSliderOff()
    {
        PrimesControls c;
        c.setChunksize(500);
        c.setSchedule(Schedule::queue);
        QVERIFY(!c.chunksizeSlider()->isEnabled());
        QVERIFY(!c.defaultButton()->isEnabled());
        QVERIFY2(c.chunksText().contains(QStringLiteral("chunksize is not used")), qPrintable(c.chunksText()));
        QCOMPARE(resolvedChunksize(c.params()), std::uint64_t(1)); // one number per job, as shown
        QCOMPARE(c.chunksizeSlider()->value(), quint64(1));
        c.setSchedule(Schedule::chunked); // the user's chunksize comes back with the chunks
        QVERIFY(c.chunksizeSlider()->isEnabled());
        QCOMPARE(c.chunksizeSlider()->value(), quint64(500));
        QCOMPARE(resolvedChunksize(c.params()), std::uint64_t(500));
    }

    void autoSliderAndTextAgree()
    {
        PrimesControls c;
        c.setWorkers(2);
        c.setSchedule(Schedule::auto_);
        QVERIFY(c.followsDefault());
        // The book's range would put Python's 12 501 on the slider; oneTBB's default is 1.
        QCOMPARE(c.chunksizeSlider()->value(), quint64(1));
        QVERIFY2(c.chunksText().contains(QStringLiteral("grain size 1")), qPrintable(c.chunksText()));
        QCOMPARE(resolvedChunksize(c.params()), std::uint64_t(1));
        c.chunksizeSlider()->setValue(400);
        QVERIFY2(c.chunksText().contains(QStringLiteral("grain size 400")), qPrintable(c.chunksText()));
        QCOMPARE(resolvedChunksize(c.params()), std::uint64_t(400));
    }

    void arrowKeysMoveAChunksizeOfOne()
    {
        PrimesControls c;
        c.setChunksize(1);
        QSlider* slider = c.chunksizeSlider()->slider();
        quint64 last = c.chunksizeSlider()->value();
        QCOMPARE(last, quint64(1));
        for (int press = 0; press < 12; ++press) {
            QTest::keyClick(slider, Qt::Key_Right);
            QVERIFY2(c.chunksizeSlider()->value() > last,
                     qPrintable(QStringLiteral("press %1 left it at %2").arg(press + 1).arg(last)));
            last = c.chunksizeSlider()->value();
        }
        QCOMPARE(c.params().chunksize, std::uint64_t(last));
        for (int press = 0; press < 12; ++press)
            QTest::keyClick(slider, Qt::Key_Left);
        QCOMPARE(c.chunksizeSlider()->value(), quint64(1));
    }

    void warnsWhenLong()
    {
        PrimesControls c;
        c.setWorkers(1);
        c.setRange(QStringLiteral("1e12"), QStringLiteral("1.1e12"));
        QVERIFY(c.estimatedSeconds() > 20);
        c.setRange(QStringLiteral("100000000"), QStringLiteral("100100000"));
        QVERIFY(c.estimatedSeconds() < 5);
    }
};

QTEST_MAIN(PrimesControlsTest)
#include "primes_controls_test.moc"
