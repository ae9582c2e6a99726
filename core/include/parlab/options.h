/// @file options.h
/// @brief The vocabulary of a run (backend, schedule, order, kernel, seeding) and its names.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace parlab {

/// The execution model a run uses: oneTBB tasks, threads serialised by a GIL, or real processes.
enum class Backend { tbb, gil_threads, processes };
/// How a range of numbers is split between workers. `queue`: a feeder fills a bounded job queue,
/// workers take one job at a time and stop on a poison pill (one per worker).
enum class Schedule { static_, chunked, auto_, queue };
/// The order in which the numbers of a range are handed out.
enum class Order { natural, shuffled, costliest };
/// The shape of the π inner loop: one dart at a time, or vectorisable blocks.
enum class Kernel { scalar, batched };
/// Whether every block of darts draws its own numbers, or every block replays the same ones.
enum class Seeding { independent, identical };

std::string_view name(Backend v) noexcept;
std::string_view name(Schedule v) noexcept;
std::string_view name(Order v) noexcept;
std::string_view name(Kernel v) noexcept;
std::string_view name(Seeding v) noexcept;

/// Parse a name as printed by name(); nullopt when it is not one of them.
template <typename Enum> std::optional<Enum> parseName(std::string_view text);

/// Parse a name as printed by name(); throws InvalidParameter naming `parameter` and the
/// allowed names when it is not one of them.
template <typename Enum> Enum parseEnum(std::string_view text, std::string_view parameter);

/// Every value of an enum, in menu order (for help texts, combo boxes and error messages).
template <typename Enum> const std::vector<Enum>& allValues();

/// "a|b|c" — the allowed names, for messages.
template <typename Enum> std::string allowedNames();

} // namespace parlab
