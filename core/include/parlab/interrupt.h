/// @file interrupt.h
/// @brief Ctrl+C for a command-line measurement: SIGINT cancels one CancelToken while a guard
///        lives, and the previous handler is back before the token goes away.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parlab {

class CancelToken;

/// One at a time (the handler reaches the token through a single global pointer). arm() installs
/// the handler — call it once the arguments are checked, so Ctrl+C before a run keeps its
/// default meaning. The destructor restores the previous handler and forgets the token.
class InterruptGuard {
  public:
    explicit InterruptGuard(CancelToken& cancel) noexcept;
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    void arm() noexcept;

  private:
    void (*previous_)(int) = nullptr;
    bool armed_ = false;
};

} // namespace parlab
