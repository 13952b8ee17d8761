#include "ImportSession.h"

#include "import/csv/CsvReader.h"
#include "import/csv/RowReader.h"
#include "import/snapshots/SnapshotSource.h"

#include <QFileInfo>

namespace dmc {

ImportSession::ImportSession(const ImportProfile &profile, const ImportOptions &options, QStringList files)
    : m_profile(profile)
    , m_options(options)
    , m_files(std::move(files))
{
}

QString ImportSession::fileFor(const QString &table) const
{
    const QStringList names = m_profile.fileNames(table);
    for (const QString &name : names)
        for (const QString &path : m_files)
            if (QFileInfo(path).fileName().compare(name, Qt::CaseInsensitive) == 0)
                return path;
    return candidatesFor(table).value(0);
}

QStringList ImportSession::candidatesFor(const QString &table) const
{
    QStringList exact;
    QStringList matching;
    for (const QString &path : m_files) {
        const QString name = QFileInfo(path).fileName();
        if (m_profile.namesFile(table, name)) {
            exact << path;
            continue;
        }
        if (!m_profile.matchesFilePattern(table, name))
            continue;
        bool namedElsewhere = false;
        for (const QString &other : m_profile.tables())
            namedElsewhere = namedElsewhere || (other != table && m_profile.namesFile(other, name));
        if (!namedElsewhere)
            matching << path;
    }
    return exact.isEmpty() ? matching : exact;
}

ImportSession::~ImportSession() = default;

bool ImportSession::hasProvidedTable(const QString &table) const
{
    for (const auto &provided : m_provided)
        if (provided.first == table)
            return true;
    return false;
}

void ImportSession::setSnapshotSource(std::unique_ptr<SnapshotSource> source)
{
    m_snapshotSource = std::move(source);
}

void ImportSession::provideTable(const QString &table, CsvTable parsed)
{
    m_provided.emplace_back(table, std::move(parsed));
}

Result<std::optional<CsvTable>> ImportSession::table(const QString &table, bool required)
{
    for (auto &[name, provided] : m_provided) {
        if (name == table) {
            countRead(qint64(provided.rows.size()));
            return std::optional<CsvTable>(provided);
        }
    }
    const QStringList candidates = candidatesFor(table);
    if (candidates.size() > 1 && !m_profile.namesFile(table, QFileInfo(candidates.first()).fileName())) {
        QStringList names;
        for (const QString &candidate : candidates)
            names << QFileInfo(candidate).fileName();
        Error error;
        error.message = tr("several files match \"%1\" of profile \"%2\": %3; an import reads one")
                            .arg(m_profile.fileNames(table).join(QLatin1String(", ")), m_profile.name(),
                                 names.join(QLatin1String(", ")));
        return error;
    }
    const QString path = fileFor(table);
    if (path.isEmpty()) {
        if (!required)
            return std::optional<CsvTable>();
        Error error;
        error.file = m_profile.fileNames(table).value(0, table);
        error.message = tr("the file is missing: profile \"%1\" needs it").arg(m_profile.name());
        return error;
    }
    progress(5, tr("Reading %1").arg(QFileInfo(path).fileName()));
    CsvReader::Options options;
    options.encoding = m_profile.encoding();
    options.delimiter = m_profile.delimiter();
    auto parsed = CsvReader::readFile(path, options);
    if (!parsed)
        return parsed.error();
    m_notes << parsed->notes;
    m_fileStats.push_back({path, table, qint64(parsed->rows.size())});
    countRead(qint64(parsed->rows.size()));
    return std::optional<CsvTable>(std::move(parsed.value()));
}

void ImportSession::unknownStage(RowReader &row, const QString &field, const QString &value, const QString &message)
{
    const bool first = row.ok();
    row.fail(field, message);
    if (first && !m_options.lenient)
        m_unknownStages.add(value.trimmed(), row.error());
}

bool ImportSession::failedOnStageOnly(const RowReader &row) const
{
    return !row.ok() && !m_options.lenient && m_unknownStages.holds(row.error());
}

std::optional<Error> ImportSession::unknownStagesError(const std::optional<Error> &stoppedBy) const
{
    if (m_unknownStages.isEmpty())
        return std::nullopt;
    if (stoppedBy && stoppedBy->kind == Error::Kind::Cancelled)
        return stoppedBy;
    Error error = m_unknownStages.error();
    if (stoppedBy)
        error.message += u'\n' + stoppedBy->toString();
    return error;
}

bool ImportSession::reject(const Error &error, const QStringList &fields)
{
    // Strict: a row whose only fault is its stage does not end the reading (unknownStagesError).
    if (!m_options.lenient && m_unknownStages.holds(error))
        return true;
    m_rejects.push_back({error, fields});
    return m_options.lenient;
}

void ImportSession::progress(int percent, const QString &what) const
{
    if (m_options.progress)
        m_options.progress(percent, what);
}

bool ImportSession::cancelled() const
{
    return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed);
}

Error ImportSession::cancelledError()
{
    Error error;
    error.kind = Error::Kind::Cancelled;
    error.message = tr("the import was cancelled; nothing was changed");
    return error;
}

} // namespace dmc
