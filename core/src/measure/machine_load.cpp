/// @file machine_load.cpp
/// @brief Other programs' CPU use during a measurement, from /proc/stat and getrusage.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/machine_load.h"

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace parlab {

namespace {

double seconds(const timeval& t)
{
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
}

} // namespace

LoadMeter::Sample LoadMeter::sample() noexcept
{
    Sample s;
    s.at = std::chrono::steady_clock::now();
    rusage self{}, children{};
    ::getrusage(RUSAGE_SELF, &self);
    ::getrusage(RUSAGE_CHILDREN, &children);
    s.ownSeconds =
        seconds(self.ru_utime) + seconds(self.ru_stime) + seconds(children.ru_utime) + seconds(children.ru_stime);
    // The first line of /proc/stat: the whole machine's time per state, in clock ticks
    // (user nice system idle iowait irq softirq steal; guest time is inside user).
    if (std::FILE* f = std::fopen("/proc/stat", "r")) {
        unsigned long long v[8] = {};
        if (std::fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
                        &v[6], &v[7]) == 8) {
            const double tick = static_cast<double>(::sysconf(_SC_CLK_TCK));
            s.busySeconds = static_cast<double>(v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) / tick;
            s.known = tick > 0;
        }
        std::fclose(f);
    }
    return s;
}

void LoadMeter::start() noexcept
{
    start_ = sample();
}

MachineLoad LoadMeter::stop() const noexcept
{
    const Sample end = sample();
    MachineLoad load;
    load.seconds = std::chrono::duration<double>(end.at - start_.at).count();
    if (load.seconds <= 0)
        return load;
    load.ownCores = (end.ownSeconds - start_.ownSeconds) / load.seconds;
    if (start_.known && end.known) {
        load.known = true;
        // Ticks are coarse (10 ms): a short measurement reads a little high or low, never < 0.
        load.backgroundCores =
            std::max(0.0, (end.busySeconds - start_.busySeconds) - (end.ownSeconds - start_.ownSeconds)) / load.seconds;
    }
    return load;
}

} // namespace parlab
