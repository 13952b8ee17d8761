#pragma once

#include "domain/Error.h"
#include "import/ImportOptions.h"
#include "import/profile/ImportProfile.h"
#include "store/ImportStatus.h"

#include <QCoreApplication>
#include <QStringList>

namespace dmc {

class Database;

// Runs one import end to end: resolves the paths (a folder means its files), hashes every
// file (SHA-256), reads them with the profile's importer and stores the result with CrmWriter
// in ONE transaction together with its import_log row. Strict mode: the first bad row aborts
// and nothing changes. Lenient: valid rows are stored and the rejects are written to
// `<db>.rejects-<yyyyMMdd-HHmmss>.csv`. The same export again (same files, profile and as-of)
// is recorded as `skipped` and changes no CRM data.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(dmc::Importer)

public:
    struct Report
    {
        qint64 importId = 0;
        ImportStatus status = ImportStatus::Done; // Done or Skipped
        qint64 rowsRead = 0;
        qint64 rowsAccepted = 0;
        qint64 rowsRejected = 0;
        qint64 opportunities = 0;
        qint64 snapshots = 0;
        qint64 qualificationChanges = 0; // change points recorded at the import's as-of
        QString rejectsFile;             // lenient mode with rejects
        QStringList notes;
    };

    Importer(Database &database, ImportProfile profile, ImportOptions options = {});

    Result<Report> run(const QStringList &paths);

    // Files named on the command line, and the files of each folder the profile knows.
    static Result<QStringList> resolveFiles(const QStringList &paths, const ImportProfile &profile);

private:
    Database &m_database;
    ImportProfile m_profile;
    ImportOptions m_options;
};

} // namespace dmc
