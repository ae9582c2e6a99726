/// @file pi_kernel_scalar.cpp
/// @brief The scalar π kernel: one dart at a time (this file is built with -fno-tree-vectorize).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/pi_kernels.h"

namespace parlab::detail {

std::uint64_t hitsScalar(DartKeys keys, std::uint32_t lo, std::uint32_t count) noexcept
{
    std::uint64_t hits = 0;
    for (std::uint32_t j = 0; j < count; ++j)
        hits += dartHits(dartAt(keys, lo + j)) ? 1 : 0;
    return hits;
}

} // namespace parlab::detail
