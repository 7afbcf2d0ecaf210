// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

// Errors are values: core never throws across to the UI. An Error carries a translated,
// user-readable message that says what is wrong and where.
struct Error
{
    // Busy: the project is locked by another program (the message says by whom); the same
    // action may succeed when it is retried later. Callers that offer a retry look at this.
    enum class Kind { Failed, Busy };

    QString message;
    Kind kind = Kind::Failed;

    bool isBusy() const { return kind == Kind::Busy; }
    // The same kind of error with a message that puts it in context.
    Error withMessage(QString text) const { return Error{std::move(text), kind}; }
};

// Either a value or an Error. Small on purpose: C++20 has no std::expected yet.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T takeValue() { return std::move(*m_value); }

    const QString &errorMessage() const { return m_error.message; }
    Error error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation that returns nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}
    template<typename T>
    Status(const Result<T> &r)
        : m_failed(!r.ok())
        , m_error(r.error())
    {}

    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &errorMessage() const { return m_error.message; }
    Error error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};
