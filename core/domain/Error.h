#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace dmc {

// What went wrong, where: the file, line and column of bad input, or a database / usage failure.
// `message` is already translated and is one clear sentence.
struct Error
{
    // Damaged: the database file is corrupt or not a database at all (a backup may help);
    // Database: any other failure of the store (refused upgrade, lost connection, ...).
    enum class Kind : quint8 { BadInput, Database, Damaged, Usage, Cancelled, Conflict };

    Kind kind = Kind::BadInput;
    QString message;
    QString file;
    qint64 line = 0; // 1-based; 0 when not about a line
    int column = 0;  // 1-based; 0 when not about a column
    // Conflict: what the other writer saved (the current text), so a view can show both.
    QString current;

    // "Opportunity.csv, line 12, column 5: amount "12,x" is not a number"
    QString toString() const
    {
        if (file.isEmpty())
            return message;
        QString where = file;
        if (line > 0)
            where = QCoreApplication::translate("dmc::Error", "%1, line %2").arg(where).arg(line);
        if (column > 0)
            where = QCoreApplication::translate("dmc::Error", "%1, column %2").arg(where).arg(column);
        return QCoreApplication::translate("dmc::Error", "%1: %2").arg(where, message);
    }
};

// A value or an Error. Small on purpose: ok(), value(), error().
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace dmc
