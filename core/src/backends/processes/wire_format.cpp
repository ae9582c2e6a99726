/// @file wire_format.cpp
/// @brief Encoding, validated decoding and whole-frame writes of the processes backend's messages.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/processes/wire_format.h"

#include <cerrno>
#include <unistd.h>

namespace parlab::detail {

namespace {

void putU64(std::uint8_t* p, std::uint64_t v) noexcept
{
    for (int i = 0; i < 8; ++i)
        p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}

std::uint64_t getU64(const std::uint8_t* p) noexcept
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= std::uint64_t{p[i]} << (8 * i);
    return v;
}

} // namespace

int fieldCount(std::uint8_t type) noexcept
{
    switch (static_cast<MsgType>(type)) {
    case MsgType::setupPrimes:
        return 5;
    case MsgType::jobPi:
        return 5;
    case MsgType::jobPrimes:
        return 2;
    case MsgType::pill:
        return 0;
    case MsgType::ready:
        return 1;
    case MsgType::progress:
        return 4;
    case MsgType::result:
        return 4;
    case MsgType::bye:
        return 1;
    case MsgType::heartbeat:
        return 0;
    }
    return -1;
}

const char* typeName(MsgType t) noexcept
{
    switch (t) {
    case MsgType::setupPrimes:
        return "setup";
    case MsgType::jobPi:
        return "pi job";
    case MsgType::jobPrimes:
        return "primes job";
    case MsgType::pill:
        return "poison pill";
    case MsgType::ready:
        return "ready";
    case MsgType::progress:
        return "progress";
    case MsgType::result:
        return "result";
    case MsgType::bye:
        return "bye";
    case MsgType::heartbeat:
        return "heartbeat";
    }
    return "unknown";
}

std::size_t encode(const Message& m, std::uint8_t* out) noexcept
{
    const int fields = fieldCount(static_cast<std::uint8_t>(m.type));
    const auto payload = static_cast<std::uint32_t>(8 * (fields < 0 ? 0 : fields));
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<std::uint8_t>(payload >> (8 * i));
    out[4] = kWireVersion;
    out[5] = static_cast<std::uint8_t>(m.type);
    out[6] = out[7] = 0;
    for (int i = 0; i < fields; ++i)
        putU64(out + kHeaderBytes + 8 * i, m.f[static_cast<std::size_t>(i)]);
    return kHeaderBytes + payload;
}

void FrameReader::feed(const std::uint8_t* data, std::size_t n)
{
    // Dropping only when everything was consumed let a stream whose frames straddle every read
    // grow without end; what is left after a drain is under one frame, so moving it is cheap.
    if (pos_ > 0) {
        buf_.erase(buf_.begin(), buf_.begin() + static_cast<std::ptrdiff_t>(pos_));
        pos_ = 0;
    }
    buf_.insert(buf_.end(), data, data + n);
}

FrameReader::Status FrameReader::next(Message& out)
{
    if (!error_.empty())
        return Status::error;
    const auto fail = [&](std::string why) {
        error_ = std::move(why);
        return Status::error;
    };
    if (buffered() < kHeaderBytes)
        return Status::needMore;
    const std::uint8_t* h = buf_.data() + pos_;
    const std::uint32_t length =
        std::uint32_t{h[0]} | std::uint32_t{h[1]} << 8 | std::uint32_t{h[2]} << 16 | std::uint32_t{h[3]} << 24;
    if (h[4] != kWireVersion)
        return fail("wire format version " + std::to_string(h[4]) + " (expected " + std::to_string(kWireVersion) + ")");
    if (h[6] != 0 || h[7] != 0)
        return fail("non-zero reserved header bytes");
    const int fields = fieldCount(h[5]);
    if (fields < 0)
        return fail("unknown message type " + std::to_string(h[5]));
    if (length != 8u * static_cast<std::uint32_t>(fields))
        return fail(std::string("a ") + typeName(static_cast<MsgType>(h[5])) + " message of " + std::to_string(length) +
                    " bytes (expected " + std::to_string(8 * fields) + ")");
    if (buffered() < kHeaderBytes + length)
        return Status::needMore;
    out = Message{};
    out.type = static_cast<MsgType>(h[5]);
    for (int i = 0; i < fields; ++i)
        out.f[static_cast<std::size_t>(i)] = getU64(h + kHeaderBytes + 8 * i);
    pos_ += kHeaderBytes + length;
    return Status::message;
}

bool writeMessage(int fd, const Message& m) noexcept
{
    std::uint8_t buf[kMaxFrameBytes];
    const std::size_t n = encode(m, buf);
    std::size_t done = 0;
    while (done < n) {
        const ssize_t w = ::write(fd, buf + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        done += static_cast<std::size_t>(w);
    }
    return true;
}

} // namespace parlab::detail
