/// @file error.h
/// @brief The one exception type the core throws: bad parameters and failed runs.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace parlab {

/// Thrown at the core's boundary. The message is a sentence meant for a person: it names the
/// parameter (or the failing part) and what is allowed, e.g. "workers must be 1…256 (got 0)".
class Error : public std::runtime_error {
  public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

/// A parameter outside what is allowed: the message is "<parameter> <what is wrong>", and the
/// parameter is kept apart so a front end can name it its own way (`--samples` on a command line).
class InvalidParameter : public Error {
  public:
    InvalidParameter(const std::string& parameter, const std::string& problem)
        : Error(parameter + " " + problem), parameter_(parameter)
    {
    }
    /// The whole sentence at once (translated as one, with its values): `message` names the
    /// parameter first, so a front end can still put "--" before it.
    struct Sentence {
        std::string text;
    };
    InvalidParameter(const std::string& parameter, Sentence message)
        : Error(std::move(message.text)), parameter_(parameter)
    {
    }
    [[nodiscard]] const std::string& parameter() const noexcept { return parameter_; }

  private:
    std::string parameter_;
};

} // namespace parlab
