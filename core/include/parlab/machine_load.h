/// @file machine_load.h
/// @brief How busy the machine was while parlab measured: the cores other programs used.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>

namespace parlab {

/// What the machine did between start() and stop(): all CPU time spent (from /proc/stat), the
/// part this process and its reaped children (worker processes) spent, and the rest.
struct MachineLoad {
    double seconds = 0;         ///< wall time measured
    double ownCores = 0;        ///< this process tree's CPU time ÷ wall time
    double backgroundCores = 0; ///< other programs' CPU time ÷ wall time (0 when unknown)
    bool known = false;         ///< false where /proc/stat cannot be read
};

/// Other programs' use above this many cores makes a measurement suspect (a browser, a video
/// call and a projector driver on a classroom laptop easily reach it).
inline constexpr double kBusyMachineCores = 0.2;

/// Measures the machine's load over a span: start() before the measurement, stop() after it
/// (after worker processes were reaped, so their time counts as parlab's own).
class LoadMeter {
  public:
    void start() noexcept;
    [[nodiscard]] MachineLoad stop() const noexcept;

  private:
    struct Sample {
        double busySeconds = 0; ///< all CPUs' non-idle time since boot
        double ownSeconds = 0;  ///< this process's and its reaped children's CPU time
        std::chrono::steady_clock::time_point at;
        bool known = false;
    };
    static Sample sample() noexcept;
    Sample start_;
};

} // namespace parlab
