#include "CanonicalExporter.h"

#include "domain/Meddpicc.h"
#include "export/CsvWriter.h"
#include "store/Database.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace dmc {

namespace {

enum class Kind { Text, Key, Money, Integer, Real };

struct Column
{
    const char *name;
    Kind kind;
};

void addCell(CsvWriter &row, const QVariant &value, Kind kind)
{
    if (value.isNull()) {
        row.addEmpty();
        return;
    }
    switch (kind) {
    case Kind::Money: row.addMoney(value.toLongLong()); return;
    case Kind::Integer: row.addNumber(value.toLongLong()); return;
    case Kind::Real: row.addText(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)); return;
    case Kind::Text:
    case Kind::Key: row.addText(value.toString()); return;
    }
}

struct TableSpec
{
    const char *file;
    const char *table;
    std::vector<Column> columns;
    const char *orderBy;
};

} // namespace

CanonicalExporter::CanonicalExporter(const Database &database)
    : m_database(database)
{
}

Result<QStringList> CanonicalExporter::exportTo(const QString &directory)
{
    Error error;
    error.kind = Error::Kind::Usage;
    error.file = directory;
    if (!QDir().mkpath(directory)) {
        error.message = tr("cannot create the folder");
        return error;
    }
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);

    // MEDDPICC rows joined in memory: one query instead of eight joins.
    QHash<QString, std::array<std::pair<QString, QString>, MeddpiccElementCount>> meddpicc;
    if (!query.exec(QStringLiteral("SELECT opportunity_id, element, level, note FROM meddpicc")))
        return Database::databaseError(tr("cannot read MEDDPICC"), db);
    while (query.next()) {
        const auto element = meddpiccFromKey(query.value(1).toString());
        if (element)
            meddpicc[query.value(0).toString()][size_t(*element)] = {query.value(2).toString(),
                                                                      query.value(3).toString()};
    }

    const std::vector<TableSpec> specs = {
        {"stages.csv", "stage",
         {{"name", Kind::Text}, {"probability", Kind::Integer}, {"sort_order", Kind::Integer},
          {"is_won", Kind::Integer}, {"is_lost", Kind::Integer}},
         "sort_order, name"},
        {"currency_rates.csv", "currency_rate",
         {{"code", Kind::Key}, {"rate", Kind::Real}, {"is_reporting", Kind::Integer}}, "code"},
        {"dated_currency_rates.csv", "currency_rate_dated",
         {{"code", Kind::Key}, {"start_date", Kind::Key}, {"rate", Kind::Real}}, "code, start_date"},
        {"reps.csv", "rep",
         {{"id", Kind::Text}, {"name", Kind::Text}, {"district", Kind::Text}, {"region", Kind::Text},
          {"role", Kind::Text}, {"ramp_start", Kind::Key}},
         "id"},
        {"quotas.csv", "quota", {{"rep_id", Kind::Text}, {"period", Kind::Key}, {"amount", Kind::Money}},
         "rep_id, period"},
        {"accounts.csv", "account",
         {{"id", Kind::Text}, {"name", Kind::Text}, {"segment", Kind::Text}, {"industry", Kind::Text},
          {"arr", Kind::Money}, {"currency", Kind::Key}, {"renewal_date", Kind::Key},
          {"executive_sponsor", Kind::Text}},
         "id"},
        {"health_readings.csv", "health_reading",
         {{"account_id", Kind::Text}, {"reading_date", Kind::Key}, {"score", Kind::Integer}},
         "account_id, reading_date"},
        {"opportunities.csv", "opportunity",
         {{"id", Kind::Text}, {"account_id", Kind::Text}, {"owner_id", Kind::Text}, {"name", Kind::Text},
          {"type", Kind::Key}, {"stage", Kind::Text}, {"category", Kind::Key}, {"amount", Kind::Money},
          {"currency", Kind::Key}, {"close_date", Kind::Key}, {"created_date", Kind::Key},
          {"stage_entered_date", Kind::Key}, {"last_activity_date", Kind::Key}, {"next_step", Kind::Text},
          {"source", Kind::Text}, {"partner", Kind::Text}, {"poc_status", Kind::Key}, {"poc_start", Kind::Key},
          {"poc_planned_end", Kind::Key}, {"poc_last_check_in", Kind::Key},
          {"poc_success_criteria", Kind::Integer}, {"security_review", Kind::Key},
          {"legal_review", Kind::Key}},
         "id"},
        {"snapshots.csv", "snapshot",
         {{"as_of", Kind::Key}, {"opportunity_id", Kind::Text}, {"owner_id", Kind::Text}, {"stage", Kind::Text},
          {"category", Kind::Key}, {"amount", Kind::Money}, {"currency", Kind::Key}, {"close_date", Kind::Key},
          {"stage_entered_date", Kind::Key}, {"last_activity_date", Kind::Key}},
         "as_of, opportunity_id"},
        {"forecast_calls.csv", "forecast_call",
         {{"rep_id", Kind::Text}, {"period", Kind::Key}, {"week_start", Kind::Key},
          {"commit_amount", Kind::Money}, {"best_case_amount", Kind::Money}},
         "rep_id, period, week_start"},
    };

    QStringList written;
    for (const TableSpec &spec : specs) {
        const bool isOpportunity = QLatin1String(spec.table) == QLatin1String("opportunity");
        QStringList header;
        QStringList select;
        for (const Column &column : spec.columns) {
            header << QString::fromLatin1(column.name);
            select << QString::fromLatin1(column.name);
        }
        // MEDDPICC columns sit after `partner`, as in the format's table.
        const qsizetype meddpiccAt = isOpportunity ? header.indexOf(QStringLiteral("partner")) + 1 : -1;
        if (isOpportunity) {
            QStringList extra;
            for (int i = 0; i < MeddpiccElementCount; ++i) {
                const QString key = QStringLiteral("meddpicc_") + meddpiccKey(static_cast<MeddpiccElement>(i));
                extra << key << key + QStringLiteral("_note");
            }
            for (qsizetype k = 0; k < extra.size(); ++k)
                header.insert(meddpiccAt + k, extra.at(k));
        }
        const QString path = QDir(directory).filePath(QString::fromLatin1(spec.file));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            error.file = path;
            error.message = tr("cannot write the file (%1)").arg(file.errorString());
            return error;
        }
        {
            CsvWriter headerRow;
            headerRow.addRow(header);
            file.write(headerRow.toUtf8());
        }
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                            .arg(select.join(QLatin1String(", ")), QLatin1String(spec.table),
                                 QLatin1String(spec.orderBy))))
            return Database::databaseError(tr("cannot read table %1").arg(QLatin1String(spec.table)), db);
        // Rows are written in chunks so a 5M-row snapshot table never sits in memory as text.
        CsvWriter chunk;
        int inChunk = 0;
        while (query.next()) {
            for (int i = 0; i < int(spec.columns.size()); ++i) {
                if (i == meddpiccAt) {
                    const auto entries = meddpicc.value(query.value(0).toString());
                    for (const auto &[level, note] : entries) {
                        chunk.addText(level);     // "": the export gave no level (round-trips)
                        chunk.addText(note);
                    }
                }
                addCell(chunk, query.value(i), spec.columns[size_t(i)].kind);
            }
            chunk.endRow();
            if (++inChunk == 10000) {
                file.write(chunk.toUtf8());
                chunk = CsvWriter();
                inChunk = 0;
            }
        }
        file.write(chunk.toUtf8());
        if (!file.commit()) {
            error.file = path;
            error.message = tr("cannot write the file (%1)").arg(file.errorString());
            return error;
        }
        written << path;
    }
    return written;
}

} // namespace dmc
