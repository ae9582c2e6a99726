/// @file cli_json.h
/// @brief A minimal JSON writer for the command line's --json output (objects, arrays, scalars).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace parlab::cli {

/// Appends JSON text; commas are placed automatically. Strings are escaped per RFC 8259.
class JsonWriter {
  public:
    JsonWriter& beginObject(std::string_view key = {});
    JsonWriter& endObject();
    JsonWriter& beginArray(std::string_view key = {});
    JsonWriter& endArray();
    JsonWriter& field(std::string_view key, std::string_view value);
    JsonWriter& field(std::string_view key, const char* value) { return field(key, std::string_view(value)); }
    JsonWriter& field(std::string_view key, std::uint64_t value);
    JsonWriter& field(std::string_view key, int value);
    JsonWriter& field(std::string_view key, double value);
    JsonWriter& field(std::string_view key, bool value);
    [[nodiscard]] const std::string& str() const { return out_; }

  private:
    void key(std::string_view k);
    std::string out_;
    bool needComma_ = false;
};

} // namespace parlab::cli
