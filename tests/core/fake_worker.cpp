/// @file fake_worker.cpp
/// @brief A misbehaving stand-in for parlab-worker: PARLAB_FAKE_MODE picks how it breaks the protocol.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/processes/wire_format.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

using parlab::detail::Message;
using parlab::detail::MsgType;

namespace {

void sendRaw(const void* p, std::size_t n)
{
    if (::write(1, p, n) != static_cast<ssize_t>(n))
        std::_Exit(4);
}

void send(const Message& m)
{
    if (!parlab::detail::writeMessage(1, m))
        std::_Exit(4);
}

// Waits for the parent's first job (any bytes) so the fault happens mid-run.
void awaitJob()
{
    char buf[256];
    if (::read(0, buf, sizeof buf) <= 0)
        std::_Exit(0);
}

} // namespace

int main()
{
    const char* env = std::getenv("PARLAB_FAKE_MODE");
    const std::string mode = env ? env : "";
    const auto pid = static_cast<std::uint64_t>(::getpid());
    if (mode == "garbage") {
        sendRaw("this is not a frame at all", 26);
    } else if (mode == "unknown-type") {
        const unsigned char frame[8] = {0, 0, 0, 0, parlab::detail::kWireVersion, 99, 0, 0};
        sendRaw(frame, sizeof frame);
    } else if (mode == "wrong-pid") {
        send({MsgType::ready, {pid + 1}});
    } else if (mode == "too-many-hits") {
        send({MsgType::ready, {pid}});
        awaitJob();
        send({MsgType::progress, {10, 10, 11, 0}}); // 11 hits among 10 darts
    } else if (mode == "short-result") {
        send({MsgType::ready, {pid}});
        awaitJob();
        send({MsgType::result, {1, 1, 1, 0}}); // the job had more than one dart
    } else if (mode == "unasked-result") {
        send({MsgType::result, {1, 1, 1, 0}}); // before ready: no job can have been sent
    } else if (mode == "exit-mid-job") {
        send({MsgType::ready, {pid}});
        awaitJob();
        return 7;
    }
    // Stay alive until the parent stops us (it must: SIGTERM, or SIGKILL after its grace).
    for (;;)
        ::pause();
}
