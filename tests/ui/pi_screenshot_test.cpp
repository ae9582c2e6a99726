/// @file pi_screenshot_test.cpp
/// @brief `parlab --lab pi … --run|--sweep workers --screenshot FILE`, run as the built program:
/// the PNG has the window's size and the charts are drawn in it (counted in coloured pixels).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/palette.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

namespace {

// Pixels within a small distance of a colour: antialiasing and blending leave the rest out.
int countNear(const QImage& image, QRgb target, int tolerance = 24)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            if (std::abs(qRed(p) - qRed(target)) <= tolerance && std::abs(qGreen(p) - qGreen(target)) <= tolerance &&
                std::abs(qBlue(p) - qBlue(target)) <= tolerance)
                ++n;
        }
    }
    return n;
}

} // namespace

class PiScreenshotTest : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase()
    {
        exe_ = qEnvironmentVariable("PARLAB_EXE");
        QVERIFY2(!exe_.isEmpty(), "PARLAB_EXE is not set (run through ctest)");
        QVERIFY(dir_.isValid());
    }

    void screenshot_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("busyBars"); // a sweep's last run of 10⁵ darts is too short to see
        QTest::newRow("run") << QStringList{"--workers", "2", "--samples", "3e7", "--run"} << true;
        QTest::newRow("sweep") << QStringList{"--samples", "1e5", "--sweep", "workers"} << false;
    }

    void screenshot()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, busyBars);
        const QString file = dir_.filePath(QString::fromUtf8(QTest::currentDataTag()) + ".png");
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(exe_, QStringList{"--lab", "pi"} + args + QStringList{"--screenshot", file});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QImage image(file);
        QVERIFY2(!image.isNull(), "no PNG written");
        QCOMPARE(image.size(), QSize(1280, 800)); // the main window's size
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        // Darts: hits (blue) and misses (orange) fill a good part of the board.
        // The desktop palette (the app starts with fresh settings: not high contrast).
        const int hits = countNear(rgb, parlab::ui::palette::hit().rgb());
        const int misses = countNear(rgb, parlab::ui::palette::miss().rgb());
        qInfo("%s: %d blue and %d orange pixels", QTest::currentDataTag(), hits, misses);
        QVERIFY(hits > 10000);
        QVERIFY(misses > 2000);
        // The bars of busy time (green) are drawn too.
        if (busyBars)
            QVERIFY(countNear(rgb, parlab::ui::palette::series(2).rgb()) > 50); // the bars' "work"
    }

    void badSettingFailsWithoutScreenshot()
    {
        const QString file = dir_.filePath("bad.png");
        QProcess p;
        p.start(exe_, {"--lab", "pi", "--samples", "lots", "--run", "--screenshot", file});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(QString::fromLocal8Bit(p.readAllStandardError()).contains("--samples"));
        QVERIFY(!QFile::exists(file));
    }

  private:
    QString exe_;
    QTemporaryDir dir_;
};

QTEST_MAIN(PiScreenshotTest)
#include "pi_screenshot_test.moc"
