/// @file options.cpp
/// @brief Names of the run vocabulary, for the CLI, the UI and JSON.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/options.h"
#include "parlab/translate.h"

#include "parlab/error.h"

#include <string>

namespace parlab {

std::string_view name(Backend v) noexcept
{
    switch (v) {
    case Backend::tbb:
        return "tbb";
    case Backend::gil_threads:
        return "gil-threads";
    case Backend::processes:
        return "processes";
    }
    return "?";
}

std::string_view name(Schedule v) noexcept
{
    switch (v) {
    case Schedule::static_:
        return "static";
    case Schedule::chunked:
        return "chunked";
    case Schedule::auto_:
        return "auto";
    case Schedule::queue:
        return "queue";
    }
    return "?";
}

std::string_view name(Order v) noexcept
{
    switch (v) {
    case Order::natural:
        return "natural";
    case Order::shuffled:
        return "shuffled";
    case Order::costliest:
        return "costliest";
    }
    return "?";
}

std::string_view name(Kernel v) noexcept
{
    switch (v) {
    case Kernel::scalar:
        return "scalar";
    case Kernel::batched:
        return "batched";
    }
    return "?";
}

std::string_view name(Seeding v) noexcept
{
    switch (v) {
    case Seeding::independent:
        return "independent";
    case Seeding::identical:
        return "identical";
    }
    return "?";
}

template <> const std::vector<Backend>& allValues<Backend>()
{
    static const std::vector<Backend> v{Backend::tbb, Backend::gil_threads, Backend::processes};
    return v;
}
template <> const std::vector<Schedule>& allValues<Schedule>()
{
    static const std::vector<Schedule> v{Schedule::static_, Schedule::chunked, Schedule::auto_, Schedule::queue};
    return v;
}
template <> const std::vector<Order>& allValues<Order>()
{
    static const std::vector<Order> v{Order::natural, Order::shuffled, Order::costliest};
    return v;
}
template <> const std::vector<Kernel>& allValues<Kernel>()
{
    static const std::vector<Kernel> v{Kernel::scalar, Kernel::batched};
    return v;
}
template <> const std::vector<Seeding>& allValues<Seeding>()
{
    static const std::vector<Seeding> v{Seeding::independent, Seeding::identical};
    return v;
}

template <typename Enum> std::optional<Enum> parseName(std::string_view text)
{
    for (Enum v : allValues<Enum>())
        if (name(v) == text)
            return v;
    return std::nullopt;
}

template <typename Enum> std::string allowedNames()
{
    std::string out;
    for (Enum v : allValues<Enum>()) {
        if (!out.empty())
            out += '|';
        out += name(v);
    }
    return out;
}

template <typename Enum> Enum parseEnum(std::string_view text, std::string_view parameter)
{
    if (const auto v = parseName<Enum>(text))
        return *v;
    throw InvalidParameter(std::string(parameter),
                           InvalidParameter::Sentence{fill(translate("parlab::Args", "%1 must be one of %2 (got '%3')"),
                                                           {parameter, allowedNames<Enum>(), text})});
}

template std::optional<Backend> parseName<Backend>(std::string_view);
template std::optional<Schedule> parseName<Schedule>(std::string_view);
template std::optional<Order> parseName<Order>(std::string_view);
template std::optional<Kernel> parseName<Kernel>(std::string_view);
template std::optional<Seeding> parseName<Seeding>(std::string_view);
template std::string allowedNames<Backend>();
template std::string allowedNames<Schedule>();
template std::string allowedNames<Order>();
template std::string allowedNames<Kernel>();
template std::string allowedNames<Seeding>();
template Backend parseEnum<Backend>(std::string_view, std::string_view);
template Schedule parseEnum<Schedule>(std::string_view, std::string_view);
template Order parseEnum<Order>(std::string_view, std::string_view);
template Kernel parseEnum<Kernel>(std::string_view, std::string_view);
template Seeding parseEnum<Seeding>(std::string_view, std::string_view);

} // namespace parlab
