#pragma once

#include "domain/Error.h"
#include "store/ImportStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dmc {

class Database;

// The import_log table: one row per import or demo, written inside the import's own transaction
// so the row and the data it describes are stored together or not at all. (DatabaseSummary reads
// the latest rows for `info`.)
class ImportLog
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ImportLog)

public:
    struct Entry
    {
        QString profile;
        QString files = QStringLiteral("[]"); // JSON array of {path, sha256, table, rows}
        QString sourceKey;                    // the export's identity: the same files, profile and as-of
        QDate asOf;                           // invalid: NULL
        qint64 rowsRead = 0;
        qint64 rowsAccepted = 0;
        qint64 rowsRejected = 0;
        QString startedAt;  // ISO date-time, UTC
        QString finishedAt; // empty: NULL (not finished yet)
        QString userName;
        ImportStatus status = ImportStatus::Running;
    };

    explicit ImportLog(Database &database);

    // True when an import of the export with this source key completed (ImportStatus::Done).
    Result<bool> hasCompleted(const QString &sourceKey) const;
    // Adds the entry; returns its id.
    Result<qint64> add(const Entry &entry);
    // Records how entry `id` ended: files, as-of, row counts, status and finish time.
    Status finish(qint64 id, const Entry &entry);

private:
    Database &m_database;
};

} // namespace dmc
