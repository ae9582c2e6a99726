/// @file ignore_sigpipe.cpp
/// @brief Linked into every test program that may run the processes backend: ignores SIGPIPE
///        before main(), as parlab's own main() does.
///
/// The core no longer sets a process-wide signal disposition (a library must not); a program that
/// starts parlab-worker processes ignores SIGPIPE itself, so a worker that dies while the parent
/// writes to it fails the run with a named error instead of killing the program. The tests are
/// such programs. A static object rather than a line in main(): gtest_main and QTEST_MAIN own main.
// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>

namespace {

const bool sigpipeIgnored = [] { return std::signal(SIGPIPE, SIG_IGN) != SIG_ERR; }();

} // namespace
