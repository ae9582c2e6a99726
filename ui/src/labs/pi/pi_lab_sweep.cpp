/// @file pi_lab_sweep.cpp
/// @brief The π lab's sweep over worker counts: calibrated darts, every point repeated, drawn by
/// the Figures page's time-vs-workers and speed-up figures, and cached per settings.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/pi/pi_lab_page.h"

#include "figures/figure_switch.h"
#include "figures/payload.h"
#include "labs/pi/pi_controls.h"
#include "parlab/calibration.h"
#include "parlab/error.h"
#include "parlab/machine.h"
#include "parlab/sweeps.h"
#include "text/format.h"

#include <QLocale>

namespace parlab::ui {

QString PiLabPage::sweepKey(const PiParams& p, const QVector<int>& counts)
{
    QStringList ks;
    for (int k : counts)
        ks << QString::number(k);
    return QStringLiteral("samples=%1;blocks=%2;seed=%3;kernel=%4;seeding=%5;backend=%6;switch=%7;workers=%8")
        .arg(p.samples)
        .arg(p.blocks)
        .arg(p.seed)
        .arg(toQString(name(p.kernel)), toQString(name(p.seeding)), toQString(name(p.backend)))
        .arg(p.switchIntervalMs)
        .arg(ks.join(QLatin1Char(',')));
}

void PiLabPage::storeSweep()
{
    Payload out;
    for (const auto& [k, t] : sweepTimes_)
        out.add(QStringLiteral("time"), k, t);
    results_.store(QStringLiteral("pi-sweep"), sweepKey(shownParams_, sweepCounts_), out.text());
}

void PiLabPage::showCachedSweep()
{
    if (isBusy() || timesLive_)
        return; // a sweep measured in this session stays until the next one
    QVector<int> counts;
    try {
        counts = controls_->sweepWorkers();
    } catch (const Error&) {
        return; // the sweep field explains itself beside the control
    }
    const auto hit = results_.find(QStringLiteral("pi-sweep"), sweepKey(controls_->request(), counts));
    sweepTimes_.clear();
    if (hit)
        for (const QPointF& pt : Payload::parse(hit->payload).points(QStringLiteral("time")))
            sweepTimes_[static_cast<int>(pt.x())] = pt.y();
    drawSweep(controls_->request(), hit ? tr("cached, measured %1 (Sweep measures again)")
                                              .arg(QLocale().toString(hit->measuredAt, QLocale::ShortFormat))
                                        : QString());
}

void PiLabPage::drawSweep(const PiParams& p, const QString& note)
{
    // The figures' own format: one series per backend, x = workers, y = seconds.
    Payload data;
    const QString series = toQString(name(p.backend));
    data.setFact(QStringLiteral("about"), QStringLiteral("π, %1").arg(toQString(name(p.kernel))));
    data.setFact(QStringLiteral("backend"), series);
    if (!note.isEmpty())
        data.setFact(QStringLiteral("note"), note);
    else if (sweepTimes_.empty())
        data.setFact(QStringLiteral("note"), tr("press Sweep workers"));
    for (const auto& [k, t] : sweepTimes_)
        data.add(series, k, t);
    times_->draw(data);
}

void PiLabPage::startSweep(const QString& kind)
{
    if (isBusy())
        return;
    if (kind != QLatin1String("workers")) {
        fail(tr("the π lab sweeps workers only (got '%1')").arg(kind));
        return;
    }
    QVector<int> counts;
    try {
        counts = controls_->sweepWorkers();
    } catch (const Error& e) {
        fail(QString::fromStdString(e.what()));
        return;
    }
    PiParams p = controls_->request();
    p.workers = counts.front();
    if (!begin(Kind::sweep, p))
        return;
    sweepTimes_.clear();
    drawSweep(p, QString());
    timesLive_ = true;
    sweepCounts_ = counts;
    Q_EMIT statusMessage(
        tr("sweep: %1 darts at %2 worker counts…").arg(humanCount(static_cast<double>(p.samples))).arg(counts.size()));
    // The core's plan (the same one the time-vs-workers figure measures), on this lab's backend.
    const auto plan = workersSweep(p, std::vector<int>(counts.begin(), counts.end()), {p.backend});
    RunSession* session = session_;
    session_->start([this, session, plan](const CancelToken& cancel) {
        // Each run publishes its telemetry, so the live charts follow the sweep run by run.
        const PiRunner run = [this, session, &cancel](const PiParams& q) -> std::optional<double> {
            validate(q);
            auto telemetry = std::make_shared<Telemetry>(q.workers, q.samples);
            session->publishTelemetry(telemetry);
            const PiResult r = runPi(q, telemetry.get(), cancel);
            if (r.cancelled || cancel.cancelled())
                return std::nullopt;
            session->post([this, r] { result_ = r; });
            return r.seconds;
        };
        return measureSweep(plan, 1, run, [this, session](const MeasuredPoint& m) {
            session->post([this, m] {
                const int k = static_cast<int>(m.x);
                sweepTimes_[k] = m.timing.median;
                drawSweep(shownParams_, QString());
                Q_EMIT statusMessage(tr("sweep: %n worker(s) took %1", nullptr, k).arg(humanSeconds(m.timing.median)));
            });
        });
    });
}

} // namespace parlab::ui
