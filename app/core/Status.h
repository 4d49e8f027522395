#pragma once

#include <QString>

namespace tl {

// What kind of failure a Status carries; the CLI maps it to its exit code (ARCHITECTURE.md §5).
enum class ErrorKind { None, BadInput, Source, Cancelled, Internal };

// The result of engine work: ok, or an error with one clear line of text. The engine never
// shows a dialog or prints; callers decide how to present a Status. Ignoring one is a
// compile warning: an error that nobody reads is how "no datasets" hides a broken database.
class [[nodiscard]] Status {
public:
    Status() = default;

    static Status success() { return {}; }
    static Status badInput(const QString &message) { return {ErrorKind::BadInput, message}; }
    static Status sourceError(const QString &message) { return {ErrorKind::Source, message}; }
    static Status cancelled(const QString &message) { return {ErrorKind::Cancelled, message}; }
    static Status internal(const QString &message) { return {ErrorKind::Internal, message}; }

    bool ok() const { return m_kind == ErrorKind::None; }
    explicit operator bool() const { return ok(); }
    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    Status(ErrorKind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message)) {}

    ErrorKind m_kind = ErrorKind::None;
    QString m_message;
};

// A value, or the Status saying why there is none. The one error convention of the engine
// (no bool plus QString& out-parameters).
template<class T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Status error)
        : m_status(std::move(error)) {}

    bool ok() const { return m_status.ok(); }
    explicit operator bool() const { return ok(); }
    const Status &status() const { return m_status; }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const T &operator*() const { return m_value; }
    const T *operator->() const { return &m_value; }

private:
    Status m_status;
    T m_value{};
};

} // namespace tl
