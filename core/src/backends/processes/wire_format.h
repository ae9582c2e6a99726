/// @file wire_format.h
/// @brief The processes backend's message framing: header (length, version, type) + u64 fields.
///
/// A frame is an 8-byte header — payload length (u32), format version (u8), type (u8), two zero
/// bytes — followed by the payload: a fixed number of little-endian u64 fields per type. Everything
/// is checked on the way in (version, reserved bytes, known type, exact length); what the fields
/// mean (ranges, which message may come when) is checked by the receiver.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace parlab::detail {

inline constexpr std::uint8_t kWireVersion = 4; // 2: heartbeat; 3: result without busyNs; 4: primes kernel
inline constexpr std::size_t kHeaderBytes = 8;
inline constexpr std::size_t kMaxFields = 5;
inline constexpr std::size_t kMaxFrameBytes = kHeaderBytes + 8 * kMaxFields;

enum class MsgType : std::uint8_t {
    // parent → worker
    setupPrimes = 1, ///< first, last, order, seed, kernel: the range every later primes job indexes
    jobPi = 2,       ///< seed, base (first dart thrown), count, kernel, first (its place in the run's order)
    jobPrimes = 3,   ///< k0, count: positions of the range's order
    pill = 4,        ///< no more work: answer bye and exit
    // worker → parent
    ready = 16,    ///< pid: started and waiting for work
    progress = 17, ///< items, cost, hits, primes so far in the current job (cumulative)
    /// items, cost, hits, primes for the finished job. No busy time: the parent times a job itself,
    /// from sending it to its result, because the round trip is what the timeline must show.
    result = 18,
    bye = 19,       ///< pills seen (1): exiting on the pill
    heartbeat = 20, ///< nothing: still alive (sent after a silence; see worker_channel.h)
};

/// Fields a message of this type carries; -1 for an unknown type.
int fieldCount(std::uint8_t type) noexcept;
const char* typeName(MsgType t) noexcept;

struct Message {
    MsgType type = MsgType::pill;
    std::array<std::uint64_t, kMaxFields> f{};
};

/// The frame for m; returns its size (≤ kMaxFrameBytes).
std::size_t encode(const Message& m, std::uint8_t* out) noexcept;

/// Reassembles frames from a byte stream (pipes deliver any split). After an error the reader
/// stays failed: a stream that lost its framing cannot be trusted again.
///
/// Memory stays bounded whatever the stream: feed() drops the bytes next() has consumed before it
/// appends, so a caller that drains next() after each feed() holds at most one partial frame plus
/// one feed's bytes — frames that straddle every read included.
class FrameReader {
  public:
    enum class Status { needMore, message, error };
    void feed(const std::uint8_t* data, std::size_t n);
    Status next(Message& out);
    [[nodiscard]] const std::string& error() const noexcept { return error_; }
    /// Bytes received but not yet returned as a message (a partial frame once next() is drained).
    [[nodiscard]] std::size_t buffered() const noexcept { return buf_.size() - pos_; }
    /// Bytes the reader holds allocated, to check the bound above.
    [[nodiscard]] std::size_t capacity() const noexcept { return buf_.capacity(); }

  private:
    std::vector<std::uint8_t> buf_;
    std::size_t pos_ = 0;
    std::string error_;
};

/// write() the whole frame, retrying on EINTR and short writes; false on any error (EPIPE: the
/// reader is gone — SIGPIPE must be ignored by the caller's process).
bool writeMessage(int fd, const Message& m) noexcept;

} // namespace parlab::detail
