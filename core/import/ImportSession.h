#pragma once

#include "domain/Error.h"
#include "import/ImportOptions.h"
#include "import/csv/CsvTable.h"
#include "import/csv/TableRows.h"
#include "import/profile/ImportProfile.h"
#include "import/sources/UnknownStages.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace dmc {

class RowReader;
class SnapshotSource;

// The state of one import run shared by the importers: the profile, the files given, the
// counts (read / accepted / rejected) and the rejects. In strict mode the first reject stops the run.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ImportSession)

public:
    struct FileStat
    {
        QString path;
        QString table; // logical table it was read as
        qint64 rows = 0;
    };
    struct Reject
    {
        Error error;
        QStringList fields; // the raw row
    };

    ImportSession(const ImportProfile &profile, const ImportOptions &options, QStringList files);
    ~ImportSession();
    ImportSession(const ImportSession &) = delete;
    ImportSession &operator=(const ImportSession &) = delete;

    const ImportProfile &profile() const { return m_profile; }
    const ImportOptions &options() const { return m_options; }
    QStringList files() const { return m_files; }

    // The file holding a logical table, matched by the profile's file names; empty when absent.
    QString fileFor(const QString &table) const;
    // Every file that may hold the table: those the profile names exactly, else those matching
    // one of its patterns ("*.csv") that no other table names exactly.
    QStringList candidatesFor(const QString &table) const;
    // Reads and parses that table. nullopt (with no error) when absent and not required.
    Result<std::optional<CsvTable>> table(const QString &table, bool required);

    // A table that does not come from a CSV file (canonical JSON); table() returns it.
    void provideTable(const QString &table, CsvTable parsed);
    bool hasProvidedTable(const QString &table) const;
    // A file read outside table() (streamed), for the import log.
    void addFileStat(const FileStat &stat) { m_fileStats.push_back(stat); }

    // Snapshots too many to hold: the importer prepares them, Importer writes them into the
    // database inside its transaction once the other tables are written.
    void setSnapshotSource(std::unique_ptr<SnapshotSource> source);
    SnapshotSource *snapshotSource() const { return m_snapshotSource.get(); }

    // Counts a row read from a file (for the log) and a row kept.
    void countRead(qint64 rows = 1) { m_rowsRead += rows; }
    void countAccepted(qint64 rows = 1) { m_rowsAccepted += rows; }
    // Records a bad row. Returns true when the import goes on (lenient); false in strict mode.
    bool reject(const Error &error, const QStringList &fields = {});

    // A row whose stage names no stage of the ladder fails with `message` at `field`. A strict
    // import reads on past it (the row is not kept) so that one error lists every such stage.
    void unknownStage(RowReader &row, const QString &field, const QString &value, const QString &message);
    bool hasUnknownStages() const { return !m_unknownStages.isEmpty(); }
    // Whether the row failed on a stage so recorded (strict imports): its deal still exists.
    bool failedOnStageOnly(const RowReader &row) const;
    // The error listing the unknown stages, nullopt when there are none; `stoppedBy` (another
    // error that ended the reading) follows as a further line.
    std::optional<Error> unknownStagesError(const std::optional<Error> &stoppedBy = std::nullopt) const;

    qint64 rowsRead() const { return m_rowsRead; }
    qint64 rowsAccepted() const { return m_rowsAccepted; }
    qint64 rowsRejected() const { return qint64(m_rejects.size()); }
    const std::vector<Reject> &rejects() const { return m_rejects; }
    const std::vector<FileStat> &fileStats() const { return m_fileStats; }
    QStringList notes() const { return m_notes; }
    void addNote(const QString &note) { m_notes << note; }

    // Runs `parse(row)` on every row of `table` through `reader`. Rows whose reader is not ok()
    // afterwards are rejected; `parse` keeps a row only when reader.ok(). Returns the error that
    // ends a strict import, or a cancellation.
    template<typename Reader, typename Parse>
    std::optional<Error> forEachRow(const CsvTable &table, Reader &reader, Parse &&parse)
    {
        qint64 done = 0;
        for (const CsvTable::Row &row : table.rows) {
            if (++done % 1000 == 0 && cancelled())
                return cancelledError();
            reader.begin(row);
            parse(row);
            if (!reader.ok()) {
                if (!reject(reader.error(), row.fields))
                    return reader.error();
                continue;
            }
            countAccepted();
        }
        return std::nullopt;
    }

    // The same over a table read row by row (TableRows).
    template<typename Reader, typename Parse>
    std::optional<Error> forEachRow(TableRows &rows, Reader &reader, Parse &&parse)
    {
        qint64 done = 0;
        for (;;) {
            const Result<const CsvTable::Row *> next = rows.next();
            if (!next)
                return next.error();
            const CsvTable::Row *row = *next;
            if (!row)
                return std::nullopt;
            if (++done % 1000 == 0 && cancelled())
                return cancelledError();
            reader.begin(*row);
            parse(*row);
            if (!reader.ok()) {
                if (!reject(reader.error(), rows.allFields()))
                    return reader.error();
                continue;
            }
            countAccepted();
        }
    }

    // Progress and cancel: `cancelled()` is cheap, call it every few hundred rows.
    void progress(int percent, const QString &what) const;
    bool cancelled() const;
    static Error cancelledError();

private:
    ImportProfile m_profile;
    ImportOptions m_options;
    QStringList m_files;
    std::vector<FileStat> m_fileStats;
    std::vector<std::pair<QString, CsvTable>> m_provided;
    std::vector<Reject> m_rejects;
    UnknownStages m_unknownStages;
    std::unique_ptr<SnapshotSource> m_snapshotSource;
    QStringList m_notes;
    qint64 m_rowsRead = 0;
    qint64 m_rowsAccepted = 0;
};

} // namespace dmc
