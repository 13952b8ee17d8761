#pragma once

#include "domain/Error.h"
#include "domain/QualificationState.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace dmc {

class Database;

// The qualification history table (schema 12): a deal's MEDDPICC levels, POC, reviews and next
// step from a date on, one row per change point keyed by (opportunity, valid_from)
// (docs/definitions.md#qualification-history). CRM data, written by imports and the demo only.
// A read-only file from before schema 12 reads as holding no change points.
class QualificationHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(dmc::QualificationHistoryStore)

public:
    explicit QualificationHistoryStore(const Database &database);

    // Every row by deal, then date.
    Result<std::vector<QualificationRecord>> read() const;
    // Upserts the rows by (opportunity, valid_from); importId 0 stores none (a file's own rows).
    // Does not open a transaction: the caller's import owns one.
    Status write(const std::vector<QualificationRecord> &records, qint64 importId = 0) const;
    // What an import brings at its as-of: a deal whose values differ from the ones in effect
    // then (the stored row with the latest valid_from on or before asOf, else its first row), or
    // that has no row yet, gets a row dated asOf. Returns how many rows that wrote.
    Result<qint64> recordChanges(const std::vector<QualificationRecord> &current, const QDate &asOf,
                                 qint64 importId) const;

private:
    const Database &m_database;
};

} // namespace dmc
