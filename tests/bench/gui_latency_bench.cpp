/// @file gui_latency_bench.cpp
/// @brief How responsive the window stays, measured, not asserted: the event loop's worst gap
///        and the redraw rate during a run on every core, Stop → run ended, and closing mid-run.
///        Timings on a shared machine are figures for the log (CI prints them), never a test.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/worker_bars_chart.h"
#include "labs/pi/pi_lab_page.h"
#include "parlab/machine.h"
#include "run/stall_probe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using parlab::ui::PiLabPage;

namespace {

// Spins the event loop until `done` holds or `ms` pass; false on time-out.
template <typename Pred> bool waitFor(Pred done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int cores = parlab::machine().logicalCores;
    int failures = 0;

    {
        PiLabPage page;
        page.resize(1200, 700);
        page.show();
        page.applySetting("workers", QString::number(cores));
        page.applySetting("samples", "1e9");
        bool ended = false;
        QObject::connect(&page, &PiLabPage::runEnded, [&] { ended = true; });
        parlab::ui::StallProbe probe;
        probe.start();
        QElapsedTimer clock;
        clock.start();
        page.startRun();
        failures += !waitFor([&] { return ended; }, 120'000);
        probe.stop();
        const double seconds = clock.elapsed() / 1000.0;
        std::printf("gui: event loop worst gap %.1f ms during a %.2f s run on %d workers; %d frames (%.1f Hz)\n",
                    probe.worstGapMs(), seconds, cores, page.framesDrawn(), page.framesDrawn() / seconds);
    }
    {
        PiLabPage page;
        page.applySetting("samples", "1e10");
        bool ended = false;
        QObject::connect(&page, &PiLabPage::runEnded, [&] { ended = true; });
        page.startRun();
        failures += !waitFor([&] { return page.workerBars()->pointCount() > 0; }, 10'000);
        QElapsedTimer clock;
        clock.start();
        page.stop();
        failures += !waitFor([&] { return ended; }, 5'000);
        std::printf("gui: Stop → run ended on the GUI thread in %lld ms\n", static_cast<long long>(clock.elapsed()));
    }
    {
        auto* page = new PiLabPage;
        page->applySetting("samples", "1e10");
        page->startRun();
        failures += !waitFor([&] { return page->workerBars()->pointCount() > 0; }, 10'000);
        QElapsedTimer clock;
        clock.start();
        delete page; // cancels and joins the run
        std::printf("gui: closing the π lab mid-run (cancel + join) took %lld ms\n",
                    static_cast<long long>(clock.elapsed()));
    }
    if (failures)
        std::printf("gui: %d step(s) did not finish in time\n", failures);
    return failures ? 1 : 0;
}
