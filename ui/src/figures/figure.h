/// @file figure.h
/// @brief A figure of the chapter as parlab reproduces it: what it shows, how its preset is
/// measured (on the launcher thread), and how a measurement — fresh or cached — is drawn.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/calibration.h"
#include "parlab/cancel_token.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace parlab::ui {

struct ChartExport;

struct FigureInfo {
    QString id;          ///< "time-vs-workers", "chunk-count", … (`parlab figure --list`)
    QString title;       ///< chart title, book style
    QString description; ///< what it shows
    QString lookFor;     ///< what the class should notice
    QString bookFigure;  ///< "9-2", "9-13", … or empty
};

/// Overrides of a preset's settings (from the CLI: `parlab figure NAME --workers 4 …`).
struct FigureParams {
    /// true: calibrated (each timed point lasts at least targetSeconds); false: the book's size.
    bool quick = true;
    int repeats = 3;                              ///< measurements of each timed point, all kept
    double targetSeconds = kDefaultTargetSeconds; ///< calibration target (quick only)
    /// A payload measured before with these settings: only its noisy points are measured again
    /// (Payload::noisyPoints), the others kept.
    std::optional<QString> remeasureNoisyOf;
    /// The target a measurement uses: 0 (no calibration) at the book's size.
    [[nodiscard]] double target() const { return quick ? targetSeconds : 0.0; }
    /// The part of a cache key these settings make.
    [[nodiscard]] QString measureKey() const
    {
        return QStringLiteral("repeats=%1;target=%2").arg(repeats).arg(target());
    }
    std::optional<int> workers;         ///< sweeps: the largest worker count; runs: the count
    std::optional<quint64> samples;     ///< π darts
    std::optional<quint64> first, last; ///< primes range
};

class Figure {
  public:
    virtual ~Figure() = default;
    [[nodiscard]] virtual FigureInfo info() const = 0;
    /// Which FigureParams overrides apply ("workers", "samples", "from", "to").
    [[nodiscard]] virtual QStringList settings() const = 0;
    /// Every setting the measurement depends on, canonical: the result cache's key.
    [[nodiscard]] virtual QString paramsKey(const FigureParams& p) const = 0;
    /// Throws parlab::Error when the overrides, completed with the preset's own defaults, are not
    /// a run the core accepts (`--to 5` alone against a preset starting at 1e8): checked before
    /// measuring, so a bad combination is a usage error rather than a failure half-way.
    virtual void checkParams(const FigureParams& p) const { (void)p; }
    /// The measurement's name in the cache: the id, unless figures share one measurement.
    [[nodiscard]] virtual QString cacheKind() const { return info().id; }
    /// Measures the preset; `partial` receives the payload so far after each point. Returns the
    /// payload (CSV text: "series,x,y" rows and "@key,value" facts), or nullopt when cancelled.
    /// Runs on a launcher thread; throws parlab::Error on failure.
    [[nodiscard]] virtual std::optional<QString> measure(const FigureParams& p, const CancelToken& cancel,
                                                         const std::function<void(const QString&)>& partial) const = 0;
    /// Whether the measurement is a time (a busy machine spoils it); counts of work are not.
    [[nodiscard]] virtual bool measuresTime() const { return true; }
    /// measure(), with the machine's load over it recorded as the payload's `background_cpu` fact
    /// (cores other programs used; see machine_load.h). What every caller uses.
    [[nodiscard]] std::optional<QString> measureWithLoad(const FigureParams& p, const CancelToken& cancel,
                                                         const std::function<void(const QString&)>& partial) const;
    /// The widget that shows this figure.
    [[nodiscard]] virtual QWidget* createView(QWidget* parent) const = 0;
    /// Draws a payload (possibly partial) into a view made by createView().
    virtual void draw(QWidget* view, const QString& payload, bool bookOverlay) const = 0;
    /// Whether an overlay of the book's results exists for this figure.
    [[nodiscard]] virtual bool hasBookOverlay() const { return false; }
    /// What export needs (the chart for CSV, SVG sense); footer filled by the caller.
    [[nodiscard]] virtual ChartExport exportOf(QWidget* view, const QString& payload) const;
};

} // namespace parlab::ui
