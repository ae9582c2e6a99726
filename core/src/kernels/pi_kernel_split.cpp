/// @file pi_kernel_split.cpp
/// @brief The batched π kernel cut in numpy's two halves: drawing the numbers, then the vector maths.
///
/// gil-threads uses it to hold the lock only while "drawing random numbers" (hashing the darts'
/// coordinates into a buffer, like np.random.uniform) and to let go during the hit test (like
/// x*x + y*y < 1 on arrays). Counts match hitsBatched exactly: same integers, same float test.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/pi_kernels.h"

namespace parlab::detail {

namespace {

PARLAB_TARGET_CLONES
void drawBlock(DartKeys keys, std::uint32_t lo, std::uint32_t count, std::uint32_t* xs, std::uint32_t* ys) noexcept
{
    for (std::uint32_t j = 0; j < count; ++j) {
        const Dart24 d = dartAt(keys, lo + j);
        xs[j] = d.x;
        ys[j] = d.y;
    }
}

PARLAB_TARGET_CLONES
std::uint32_t hitsBlock(const std::uint32_t* xs, const std::uint32_t* ys, std::uint32_t count) noexcept
{
    std::uint32_t hits = 0;
    for (std::uint32_t j = 0; j < count; ++j) {
        const float x = static_cast<float>(static_cast<std::int32_t>(xs[j]));
        const float y = static_cast<float>(static_cast<std::int32_t>(ys[j]));
        hits += (x * x + y * y < 281474976710656.0f) ? 1U : 0U;
    }
    return hits;
}

} // namespace

void drawDarts(DartKeys keys, std::uint32_t lo, std::uint32_t count, std::uint32_t* xs, std::uint32_t* ys) noexcept
{
    drawBlock(keys, lo, count, xs, ys);
}

std::uint64_t hitsOfDarts(const std::uint32_t* xs, const std::uint32_t* ys, std::uint32_t count) noexcept
{
    return hitsBlock(xs, ys, count);
}

} // namespace parlab::detail
