/// @file machine.h
/// @brief The machine a measurement was taken on: CPU model, physical and logical cores.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace parlab {

struct MachineInfo {
    std::string cpuModel; ///< e.g. "AMD EPYC" ("unknown CPU" if it cannot be read)
    int physicalCores = 1;
    int logicalCores = 1;
};

/// Read once (from /proc/cpuinfo on Linux, falling back to std::thread) and cached.
const MachineInfo& machine();

} // namespace parlab
