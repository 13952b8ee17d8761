#include "DatabaseSummary.h"

#include "i18n/Translations.h"

#include "domain/FiscalCalendar.h"
#include "store/Database.h"
#include "store/ImportStatus.h"
#include "store/StoredCurrencies.h"

#include <QSqlQuery>
#include <QVariant>

namespace dmc {

namespace {
std::string utf8(const QString &text)
{
    return text.toStdString();
}

bool russian()
{
    return Translations::locale().language() == QLocale::Russian;
}

// Dates as generated text writes them (TextFormat::date, which sits above the store):
// 2026-12-04 in English, 04.12.2026 in Russian.
QString dateText(const QDate &date)
{
    return Translations::locale().toString(date,
                                           russian() ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd"));
}

// The import log keeps UTC instants ("2026-12-04T05:25:06Z"): a person reads the local time, to the minute.
QString timestampText(const QString &stored)
{
    const QDateTime instant = QDateTime::fromString(stored, Qt::ISODate);
    if (!instant.isValid())
        return stored;
    return Translations::locale().toString(instant.toLocalTime(),
                                           russian() ? QStringLiteral("dd.MM.yyyy HH:mm")
                                                     : QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A quota period key ("2026Q1") as a person reads it ("Q1 FY2026", «1 кв. 2026»).
QString periodText(const QString &key)
{
    // The label needs only the year and quarter, not the calendar's start month.
    const auto period = FiscalCalendar(1).parse(key);
    return period ? period->label() : key;
}

QString importStatusText(const QString &key)
{
    const auto status = importStatusFromKey(key);
    if (!status)
        return key;
    switch (*status) {
    case ImportStatus::Running: return DatabaseSummary::tr("running", "import status");
    case ImportStatus::Done: return DatabaseSummary::tr("done", "import status");
    case ImportStatus::Skipped: return DatabaseSummary::tr("skipped (imported before)", "import status");
    }
    return key;
}
} // namespace

Result<DatabaseSummary> DatabaseSummary::read(const Database &database)
{
    const QSqlDatabase db = database.connection();
    DatabaseSummary summary;
    QSqlQuery query(db);
    query.setForwardOnly(true);

    auto scalar = [&](const QString &sql, qint64 &target) {
        if (!query.exec(sql) || !query.next())
            return false;
        target = query.value(0).toLongLong();
        return true;
    };
    auto column = [&](const QString &sql, QStringList &target) {
        if (!query.exec(sql))
            return false;
        while (query.next())
            target << query.value(0).toString();
        return true;
    };

    QStringList snapshotDates;
    const bool ok = scalar(QStringLiteral("SELECT COUNT(*) FROM opportunity"), summary.opportunities)
        && scalar(QStringLiteral("SELECT COUNT(*) FROM rep"), summary.reps)
        && scalar(QStringLiteral("SELECT COUNT(DISTINCT district) FROM rep WHERE district <> ''"), summary.districts)
        && scalar(QStringLiteral("SELECT COUNT(DISTINCT region) FROM rep WHERE region <> ''"), summary.regions)
        && scalar(QStringLiteral("SELECT COUNT(*) FROM account"), summary.accounts)
        && scalar(QStringLiteral("SELECT COUNT(*) FROM snapshot"), summary.snapshots)
        && scalar(QStringLiteral("SELECT COUNT(*) FROM quota"), summary.quotas)
        && scalar(QStringLiteral("SELECT COUNT(*) FROM forecast_call"), summary.forecastCalls)
        && scalar(QStringLiteral("SELECT COUNT(*) FROM health_reading"), summary.healthReadings)
        && column(QStringLiteral("SELECT DISTINCT as_of FROM snapshot ORDER BY as_of"), snapshotDates)
        && column(QStringLiteral("SELECT DISTINCT period FROM quota ORDER BY period"), summary.periods)
        && column(QStringLiteral("SELECT DISTINCT region FROM rep WHERE region <> '' ORDER BY region"),
                  summary.regionNames)
        && column(QStringLiteral("SELECT DISTINCT district FROM rep WHERE district <> '' ORDER BY district"),
                  summary.districtNames);
    if (!ok)
        return Database::databaseError(tr("cannot read the database summary"), db);
    for (const QString &date : std::as_const(snapshotDates))
        summary.snapshotDates << QDate::fromString(date, Qt::ISODate);
    auto currencies = StoredCurrencies::read(database);
    if (!currencies)
        return currencies.error();
    summary.reportingCurrency = currencies->reportingCurrency;
    summary.rateCurrencies = currencies->codesWithRates.values();
    summary.rateCurrencies.removeAll(summary.reportingCurrency);
    summary.rateCurrencies.sort();

    if (!query.exec(QStringLiteral("SELECT id, profile, started_at, finished_at, user_name, status, "
                                   "rows_read, rows_accepted, rows_rejected "
                                   "FROM import_log ORDER BY id DESC LIMIT 5")))
        return Database::databaseError(tr("cannot read the import log"), db);
    while (query.next()) {
        ImportEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.profile = query.value(1).toString();
        entry.startedAt = query.value(2).toString();
        entry.finishedAt = query.value(3).toString();
        entry.userName = query.value(4).toString();
        entry.status = query.value(5).toString();
        entry.rowsRead = query.value(6).toLongLong();
        entry.rowsAccepted = query.value(7).toLongLong();
        entry.rowsRejected = query.value(8).toLongLong();
        summary.lastImports << entry;
    }
    return summary;
}

nlohmann::json DatabaseSummary::toJson() const
{
    nlohmann::json dates = nlohmann::json::array();
    for (const QDate &date : snapshotDates)
        dates.push_back(utf8(date.toString(Qt::ISODate)));
    auto strings = [](const QStringList &list) {
        nlohmann::json array = nlohmann::json::array();
        for (const QString &item : list)
            array.push_back(utf8(item));
        return array;
    };
    nlohmann::json imports = nlohmann::json::array();
    for (const ImportEntry &entry : lastImports) {
        imports.push_back({{"id", entry.id},
                           {"profile", utf8(entry.profile)},
                           {"started_at", utf8(entry.startedAt)},
                           {"finished_at", utf8(entry.finishedAt)},
                           {"user", utf8(entry.userName)},
                           {"status", utf8(entry.status)},
                           {"rows_read", entry.rowsRead},
                           {"rows_accepted", entry.rowsAccepted},
                           {"rows_rejected", entry.rowsRejected}});
    }
    return {{"opportunities", opportunities},
            {"reps", reps},
            {"districts", districts},
            {"regions", regions},
            {"accounts", accounts},
            {"snapshots", snapshots},
            {"quotas", quotas},
            {"forecast_calls", forecastCalls},
            {"health_readings", healthReadings},
            {"snapshot_dates", dates},
            {"periods", strings(periods)},
            {"region_names", strings(regionNames)},
            {"district_names", strings(districtNames)},
            {"reporting_currency", utf8(reportingCurrency)},
            {"rate_currencies", strings(rateCurrencies)},
            {"imports", imports}};
}

QString DatabaseSummary::toText() const
{
    QString text;
    const QLocale locale = Translations::locale();
    QStringList periodLabels;
    for (const QString &period : periods)
        periodLabels << periodText(period);
    text += tr("Opportunities: %1").arg(locale.toString(opportunities)) + QLatin1Char('\n');
    text += tr("Reps: %1 in %2, %3")
                .arg(locale.toString(reps), tr("%n district(s)", nullptr, int(districts)),
                     tr("%n region(s)", nullptr, int(regions)))
        + QLatin1Char('\n');
    text += tr("Accounts: %1").arg(locale.toString(accounts)) + QLatin1Char('\n');
    text += tr("Snapshot rows: %1 over %n snapshot dates", nullptr, int(snapshotDates.size()))
                .arg(locale.toString(snapshots))
        + QLatin1Char('\n');
    if (!snapshotDates.isEmpty()) {
        text += tr("Snapshots: %1 to %2").arg(dateText(snapshotDates.first()), dateText(snapshotDates.last()))
            + QLatin1Char('\n');
    }
    if (!periods.isEmpty())
        text += tr("Quota periods: %1").arg(periodLabels.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!districtNames.isEmpty())
        text += tr("Districts: %1").arg(districtNames.join(QStringLiteral(", "))) + QLatin1Char('\n');
    text += tr("Reporting currency: %1").arg(reportingCurrency) + QLatin1Char('\n');
    if (!rateCurrencies.isEmpty())
        text += tr("Exchange rates to %1: %2").arg(reportingCurrency, rateCurrencies.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    for (const ImportEntry &entry : lastImports) {
        text += tr("Import #%1 (%2, %3): %4 rows read, %5 accepted, %6 rejected, %7")
                    .arg(entry.id)
                    .arg(entry.profile, timestampText(entry.startedAt))
                    .arg(locale.toString(entry.rowsRead), locale.toString(entry.rowsAccepted),
                         locale.toString(entry.rowsRejected))
                    .arg(importStatusText(entry.status))
            + QLatin1Char('\n');
    }
    return text;
}

} // namespace dmc
