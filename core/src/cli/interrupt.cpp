/// @file interrupt.cpp
/// @brief Ctrl+C cancels the command line's measurement.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/interrupt.h"

#include "parlab/cancel_token.h"

#include <atomic>
#include <csignal>

namespace parlab {

namespace {

// Read by the signal handler: a lock-free atomic pointer, and cancel() is an atomic store —
// both async-signal-safe.
std::atomic<CancelToken*> gToken{nullptr};

extern "C" void onInterrupt(int)
{
    if (CancelToken* t = gToken.load())
        t->cancel();
}

} // namespace

InterruptGuard::InterruptGuard(CancelToken& cancel) noexcept
{
    gToken.store(&cancel);
}

InterruptGuard::~InterruptGuard()
{
    if (armed_)
        std::signal(SIGINT, previous_);
    gToken.store(nullptr);
}

void InterruptGuard::arm() noexcept
{
    if (armed_)
        return;
    previous_ = std::signal(SIGINT, onInterrupt);
    armed_ = true;
}

} // namespace parlab
