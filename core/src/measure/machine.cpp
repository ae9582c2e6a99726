/// @file machine.cpp
/// @brief Reads the CPU model and core counts once.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/machine.h"

#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <utility>

namespace parlab {

namespace {

std::string valueOf(const std::string& line)
{
    const auto colon = line.find(':');
    if (colon == std::string::npos)
        return {};
    auto v = line.substr(colon + 1);
    const auto b = v.find_first_not_of(" \t");
    return b == std::string::npos ? std::string{} : v.substr(b);
}

MachineInfo probe()
{
    MachineInfo m;
    m.cpuModel = "unknown CPU";
    m.logicalCores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    m.physicalCores = m.logicalCores;

    std::ifstream in("/proc/cpuinfo");
    std::set<std::pair<std::string, std::string>> cores; // (physical id, core id)
    std::string line, physical, model;
    int processors = 0;
    while (std::getline(in, line)) {
        if (line.rfind("processor", 0) == 0)
            ++processors;
        else if (line.rfind("model name", 0) == 0 && model.empty())
            model = valueOf(line);
        else if (line.rfind("physical id", 0) == 0)
            physical = valueOf(line);
        else if (line.rfind("core id", 0) == 0)
            cores.emplace(physical, valueOf(line));
    }
    if (!model.empty())
        m.cpuModel = model;
    if (processors > 0)
        m.logicalCores = processors;
    if (!cores.empty())
        m.physicalCores = static_cast<int>(cores.size());
    if (m.physicalCores > m.logicalCores)
        m.physicalCores = m.logicalCores;
    return m;
}

} // namespace

const MachineInfo& machine()
{
    static const MachineInfo m = probe();
    return m;
}

} // namespace parlab
