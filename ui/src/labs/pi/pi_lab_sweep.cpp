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

#include <QLineEdit>
#include <QLocale>

namespace parlab::ui {

namespace {
// A calibrated sweep throws at most this many darts per point (~1 min per run on one core).
constexpr std::uint64_t kMaxSweepSamples = 100'000'000'000ULL;
} // namespace

QString PiLabPage::sweepKey(const PiParams& p, const QVector<int>& counts) const
{
    QStringList ks;
    for (int k : counts)
        ks << QString::number(k);
    return QStringLiteral("samples=%1;blocks=%2;seed=%3;kernel=%4;seeding=%5;backend=%6;switch=%7;workers=%8;"
                          "repeats=%9;target=%10;plan=core2")
        .arg(p.samples)
        .arg(p.blocks)
        .arg(p.seed)
        .arg(toQString(name(p.kernel)), toQString(name(p.seeding)), toQString(name(p.backend)))
        .arg(p.switchIntervalMs)
        .arg(ks.join(QLatin1Char(',')))
        .arg(controls_->sweepRepeats())
        .arg(controls_->sweepTarget());
}

Payload PiLabPage::sweepPayload() const
{
    // The figures' own format: one series per backend, x = workers, y = seconds (every repeat).
    Payload data;
    const QString series = toQString(name(shownParams_.backend));
    for (const auto& [k, all] : sweepRepeats_)
        data.addTiming(series, k, all);
    if (!sweepSize_.isEmpty())
        data.setFact(QStringLiteral("size"), sweepSize_);
    if (sweepDarts_ > 0) // per point, for the curve the work predicts
        data.setFact(QStringLiteral("samples"), QString::number(sweepDarts_));
    if (sweepLoad_ >= 0)
        data.setFact(QStringLiteral("background_cpu"), QString::number(sweepLoad_, 'f', 2));
    return data;
}

void PiLabPage::setSweep(const Payload& data)
{
    sweepTimes_.clear();
    sweepRepeats_.clear();
    const QString series = toQString(name(shownParams_.backend));
    for (const QPointF& pt : data.points(series)) {
        const int k = static_cast<int>(pt.x());
        sweepTimes_[k] = pt.y();
        sweepRepeats_[k] = data.repeats(series, pt.x()).value_or(std::vector<double>{pt.y()});
    }
    sweepSize_ = data.fact(QStringLiteral("size"));
    sweepDarts_ = static_cast<std::uint64_t>(data.factNumber(QStringLiteral("samples")));
    sweepLoad_ = data.factNumber(QStringLiteral("background_cpu"), -1);
}

void PiLabPage::storeSweep()
{
    results_.store(QStringLiteral("pi-sweep"), sweepKey(sweepParams_, sweepCounts_), sweepPayload().text());
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
    const PiParams p = controls_->request();
    const auto hit = results_.find(QStringLiteral("pi-sweep"), sweepKey(p, counts));
    shownParams_.backend = p.backend;
    shownParams_.kernel = p.kernel;
    setSweep(hit ? Payload::parse(hit->payload) : Payload());
    drawSweep(p, hit ? tr("cached, measured %1 (Sweep measures again)")
                           .arg(QLocale().toString(hit->measuredAt, QLocale::ShortFormat))
                     : QString());
}

void PiLabPage::drawSweep(const PiParams& p, const QString& note)
{
    Payload data = sweepPayload();
    data.setFact(QStringLiteral("about"), QStringLiteral("π, %1").arg(toQString(name(p.kernel))));
    data.setFact(QStringLiteral("backend"), toQString(name(p.backend)));
    if (!note.isEmpty())
        data.setFact(QStringLiteral("note"), note);
    else if (sweepTimes_.empty())
        data.setFact(QStringLiteral("note"), tr("press Sweep workers"));
    times_->draw(data);
    controls_->setNoisyPoints(isBusy() ? 0 : static_cast<int>(data.noisyPoints().size()));
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
        controls_->sweepField()->setFocus(); // the reason is written under it
        fail(QString::fromStdString(e.what()));
        return;
    }
    PiParams p = controls_->request();
    p.workers = counts.front();
    if (!begin(Kind::sweep, p))
        return;
    sweepParams_ = p;
    sweepTimes_.clear();
    sweepRepeats_.clear();
    sweepLoad_ = -1;
    sweepDarts_ = 0;
    const int repeats = controls_->sweepRepeats();
    const double target = controls_->sweepTarget();
    sweepSize_ = tr("calibrating: timing the fastest worker count…");
    drawSweep(p, QString());
    timesLive_ = true;
    sweepCounts_ = counts;
    Q_EMIT statusMessage(tr("sweep: %1 darts (or more, to last ≥ %2 s) at %3 worker counts × %4 repeats…")
                             .arg(humanCount(static_cast<double>(p.samples)))
                             .arg(target)
                             .arg(counts.size())
                             .arg(repeats));
    // The core's plan (the same one the time-vs-workers figure measures), on this lab's backend.
    const auto plan = workersSweep(p, std::vector<int>(counts.begin(), counts.end()), {p.backend});
    // The pilot: the worker count expected fastest — the most workers the physical cores hold.
    int fastest = counts.front();
    for (int k : counts)
        if (k <= machine().physicalCores)
            fastest = std::max(fastest, k);
    RunSession* session = session_;
    session_->start([this, session, plan, fastest, repeats, target, samples = p.samples](const CancelToken& cancel) {
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
        PiParams pilot = plan.front().params;
        pilot.workers = fastest;
        const auto c = calibrate(
            [&](std::uint64_t k) {
                PiParams q = pilot;
                q.samples = samples * k;
                return run(q);
            },
            target, std::max<std::uint64_t>(1, kMaxSweepSamples / std::max<std::uint64_t>(1, samples)));
        if (!c)
            return false;
        const std::uint64_t darts = samples * c->scale;
        session->post([this, darts, samples, target, repeats] {
            sweepDarts_ = darts;
            sweepSize_ =
                darts == samples
                    ? tr("%1 darts per point × %2 repeats").arg(humanCount(static_cast<double>(darts))).arg(repeats)
                    : tr("%1 darts per point (×%2, so the fastest lasts ≥ %3 s) × %4 repeats")
                          .arg(humanCount(static_cast<double>(darts)))
                          .arg(darts / samples)
                          .arg(target)
                          .arg(repeats);
            drawSweep(shownParams_, QString());
        });
        return measureSweep(scaledSamples(plan, c->scale), repeats, run, [this, session](const MeasuredPoint& m) {
            session->post([this, m] {
                const int k = static_cast<int>(m.x);
                sweepTimes_[k] = m.timing.median;
                sweepRepeats_[k] = m.timing.seconds;
                drawSweep(shownParams_, QString());
                Q_EMIT statusMessage(
                    tr("sweep: %n worker(s) took %1 (median)", nullptr, k).arg(humanSeconds(m.timing.median)));
            });
        });
    });
}

void PiLabPage::remeasureNoisy()
{
    if (isBusy() || sweepRepeats_.empty())
        return;
    const Payload data = sweepPayload();
    std::vector<int> counts;
    for (const auto& n : data.noisyPoints())
        counts.push_back(static_cast<int>(n.x));
    if (counts.empty())
        return;
    PiParams p = sweepParams_;
    p.samples = sweepDarts_ > 0 ? sweepDarts_ : p.samples; // the darts the sweep was measured with
    p.workers = counts.front();
    const PiParams shown = shownParams_;
    if (!begin(Kind::sweep, p))
        return;
    shownParams_ = shown; // the sweep's settings, not the first re-measured run's
    timesLive_ = true;
    const int repeats = controls_->sweepRepeats();
    Q_EMIT statusMessage(tr("re-measuring %n worker count(s)…", nullptr, static_cast<int>(counts.size())));
    const auto plan = workersSweep(p, counts, {p.backend});
    RunSession* session = session_;
    session_->start([this, session, plan, repeats](const CancelToken& cancel) {
        const PiRunner run = [this, session, &cancel](const PiParams& q) -> std::optional<double> {
            auto telemetry = std::make_shared<Telemetry>(q.workers, q.samples);
            session->publishTelemetry(telemetry);
            const PiResult r = runPi(q, telemetry.get(), cancel);
            if (r.cancelled || cancel.cancelled())
                return std::nullopt;
            return r.seconds;
        };
        return measureSweep(plan, repeats, run, [this, session](const MeasuredPoint& m) {
            session->post([this, m] {
                const int k = static_cast<int>(m.x);
                sweepTimes_[k] = m.timing.median;
                sweepRepeats_[k] = m.timing.seconds;
                drawSweep(shownParams_, QString());
            });
        });
    });
}

} // namespace parlab::ui
