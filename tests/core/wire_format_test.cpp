/// @file wire_format_test.cpp
/// @brief The processes backend's framing: round trips through any split, every malformation caught.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/processes/wire_format.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using namespace parlab::detail;

namespace {

std::vector<std::uint8_t> frame(const Message& m)
{
    std::vector<std::uint8_t> b(kMaxFrameBytes);
    b.resize(encode(m, b.data()));
    return b;
}

} // namespace

TEST(WireFormat, RoundTripsEveryTypeFedByteByByte)
{
    const std::vector<Message> msgs = {
        {MsgType::setupPrimes, {1, 1000000, 2, 42, 1}},
        {MsgType::jobPi, {7, 1ULL << 40, 123456789, 1}},
        {MsgType::jobPrimes, {5, 9}},
        {MsgType::pill, {}},
        {MsgType::ready, {4711}},
        {MsgType::progress, {1, 2, 3, 4}},
        {MsgType::result, {~0ULL, 2, 3, 4}},
        {MsgType::bye, {1}},
    };
    std::vector<std::uint8_t> stream;
    for (const auto& m : msgs) {
        const auto f = frame(m);
        EXPECT_EQ(f.size(), kHeaderBytes + 8 * static_cast<std::size_t>(fieldCount(static_cast<std::uint8_t>(m.type))));
        stream.insert(stream.end(), f.begin(), f.end());
    }
    FrameReader r;
    std::vector<Message> got;
    for (const std::uint8_t b : stream) {
        r.feed(&b, 1);
        Message m;
        while (r.next(m) == FrameReader::Status::message)
            got.push_back(m);
    }
    ASSERT_EQ(got.size(), msgs.size());
    for (std::size_t i = 0; i < msgs.size(); ++i) {
        EXPECT_EQ(got[i].type, msgs[i].type);
        EXPECT_EQ(got[i].f, msgs[i].f);
    }
    EXPECT_EQ(r.buffered(), 0u);
}

TEST(WireFormat, RejectsEveryMalformation)
{
    const auto good = frame({MsgType::ready, {1}});
    struct Case {
        const char* what;
        std::size_t byte;
        std::uint8_t value;
    };
    for (const Case c : {Case{"length", 0, 16}, Case{"version", 4, kWireVersion + 1}, Case{"type", 5, 0},
                         Case{"type", 5, 200}, Case{"reserved", 6, 1}, Case{"reserved", 7, 1}}) {
        auto bad = good;
        bad[c.byte] = c.value;
        FrameReader r;
        r.feed(bad.data(), bad.size());
        Message m;
        EXPECT_EQ(r.next(m), FrameReader::Status::error) << c.what;
        EXPECT_FALSE(r.error().empty());
        // A stream that lost its framing stays failed, even if good frames follow.
        r.feed(good.data(), good.size());
        EXPECT_EQ(r.next(m), FrameReader::Status::error) << c.what;
    }
}

TEST(WireFormat, HugeLengthIsAnErrorNotAnAllocation)
{
    const std::uint8_t hdr[8] = {0xff, 0xff, 0xff, 0xff, kWireVersion, static_cast<std::uint8_t>(MsgType::result),
                                 0,    0};
    FrameReader r;
    r.feed(hdr, sizeof hdr);
    Message m;
    EXPECT_EQ(r.next(m), FrameReader::Status::error);
}

TEST(WireFormat, PartialFrameWaitsForTheRest)
{
    const auto f = frame({MsgType::result, {1, 2, 3, 4}});
    FrameReader r;
    r.feed(f.data(), f.size() - 1);
    Message m;
    EXPECT_EQ(r.next(m), FrameReader::Status::needMore);
    r.feed(f.data() + f.size() - 1, 1);
    ASSERT_EQ(r.next(m), FrameReader::Status::message);
    EXPECT_EQ(m.f[3], 4u);
}

TEST(WireFormat, BufferStaysBoundedOverFramesStraddlingEveryRead)
{
    // A stream in which no 4 096-byte read ends on a frame boundary: the reader once dropped
    // consumed bytes only on such a boundary, and grew by every read.
    constexpr std::size_t kRead = 4096;
    const std::vector<Message> kinds = {{MsgType::progress, {1, 2, 3, 4}},
                                        {MsgType::result, {5, 5, 5, 5}},
                                        {MsgType::heartbeat, {}},
                                        {MsgType::bye, {1}}};
    std::vector<std::uint8_t> stream;
    std::size_t frames = 0;
    while (stream.size() < (std::size_t{1} << 20)) {
        for (const Message& m : kinds) {
            const auto f = frame(m);
            if ((stream.size() + f.size()) % kRead == 0)
                continue; // this one would end on a read boundary: take the next kind
            stream.insert(stream.end(), f.begin(), f.end());
            ++frames;
            break;
        }
    }
    stream.resize(stream.size() - stream.size() % kRead); // whole reads; the last frame is cut

    FrameReader r;
    std::size_t got = 0, maxCapacity = 0, straddled = 0;
    for (std::size_t at = 0; at < stream.size(); at += kRead) {
        r.feed(stream.data() + at, kRead);
        Message m;
        while (r.next(m) == FrameReader::Status::message)
            ++got;
        ASSERT_TRUE(r.error().empty()) << r.error();
        straddled += r.buffered() > 0 ? 1 : 0;
        EXPECT_LT(r.buffered(), kMaxFrameBytes);
        maxCapacity = std::max(maxCapacity, r.capacity());
    }
    EXPECT_EQ(straddled, stream.size() / kRead); // the stream really is the bad case
    EXPECT_EQ(got + 1, frames);                  // every whole frame came out
    EXPECT_LE(maxCapacity, 2 * (kRead + kMaxFrameBytes)) << "for a " << stream.size() << "-byte stream";
}
