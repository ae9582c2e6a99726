/// @file divisor_table.cpp
/// @brief Builds the batched prime kernel's inverse tables once, on first use.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/divisor_table.h"

#include <vector>

namespace parlab::detail {

namespace {

// Room for whole 64-entry blocks plus one more, all zeros past the real divisors.
constexpr std::size_t padded(std::uint64_t n)
{
    return static_cast<std::size_t>((n + 63) / 64 * 64 + 64);
}

struct Table32Storage {
    std::vector<std::uint32_t> inv = std::vector<std::uint32_t>(padded(kOddDivisors32), 0);
    std::vector<std::uint32_t> lim = std::vector<std::uint32_t>(padded(kOddDivisors32), 0);
    DivisorTable32 view{};

    Table32Storage()
    {
        for (std::uint32_t i = 0; i < kOddDivisors32; ++i) {
            const std::uint32_t d = 3 + 2 * i;
            inv[i] = static_cast<std::uint32_t>(inverse64(d));
            lim[i] = 0xffffffffu / d;
        }
        view = {inv.data(), lim.data()};
    }
};

} // namespace

const DivisorTable32& divisorTable32()
{
    static const Table32Storage t;
    return t.view;
}

const std::uint64_t* divisorTable64()
{
    static const std::vector<std::uint64_t> inv = [] {
        std::vector<std::uint64_t> v(padded(kOddDivisors64), 0);
        for (std::uint64_t i = 0; i < kOddDivisors64; ++i)
            v[i] = inverse64(3 + 2 * i);
        return v;
    }();
    return inv.data();
}

} // namespace parlab::detail
