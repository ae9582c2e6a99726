/// @file parse_count.h
/// @brief Counts written as a person writes them: "100000000", "1e8", "2.5e3" — exactly.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace parlab {

/// Parses a whole number written plainly or in scientific notation, evaluated exactly in
/// integers. Throws parlab::Error naming `option` and the allowed range when the text is not a
/// whole number, is negative, or lies outside [min, max]: nothing is clamped.
std::uint64_t parseCount(std::string_view text, std::string_view option, std::uint64_t min, std::uint64_t max);

} // namespace parlab
