#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// The stage values of an export that name no stage of the ladder, gathered over a whole strict
// import: one error lists every one of them with its first row and its row count, instead of
// one failed import per missing stage.
class UnknownStages
{
    Q_DECLARE_TR_FUNCTIONS(dmc::UnknownStages)

public:
    // `where`: the row's error for the value (file, line, column and the per-row message).
    void add(const QString &value, const Error &where);
    bool isEmpty() const { return m_entries.empty(); }
    // Whether `error` is the one recorded for a row with an unknown stage.
    bool holds(const Error &error) const;
    // One error: at the first row of the first value; one value keeps its row's message,
    // several are listed a line each.
    Error error() const;

private:
    struct Entry
    {
        QString value;
        Error first;
        qint64 rows = 0;
    };
    std::vector<Entry> m_entries;
    QHash<QString, size_t> m_index; // value as written -> entry
    std::optional<Error> m_latest;
};

} // namespace dmc
