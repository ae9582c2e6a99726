/// @file item_order.cpp
/// @brief Position → number for the natural, shuffled and costliest-first orders, in O(1) memory.
///
/// The shuffle is a seeded permutation computed on the fly (a 4-round Feistel network over the
/// smallest even-bit domain ≥ n, with cycle-walking), so a range of 10^12 numbers can be shuffled
/// without a 8 TB index array.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/primes.h"

#include "parlab/dart_hash.h"

namespace parlab {

ItemOrder::ItemOrder(const PrimesParams& p) : first_(p.first), last_(p.last), n_(rangeSize(p)), order_(p.order)
{
    while (halfBits_ < 32 && (std::uint64_t{1} << (2 * halfBits_)) < n_)
        ++halfBits_;
    std::uint64_t z = p.seed;
    for (auto& k : keys_)
        k = z = splitmix64(z);
}

std::uint64_t ItemOrder::at(std::uint64_t k) const noexcept
{
    switch (order_) {
    case Order::natural:
        return first_ + k;
    case Order::costliest:
        return last_ - k; // the √n bound on a check grows with n
    case Order::shuffled:
        break;
    }
    const std::uint64_t mask = (std::uint64_t{1} << halfBits_) - 1;
    std::uint64_t x = k;
    do { // cycle-walk: a permutation of [0, 4^h) restricted to [0, n) stays a permutation
        std::uint64_t left = x >> halfBits_, right = x & mask;
        for (const std::uint64_t key : keys_) {
            const std::uint64_t f = splitmix64(right ^ key) & mask;
            const std::uint64_t next = left ^ f;
            left = right;
            right = next;
        }
        x = (left << halfBits_) | right;
    } while (x >= n_);
    return first_ + x;
}

} // namespace parlab
