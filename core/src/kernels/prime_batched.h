/// @file prime_batched.h
/// @brief The batched trial-division kernel's inner loops, one set per instruction set.
///
/// Each loop answers one question for an odd n: the index i of the first odd divisor d = 3 + 2i
/// in [from, to) that divides n, or `to` if none does. Counting divisions from that index is the
/// caller's job, so every ISA path gives the seed loop's exact counts by construction.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parlab/prime_check.h"

#include <cstddef>
#include <cstdint>

namespace parlab::detail {

/// The instruction sets the batched kernel has a path for, in the order dispatch prefers them.
enum class PrimeIsa { scalar, avx2, avx512 };

const char* isaName(PrimeIsa isa) noexcept;
/// Whether this CPU can run the path (scalar always can).
bool isaSupported(PrimeIsa isa) noexcept;
/// The widest supported path; what checkPrimeBatched uses.
PrimeIsa bestPrimeIsa() noexcept;

/// checkPrimeBatched forced onto one path (the tests run every path the CPU has).
PrimeCheck checkPrimeBatchedOn(PrimeIsa isa, std::uint64_t n, const CancelToken* cancel = nullptr) noexcept;

// n < 2^32, to ≤ kOddDivisors32, with the 32-bit table's inverses and limits.
using First32 = std::uint32_t (*)(const std::uint32_t* inv, const std::uint32_t* lim, std::uint32_t n,
                                  std::uint32_t from, std::uint32_t to) noexcept;
// 2^32 ≤ n ≤ 2^53, to ≤ kOddDivisors64, with the 64-bit table's inverses.
using First64 = std::uint64_t (*)(const std::uint64_t* inv, std::uint64_t n, std::uint64_t from,
                                  std::uint64_t to) noexcept;
// 2^32 ≤ n ≤ 2^53, any divisor indices: inverses computed on the fly.
using First64Far = std::uint64_t (*)(std::uint64_t n, std::uint64_t from, std::uint64_t to) noexcept;

std::uint32_t first32Scalar(const std::uint32_t*, const std::uint32_t*, std::uint32_t, std::uint32_t,
                            std::uint32_t) noexcept;
std::uint64_t first64Scalar(const std::uint64_t*, std::uint64_t, std::uint64_t, std::uint64_t) noexcept;
std::uint64_t first64FarScalar(std::uint64_t, std::uint64_t, std::uint64_t) noexcept;

std::uint32_t first32Avx2(const std::uint32_t*, const std::uint32_t*, std::uint32_t, std::uint32_t,
                          std::uint32_t) noexcept;
std::uint64_t first64Avx2(const std::uint64_t*, std::uint64_t, std::uint64_t, std::uint64_t) noexcept;
std::uint64_t first64FarAvx2(std::uint64_t, std::uint64_t, std::uint64_t) noexcept;

/// The first kSmallDivisors divisors tried across up to 16 numbers at once (one number per lane):
/// most composites end there, and one pass over many numbers costs far less than a start-up per
/// number. n[j] odd < 2^32 with count[j] odd divisors up to its root; first[j] = the index of its
/// first divisor, or min(count[j], kSmallDivisors) when none of those divides it.
inline constexpr std::uint32_t kSmallDivisors = 64; // d = 3 … 129
using FirstSmall32 = void (*)(const std::uint32_t* inv, const std::uint32_t* lim, const std::uint32_t* n,
                              const std::uint32_t* count, std::uint32_t lanes, std::uint32_t* first) noexcept;
void firstSmall32Avx512(const std::uint32_t*, const std::uint32_t*, const std::uint32_t*, const std::uint32_t*,
                        std::uint32_t, std::uint32_t*) noexcept;
void firstSmall32Avx2(const std::uint32_t*, const std::uint32_t*, const std::uint32_t*, const std::uint32_t*,
                      std::uint32_t, std::uint32_t*) noexcept;

/// Checks ns[0..count) into out[0..count): the same answers as checkPrimeBatchedOn for each, with
/// small divisors tested across numbers. Once the token is cancelled, numbers not yet decided are
/// marked cancelled; the caller keeps the answers before the first cancelled one.
void checkPrimesBatchedOn(PrimeIsa isa, const std::uint64_t* ns, std::size_t count, PrimeCheck* out,
                          const CancelToken* cancel) noexcept;

std::uint32_t first32Avx512(const std::uint32_t*, const std::uint32_t*, std::uint32_t, std::uint32_t,
                            std::uint32_t) noexcept;
std::uint64_t first64Avx512(const std::uint64_t*, std::uint64_t, std::uint64_t, std::uint64_t) noexcept;
std::uint64_t first64FarAvx512(std::uint64_t, std::uint64_t, std::uint64_t) noexcept;

} // namespace parlab::detail
