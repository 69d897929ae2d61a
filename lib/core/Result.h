#pragma once

#include "core/Error.h"

#include <utility>
#include <variant>

namespace Open311 {

// Either a value or the one Error that explains why there is none.
template <typename T> class Result
{
public:
    Result()
        : m_data(Error::protocol(QString()))
    { }
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T& value() const { return std::get<T>(m_data); }
    const Error& error() const
    {
        static const Error none;
        return ok() ? none : std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

} // namespace Open311
