/// @file prime_batched.cpp
/// @brief The batched prime kernel: the seed's trial division, answered by multiply-by-inverse
/// tests on whole blocks of divisors, picked at run time for the CPU (AVX-512, AVX2 or scalar).
///
/// It tries exactly the divisors the seed's loop tries — every odd d from 3 up to the first that
/// divides n, or to ⌊√n⌋ — and counts them the same way; only the test per divisor is cheaper.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels/prime_batched.h"

#include "kernels/divisor_table.h"
#include "parlab/cancel_token.h"

#include <algorithm>
#include <cmath>

namespace parlab::detail {

namespace {

// Divisors between two polls of the cancel token, as in checkPrime.
constexpr std::uint64_t kPollEvery = 1u << 16;

struct Paths {
    First32 first32;
    First64 first64;
    First64Far first64Far;
    FirstSmall32 small32; ///< null: every number takes the one-number path
};

Paths pathsFor(PrimeIsa isa) noexcept
{
    switch (isa) {
    case PrimeIsa::avx512:
        return {first32Avx512, first64Avx512, first64FarAvx512, firstSmall32Avx512};
    case PrimeIsa::avx2:
        return {first32Avx2, first64Avx2, first64FarAvx2, firstSmall32Avx2};
    case PrimeIsa::scalar:
        break;
    }
    return {first32Scalar, first64Scalar, first64FarScalar, nullptr};
}

// ⌊√n⌋ for n ≤ 2^53 without isqrt's divides: the double is exact and its root correctly rounded,
// so it is off by at most one, fixed with products that cannot overflow.
std::uint64_t rootOf(std::uint64_t n) noexcept
{
    auto r = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(n)));
    if (r * r > n)
        --r;
    else if ((r + 1) * (r + 1) <= n)
        ++r;
    return r;
}

// Index of the first dividing odd divisor in [from, to), or `to`.
std::uint64_t firstDivisor(const Paths& p, std::uint64_t n, std::uint64_t from, std::uint64_t to) noexcept
{
    if (n <= 0xffffffffULL) {
        const DivisorTable32& t = divisorTable32();
        return p.first32(t.inv, t.lim, static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(from),
                         static_cast<std::uint32_t>(to));
    }
    if (from < kOddDivisors64) {
        const std::uint64_t end = std::min(to, kOddDivisors64);
        const std::uint64_t i = p.first64(divisorTable64(), n, from, end);
        if (i < end || end == to)
            return i;
        from = end;
    }
    return p.first64Far(n, from, to);
}

// Odd divisors 3…⌊√n⌋ of an odd 3 ≤ n < 2^32. No fix-up needed: √n's double is correctly rounded,
// and for n = k² − 1 < 2^32 its distance below k (≈ 1/2k > 2^-17) is far above the rounding
// step there (2^-36), so the truncation is ⌊√n⌋.
std::uint32_t oddDivisors32(std::uint32_t n) noexcept
{
    const auto r = static_cast<std::uint32_t>(static_cast<std::int64_t>(std::sqrt(static_cast<double>(n))));
    return (r - 1) / 2;
}

// Odd divisors 3…⌊√n⌋ of an odd n.
std::uint64_t oddDivisors(std::uint64_t n) noexcept
{
    const std::uint64_t root = rootOf(n);
    return root >= 3 ? (root - 1) / 2 : 0;
}

// Tries divisor indices [start, count) of odd n, whose divisors below `start` are known not to
// divide it, and writes the whole answer into r.
void tryDivisors(const Paths& paths, std::uint64_t n, std::uint64_t count, std::uint64_t start,
                 const CancelToken* cancel, PrimeCheck& r) noexcept
{
    r = PrimeCheck{};
    for (std::uint64_t from = start; from < count; from += kPollEvery) {
        const std::uint64_t to = std::min(count, from + kPollEvery);
        const std::uint64_t i = firstDivisor(paths, n, from, to);
        if (i < to) {
            r.divisions = 1 + i + 1; // d = 3 + 2i was the (i+1)-th odd divisor tried
            return;
        }
        if (cancel && to < count && cancel->cancelled()) {
            r.divisions = 1 + to;
            r.cancelled = true;
            return;
        }
    }
    r.divisions = 1 + count;
    r.prime = true;
}

// n < 2 and even n: no odd divisor to try.
bool trivial(std::uint64_t n, PrimeCheck& r) noexcept
{
    r = PrimeCheck{};
    if (n < 2)
        return true;
    r.divisions = 1; // n % 2
    if (n % 2 != 0)
        return false;
    r.prime = n == 2;
    return true;
}

} // namespace

std::uint32_t first32Scalar(const std::uint32_t* inv, const std::uint32_t* lim, std::uint32_t n, std::uint32_t from,
                            std::uint32_t to) noexcept
{
    for (std::uint32_t i = from; i < to; ++i)
        if (n * inv[i] <= lim[i])
            return i;
    return to;
}

std::uint64_t first64Scalar(const std::uint64_t* inv, std::uint64_t n, std::uint64_t from, std::uint64_t to) noexcept
{
    for (std::uint64_t i = from; i < to; ++i)
        if ((n * inv[i]) >> shift64(3 + 2 * i) == 0)
            return i;
    return to;
}

std::uint64_t first64FarScalar(std::uint64_t n, std::uint64_t from, std::uint64_t to) noexcept
{
    for (std::uint64_t i = from; i < to; ++i)
        if ((n * inverse64(3 + 2 * i)) >> shift64(3 + 2 * i) == 0)
            return i;
    return to;
}

const char* isaName(PrimeIsa isa) noexcept
{
    switch (isa) {
    case PrimeIsa::avx512:
        return "avx512";
    case PrimeIsa::avx2:
        return "avx2";
    case PrimeIsa::scalar:
        break;
    }
    return "scalar";
}

bool isaSupported(PrimeIsa isa) noexcept
{
    // Plain CPUID checks at call time, no ifunc: safe under ThreadSanitizer (see pi_kernels.h).
    __builtin_cpu_init();
    switch (isa) {
    case PrimeIsa::avx512:
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
    case PrimeIsa::avx2:
        return __builtin_cpu_supports("avx2");
    case PrimeIsa::scalar:
        break;
    }
    return true;
}

PrimeIsa bestPrimeIsa() noexcept
{
    static const PrimeIsa best = isaSupported(PrimeIsa::avx512) ? PrimeIsa::avx512
                                 : isaSupported(PrimeIsa::avx2) ? PrimeIsa::avx2
                                                                : PrimeIsa::scalar;
    return best;
}

PrimeCheck checkPrimeBatchedOn(PrimeIsa isa, std::uint64_t n, const CancelToken* cancel) noexcept
{
    // The 64-bit divisibility bound (shift64) holds for n ≤ 2^53 only: past it, the seed's loop.
    if (n > kMaxPrimeCandidate)
        return checkPrime(n, cancel);
    PrimeCheck r;
    if (!trivial(n, r))
        tryDivisors(pathsFor(isa), n, oddDivisors(n), 0, cancel, r);
    return r;
}

void checkPrimesBatchedOn(PrimeIsa isa, const std::uint64_t* ns, std::size_t count, PrimeCheck* out,
                          const CancelToken* cancel) noexcept
{
    const Paths paths = pathsFor(isa);
    const DivisorTable32& t = divisorTable32();
    // Odd numbers below 2^32 wait in lanes for one small-divisor pass over 16 of them.
    std::uint32_t lane = 0, n[16], m[16], first[16];
    std::size_t at[16];
    const auto flush = [&] {
        paths.small32(t.inv, t.lim, n, m, lane, first);
        for (std::uint32_t j = 0; j < lane; ++j) {
            // first[j] = min(first hit, kSmallDivisors, m[j]): below both bounds it is a divisor;
            // past them, the rest of the divisors one number at a time (never polled below 2^32,
            // as in tryDivisors: a number this size ends within 32 767 divisors).
            std::uint32_t f = first[j];
            if (f == kSmallDivisors && m[j] > kSmallDivisors)
                f = paths.first32(t.inv, t.lim, n[j], kSmallDivisors, m[j]);
            const bool prime = f >= m[j];
            out[at[j]] = PrimeCheck{prime, prime ? 1 + std::uint64_t{m[j]} : 2 + std::uint64_t{f}, false};
        }
        lane = 0;
    };
    for (std::size_t k = 0; k < count; ++k) {
        const std::uint64_t nk = ns[k];
        if (paths.small32 && (nk & 1) != 0 && nk >= 3 && nk <= 0xffffffffULL) {
            n[lane] = static_cast<std::uint32_t>(nk);
            m[lane] = oddDivisors32(n[lane]);
            at[lane] = k;
            if (++lane == 16)
                flush();
            continue;
        }
        PrimeCheck& r = out[k];
        if (trivial(nk, r))
            continue;
        if (nk > kMaxPrimeCandidate)
            r = checkPrime(nk, cancel);
        else // polled inside, as checkPrime does: a number that ends before the first poll is answered
            tryDivisors(paths, nk, oddDivisors(nk), 0, cancel, r);
    }
    if (lane)
        flush();
}

} // namespace parlab::detail

namespace parlab {

PrimeCheck checkPrimeBatched(std::uint64_t n, const CancelToken* cancel) noexcept
{
    static const detail::PrimeIsa isa = detail::bestPrimeIsa();
    return detail::checkPrimeBatchedOn(isa, n, cancel);
}

PrimeCheck checkPrime(Kernel kernel, std::uint64_t n, const CancelToken* cancel) noexcept
{
    return kernel == Kernel::batched ? checkPrimeBatched(n, cancel) : checkPrime(n, cancel);
}

std::size_t checkPrimes(Kernel kernel, const std::uint64_t* ns, std::size_t count, PrimeCheck* out,
                        const CancelToken* cancel) noexcept
{
    if (kernel == Kernel::batched) {
        static const detail::PrimeIsa isa = detail::bestPrimeIsa();
        detail::checkPrimesBatchedOn(isa, ns, count, out, cancel);
        for (std::size_t k = 0; k < count; ++k)
            if (out[k].cancelled)
                return k;
        return count;
    }
    for (std::size_t k = 0; k < count; ++k) {
        if (cancel && cancel->cancelled())
            return k;
        out[k] = checkPrime(ns[k], cancel);
        if (out[k].cancelled)
            return k;
    }
    return count;
}

} // namespace parlab
