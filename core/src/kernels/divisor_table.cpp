/// @file divisor_table.cpp
/// @brief Builds the batched prime kernel's inverse tables once, on first use.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/divisor_table.h"

#include <algorithm>
#include <memory>
#include <new>

namespace parlab::detail {

namespace {

// Room for a whole 128-entry block from any real divisor, all zeros past the real divisors.
constexpr std::size_t padded(std::uint64_t n)
{
    return static_cast<std::size_t>((n + 63) / 64 * 64 + 128);
}

// Zeroed storage on a cache-line boundary: a 64-byte vector load from a 64-entry-aligned index
// then touches one cache line, not two (a split load costs ~15% of the kernel's time).
template <typename T> struct AlignedArray {
    struct Free {
        void operator()(T* p) const noexcept { ::operator delete[](p, std::align_val_t{64}); }
    };
    std::unique_ptr<T[], Free> p;

    explicit AlignedArray(std::size_t n) : p(static_cast<T*>(::operator new[](n * sizeof(T), std::align_val_t{64})))
    {
        std::fill_n(p.get(), n, T{});
    }
    T& operator[](std::size_t i) noexcept { return p[i]; }
    T* data() const noexcept { return p.get(); }
};

struct Table32Storage {
    AlignedArray<std::uint32_t> inv{padded(kOddDivisors32)};
    AlignedArray<std::uint32_t> lim{padded(kOddDivisors32)};
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
    static const AlignedArray<std::uint64_t> inv = [] {
        AlignedArray<std::uint64_t> v(padded(kOddDivisors64));
        for (std::uint64_t i = 0; i < kOddDivisors64; ++i)
            v[i] = inverse64(3 + 2 * i);
        return v;
    }();
    return inv.data();
}

} // namespace parlab::detail
