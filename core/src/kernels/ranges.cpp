/// @file ranges.cpp
/// @brief How a primes range is cut: its size and the chunk sizes and counts every schedule uses.
///
/// Plain arithmetic on the parameters, shared by the entry points, every backend, the sweeps and
/// the worker process (which must agree with the parent on what a position means).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/primes.h"

#include <algorithm>

namespace parlab {

std::uint64_t rangeSize(const PrimesParams& p) noexcept
{
    return p.last >= p.first ? p.last - p.first + 1 : 0;
}

std::uint64_t defaultChunksize(std::uint64_t n, int workers) noexcept
{
    const std::uint64_t parts = 4 * static_cast<std::uint64_t>(std::max(1, workers));
    return std::max<std::uint64_t>(1, (n + parts - 1) / parts);
}

std::uint64_t resolvedChunksize(const PrimesParams& p) noexcept
{
    const std::uint64_t n = rangeSize(p);
    switch (p.schedule) {
    case Schedule::static_:
        return std::max<std::uint64_t>(1, (n + p.workers - 1) / std::max(1, p.workers));
    case Schedule::chunked:
        return p.chunksize ? p.chunksize : defaultChunksize(n, p.workers);
    case Schedule::auto_:
        return std::max<std::uint64_t>(1, p.grainsize);
    case Schedule::queue:
        return std::max<std::uint64_t>(1, p.chunksize);
    }
    return 1;
}

std::uint64_t chunkCount(const PrimesParams& p) noexcept
{
    const std::uint64_t n = rangeSize(p);
    if (p.schedule == Schedule::static_)
        return std::min<std::uint64_t>(n, static_cast<std::uint64_t>(std::max(1, p.workers)));
    const std::uint64_t c = resolvedChunksize(p);
    return (n + c - 1) / c;
}

} // namespace parlab
