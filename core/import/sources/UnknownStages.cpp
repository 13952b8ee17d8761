#include "UnknownStages.h"

namespace dmc {

namespace {
QString location(const Error &error)
{
    QString where = error.file;
    if (error.line > 0)
        where = QCoreApplication::translate("dmc::Error", "%1, line %2").arg(where).arg(error.line);
    if (error.column > 0)
        where = QCoreApplication::translate("dmc::Error", "%1, column %2").arg(where).arg(error.column);
    return where;
}
} // namespace

void UnknownStages::add(const QString &value, const Error &where)
{
    m_latest = where;
    if (const auto it = m_index.constFind(value); it != m_index.constEnd()) {
        ++m_entries[*it].rows;
        return;
    }
    m_index.insert(value, m_entries.size());
    m_entries.push_back({value, where, 1});
}

bool UnknownStages::holds(const Error &error) const
{
    return m_latest && m_latest->file == error.file && m_latest->line == error.line && m_latest->column == error.column
        && m_latest->message == error.message;
}

Error UnknownStages::error() const
{
    if (m_entries.empty())
        return Error();
    Error error = m_entries.front().first;
    if (m_entries.size() == 1) {
        if (m_entries.front().rows > 1)
            error.message += u' ' + tr("(%n rows)", nullptr, int(m_entries.front().rows));
        return error;
    }
    error.message = tr("%n stage(s) of the export are not in the stage ladder, each with its first row:", nullptr,
                       int(m_entries.size()));
    for (const Entry &entry : m_entries)
        error.message += QStringLiteral("\n  ")
            + tr("\"%1\": %2 (%n row(s))", nullptr, int(entry.rows)).arg(entry.value, location(entry.first));
    return error;
}

} // namespace dmc
