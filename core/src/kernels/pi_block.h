/// @file pi_block.h
/// @brief Where block b of a π run lies: the darts it reports and the darts it throws.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/options.h"

#include <algorithm>
#include <cstdint>

namespace parlab::detail {

/// Block b of a π run: darts [begin, begin+size) are reported, darts [base, base+size) thrown.
/// Balanced sizes, the remainder spread over the first blocks. With identical seeding every block
/// replays darts 0…size−1 (the forked-RNG pitfall: more darts, no better estimate).
struct PiBlock {
    std::uint64_t begin = 0, size = 0, base = 0;
};

inline PiBlock piBlock(std::uint64_t samples, std::uint64_t blocks, Seeding seeding, std::uint64_t b) noexcept
{
    PiBlock r;
    r.begin = b * (samples / blocks) + std::min(b, samples % blocks);
    r.size = samples / blocks + (b < samples % blocks ? 1 : 0);
    r.base = seeding == Seeding::identical ? 0 : r.begin;
    return r;
}

} // namespace parlab::detail
