/// @file version.h
/// @brief parlab's version, for --version, result caches and exported figures.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace parlab {
std::string_view version() noexcept;
} // namespace parlab
