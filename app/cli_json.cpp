/// @file cli_json.cpp
/// @brief The JSON writer behind `parlab run … --json`.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_json.h"

#include <cmath>
#include <cstdio>

namespace parlab::cli {

namespace {

std::string escaped(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

} // namespace

void JsonWriter::key(std::string_view k)
{
    if (needComma_)
        out_ += ',';
    if (!k.empty())
        out_ += escaped(k) + ':';
    needComma_ = true;
}

JsonWriter& JsonWriter::beginObject(std::string_view k)
{
    key(k);
    out_ += '{';
    needComma_ = false;
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    out_ += '}';
    needComma_ = true;
    return *this;
}

JsonWriter& JsonWriter::beginArray(std::string_view k)
{
    key(k);
    out_ += '[';
    needComma_ = false;
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    out_ += ']';
    needComma_ = true;
    return *this;
}

JsonWriter& JsonWriter::field(std::string_view k, std::string_view value)
{
    key(k);
    out_ += escaped(value);
    return *this;
}

JsonWriter& JsonWriter::field(std::string_view k, std::uint64_t value)
{
    key(k);
    out_ += std::to_string(value);
    return *this;
}

JsonWriter& JsonWriter::field(std::string_view k, int value)
{
    key(k);
    out_ += std::to_string(value);
    return *this;
}

JsonWriter& JsonWriter::field(std::string_view k, double value)
{
    key(k);
    if (!std::isfinite(value)) {
        out_ += "null";
        return *this;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    out_ += buf;
    return *this;
}

JsonWriter& JsonWriter::field(std::string_view k, bool value)
{
    key(k);
    out_ += value ? "true" : "false";
    return *this;
}

} // namespace parlab::cli
