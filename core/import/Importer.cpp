#include "Importer.h"

#include "csv/CsvWriter.h"
#include "import/ImportSession.h"
#include "import/csv/FileHash.h"
#include "import/snapshots/SnapshotSource.h"
#include "import/sources/CurrencyCheck.h"
#include "import/sources/QuotaAmounts.h"
#include "import/sources/RatesFile.h"
#include "import/sources/SourceImporter.h"
#include "store/BulkLoad.h"
#include "store/CrmReader.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/ImportLog.h"
#include "store/QualificationHistoryStore.h"
#include "store/SnapshotObserver.h"
#include "store/SnapshotSink.h"
#include "store/StoredCurrencies.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <thread>

namespace dmc {

namespace {

Result<QByteArray> sha256Of(const QString &path)
{
    QString reason;
    if (auto hash = FileHash::sha256Hex(path, &reason))
        return *hash;
    Error error;
    error.file = path;
    error.message = QCoreApplication::translate("dmc::Importer", "cannot read the file (%1)").arg(reason);
    return error;
}

// Rates from a --rates file replace the export's for the same currency and start date.
void mergeRates(CrmData &data, const std::vector<CurrencyRate> &rates)
{
    for (const CurrencyRate &rate : rates) {
        const auto same =
            std::find_if(data.currencyRates.begin(), data.currencyRates.end(),
                         [&](const CurrencyRate &r) { return r.code == rate.code && r.startDate == rate.startDate; });
        if (same != data.currencyRates.end())
            *same = rate;
        else
            data.currencyRates.push_back(rate);
    }
}

// Quota rows in another currency need rates as the deals do (refused, naming the quota file, when
// one has none); each is then converted and one rep's rows of a period add up.
Status quotasInReportingCurrency(const Database &database, CrmData &data, const CurrencyCheck &currencies,
                                 const ImportSession &session)
{
    QHash<QString, qint64> rows;
    for (const Quota &quota : data.quotas)
        if (!quota.currency.isEmpty() && quota.amount != 0)
            rows[quota.currency.toUpper()] += 1;
    if (auto refused = currencies.refusal(rows, QFileInfo(session.fileFor(QStringLiteral("quotas"))).fileName()))
        return *refused;
    CurrencyConverter converter;
    converter.setReportingCurrency(data.reportingCurrency);
    if (Status read = CrmReader(database).readCurrencyRates([&](const CurrencyRate &rate) { converter.addRate(rate); });
        !read)
        return read;
    for (const CurrencyRate &rate : data.currencyRates)
        converter.addRate(rate);
    data.quotas = QuotaAmounts::inReportingCurrency(data.quotas, converter);
    return Done{};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Importer::Importer(Database &database, ImportProfile profile, ImportOptions options)
    : m_database(database)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
{
    bool ok = false;
    const int month = m_database.setting(QStringLiteral("fiscal_year_start_month")).toInt(&ok);
    if (ok && month >= 1 && month <= 12)
        m_options.fiscalYearStartMonth = month;
}

Result<QStringList> Importer::resolveFiles(const QStringList &paths, const ImportProfile &profile)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList(QDir::Files | QDir::Readable, QDir::Name))
                if (profile.knowsFile(name))
                    files << dir.filePath(name);
        } else if (info.isFile()) {
            files << path;
        } else {
            Error error;
            error.kind = Error::Kind::Usage;
            error.file = path;
            error.message = tr("no such file or folder");
            return error;
        }
    }
    if (files.isEmpty()) {
        Error error;
        error.file = paths.join(QLatin1String(", "));
        error.message = tr("there is no file to import for profile \"%1\"").arg(profile.name());
        return error;
    }
    return files;
}

Result<Importer::Report> Importer::run(const QStringList &paths)
{
    const QString startedAt = now();
    auto files = resolveFiles(paths, m_profile);
    if (!files)
        return files.error();

    // The export's identity: its files' hashes (order-free), the profile and the as-of date.
    nlohmann::json fileList = nlohmann::json::array();
    QStringList hashes;
    QHash<QString, QString> hashOf;
    // The rates files are part of the export's identity: other rates are another import.
    QStringList ratesFiles;
    for (const QString &path : m_options.ratesFiles) {
        if (!QFileInfo(path).isFile()) {
            Error error;
            error.kind = Error::Kind::Usage;
            error.file = path;
            error.message = tr("no such rates file");
            return error;
        }
        if (!files->contains(path))
            ratesFiles << path;
    }
    for (const QString &path : *files + ratesFiles) {
        auto hash = sha256Of(path);
        if (!hash)
            return hash.error();
        hashes << QString::fromLatin1(*hash);
        hashOf.insert(path, QString::fromLatin1(*hash));
    }
    hashes.sort();
    QCryptographicHash keyHash(QCryptographicHash::Sha256);
    keyHash.addData(hashes.join(u'\n').toUtf8());
    keyHash.addData(QByteArrayView("|"));
    keyHash.addData(m_profile.name().toUtf8());
    keyHash.addData(m_profile.fingerprint());
    keyHash.addData(QByteArrayView("|"));
    keyHash.addData(m_options.asOf.toString(Qt::ISODate).toUtf8());
    const QString sourceKey = QString::fromLatin1(keyHash.result().toHex());
    QString userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (userName.isEmpty())
        userName = QStringLiteral("unknown");
    const QSqlDatabase db = m_database.connection();

    ImportSession session(m_profile, m_options, *files);
    Report report;

    ImportLog log(m_database);
    const Result<bool> completed = log.hasCompleted(sourceKey);
    if (!completed)
        return completed.error();
    const bool alreadyImported = completed.value();

    CrmData data;
    std::optional<CurrencyCheck> currencies;
    if (!alreadyImported) {
        auto importer = SourceImporter::create(m_profile.format());
        auto read = importer->read(session);
        // Rows whose stage is unknown do not stop a strict import: they are listed together here.
        if (auto unknown = session.unknownStagesError(read ? std::nullopt : std::optional<Error>(read.error())))
            return *unknown;
        if (!read)
            return read.error();
        data = std::move(read.value());
        data.sourceGroups = m_profile.sourceGroups();

        for (const QString &path : std::as_const(ratesFiles)) {
            auto rates = RatesFile::read(path);
            if (!rates)
                return rates.error();
            mergeRates(data, rates->rates);
            if (!rates->reportingCurrency.isEmpty())
                data.reportingCurrency = rates->reportingCurrency;
            session.addFileStat({path, QStringLiteral("rates"), rates->rows});
            session.countRead(rates->rows);
            session.countAccepted(rates->rows);
        }
        // Money is never added up across currencies without rates (nothing is stored yet).
        auto stored = StoredCurrencies::read(m_database);
        if (!stored)
            return stored.error();
        currencies.emplace(m_profile, std::move(stored.value()));
        for (const Opportunity &o : data.opportunities)
            if (o.amount)
                currencies->countRows(o.currency);
        for (const Account &account : data.accounts)
            if (account.arr != 0)
                currencies->countRows(account.currency);
        currencies->addRates(data.currencyRates);
        if (!data.reportingCurrency.isEmpty())
            currencies->setMarkedReporting(data.reportingCurrency);
        if (auto refused = currencies->refusal(QFileInfo(session.fileFor(QStringLiteral("opportunities"))).fileName()))
            return *refused;
        data.reportingCurrency = currencies->reportingCurrency();
        if (Status converted = quotasInReportingCurrency(m_database, data, *currencies, session); !converted)
            return converted.error();
        session.progress(90, tr("Saving"));

        // Deals may name accounts the export does not list: keep the link with a stub account
        // (name = id) unless the database already knows the account.
        QSet<QString> known;
        for (const Account &account : data.accounts)
            known.insert(account.id);
        QStringList named; // accounts the deals name and the export does not list, in deal order
        for (const Opportunity &o : data.opportunities) {
            if (o.accountId.isEmpty() || known.contains(o.accountId))
                continue;
            known.insert(o.accountId);
            named << o.accountId;
        }
        const Result<QStringList> unknown = CrmReader(m_database).unknownAccounts(named);
        if (!unknown)
            return unknown.error();
        const qint64 stubs = unknown->size();
        for (const QString &id : unknown.value()) {
            Account stub;
            stub.id = id;
            stub.name = id;
            data.accounts.push_back(stub);
        }
        if (stubs > 0)
            session.addNote(tr("%n account(s) named by deals but not listed were added by id", nullptr, int(stubs)));
    }

    // The small tables are read before the transaction opens; the snapshots stream inside it.
    // A company-scale load skips the foreign-key lookups the importer's checks made redundant and
    // checkpoints its WAL at the end (BulkLoad); declared before the transaction so the settings
    // come back after it ends, on every path.
    std::optional<BulkLoad> bulk;
    if (const SnapshotSource *stream = session.snapshotSource();
        stream && stream->expectedRows() >= SnapshotSink::BulkRows)
        bulk.emplace(m_database);
    Transaction transaction(m_database.connectionName());
    if (!transaction.isActive())
        return Database::databaseError(tr("cannot start the import"), db);
    // The counts, the files' rows and the as-of date are known once the streamed snapshots are in:
    // the log row is completed by the UPDATE below, in the same transaction.
    ImportLog::Entry entry;
    entry.profile = m_profile.name();
    entry.sourceKey = sourceKey;
    entry.startedAt = startedAt;
    entry.userName = userName;
    entry.status = ImportStatus::Running;
    const Result<qint64> logged = log.add(entry);
    if (!logged)
        return logged.error();
    report.importId = logged.value();

    QDate asOf = m_options.asOf;
    for (const SnapshotRow &row : data.snapshots)
        if (!asOf.isValid() || row.asOf > asOf)
            asOf = row.asOf;
    report.opportunities = qint64(data.opportunities.size());
    report.snapshots = qint64(data.snapshots.size());
    std::jthread release;
    // The qualification values this import brings, recorded at its as-of where they changed (a
    // day the import knows nothing of, no snapshot and no --as-of, records nothing).
    std::vector<QualificationRecord> qualification;
    bool qualificationRecorded = false;
    auto recordQualification = [&]() -> Status {
        const Result<qint64> recorded =
            QualificationHistoryStore(m_database).recordChanges(qualification, asOf, report.importId);
        if (!recorded)
            return recorded.error();
        report.qualificationChanges = recorded.value();
        qualification = {};
        qualificationRecorded = true;
        return Done{};
    };
    if (!alreadyImported) {
        if (Status written = CrmWriter(m_database).write(data, report.importId); !written)
            return written.error();
        qualification.reserve(data.opportunities.size());
        for (const Opportunity &o : data.opportunities)
            qualification.push_back(QualificationRecord{o.id, {}, QualificationState::of(o)});
        // The deals are stored: free them before the snapshots stream (peak memory at scale), on
        // a second thread while the stream runs (~0.1 s of a 100k-deal import); joined on return.
        release = std::jthread([stored = std::move(data)]() mutable { stored = CrmData(); });
        data = CrmData();
        if (SnapshotSource *stream = session.snapshotSource()) {
            // A replayed history knows its last week before writing it: the changes are recorded
            // now, so the deals' states (about 70 MB at 300k deals) are not held through the stream.
            if (const QDate last = stream->latestBeforeRun(); last.isValid()) {
                if (!asOf.isValid() || last > asOf)
                    asOf = last;
                if (Status recorded = recordQualification(); !recorded)
                    return recorded.error();
            }
            if (m_options.snapshotObserver)
                m_options.snapshotObserver->beforeSnapshots(m_database, stream->expectedRows());
            Status streamed = stream->run(m_database, m_options.snapshotObserver);
            if (auto unknown =
                    session.unknownStagesError(streamed ? std::nullopt : std::optional<Error>(streamed.error())))
                return *unknown;
            if (!streamed)
                return streamed.error();
            // Snapshots naming a currency the deals do not: refused too (the transaction rolls back).
            if (auto refused = currencies->refusal(stream->currencyRows(),
                                                   QFileInfo(session.fileFor(QStringLiteral("snapshots"))).fileName()))
                return *refused;
            report.snapshots += stream->rowsStored();
            if (!asOf.isValid() || stream->latest() > asOf)
                asOf = stream->latest();
        }
    }
    if (session.cancelled())
        return ImportSession::cancelledError();
    if (!alreadyImported && !qualificationRecorded) {
        if (Status recorded = recordQualification(); !recorded)
            return recorded.error();
    }

    for (const QString &path : *files + ratesFiles) {
        qint64 rows = 0;
        QString table;
        for (const auto &stat : session.fileStats()) {
            if (stat.path == path) {
                rows = stat.rows;
                table = stat.table;
            }
        }
        fileList.push_back({{"path", QFileInfo(path).absoluteFilePath().toStdString()},
                            {"sha256", hashOf.value(path).toStdString()},
                            {"table", table.toStdString()},
                            {"rows", rows}});
    }
    report.status = alreadyImported ? ImportStatus::Skipped : ImportStatus::Done;
    report.rowsRead = session.rowsRead();
    report.rowsAccepted = session.rowsAccepted();
    report.rowsRejected = session.rowsRejected();
    report.notes = session.notes();

    entry.files = QString::fromStdString(fileList.dump());
    entry.asOf = asOf;
    entry.rowsRead = report.rowsRead;
    entry.rowsAccepted = report.rowsAccepted;
    entry.rowsRejected = report.rowsRejected;
    entry.status = report.status;
    entry.finishedAt = now();
    if (Status finished = log.finish(report.importId, entry); !finished)
        return finished.error();
    if (!transaction.commit())
        return Database::databaseError(tr("cannot save the import"), db);
    session.progress(100, tr("Done"));

    if (!session.rejects().empty()) {
        const QString rejectsPath = m_database.location() + QStringLiteral(".rejects-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".csv");
        QFile out(rejectsPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            CsvWriter csv;
            csv.addRow({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                        QStringLiteral("reason"), QStringLiteral("row")});
            for (const auto &reject : session.rejects()) {
                csv.addText(reject.error.file).addNumber(reject.error.line).addNumber(qint64(reject.error.column));
                csv.addText(reject.error.message).addText(reject.fields.join(u'|'));
                csv.endRow();
            }
            const QByteArray text = csv.toUtf8();
            out.write(text);
            report.rejectsFile = rejectsPath;
        } else {
            report.notes << tr("cannot write the rejects file %1").arg(rejectsPath);
        }
    }
    return report;
}

} // namespace dmc
