/// @file version.cpp
/// @brief The version string, set by CMake from project(VERSION).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/version.h"

namespace parlab {
std::string_view version() noexcept
{
    return PARLAB_VERSION;
}
} // namespace parlab
