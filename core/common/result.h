#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace hoego
{

// An error a user can hit: what happened and what to do, in one message.
struct Error {
    enum class Kind {
        Usage,             // the request itself is wrong
        JournalUnusable,   // not a journal, newer schema, corrupt, locked
        InputUnreadable,   // an input file cannot be read or parsed
        OutputUnwritable,  // an output cannot be written
        NotFound,          // an entry, goal... that does not exist
        Internal,          // a bug or an unexpected SQLite failure
    };
    Kind kind = Kind::Internal;
    QString message;
};

// A value or an Error. Errors are values, never exceptions across Qt's event loop.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but can fail.
struct Done {
};
using Status = Result<Done>;

inline Error makeError(Error::Kind kind, QString message)
{
    return Error{kind, std::move(message)};
}

} // namespace hoego
