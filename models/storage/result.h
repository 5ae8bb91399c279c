#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace casedesk {

// The outcome of a domain operation: success, or a translated message a person can act on.
class Status
{
public:
    Status() = default;
    static Status ok() { return Status(); }
    static Status error(QString message)
    {
        Status s;
        s.m_message = std::move(message);
        s.m_failed = true;
        return s;
    }

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    const QString &message() const { return m_message; }

private:
    QString m_message;
    bool m_failed = false;
};

// A value or the reason there is none.
template<typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Status status) : m_status(std::move(status)) { }

    bool isOk() const { return m_status.isOk() && m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Status &status() const { return m_status; }
    const QString &message() const { return m_status.message(); }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace casedesk
