#include "CanonicalImporter.h"

#include "CanonicalJsonReader.h"
#include "CanonicalPlayFiles.h"
#include "PocTablesReader.h"
#include "StageLookup.h"
#include "domain/FiscalCalendar.h"
#include "import/ImportSession.h"
#include "import/csv/RowReader.h"
#include "import/csv/TableRows.h"
#include "import/snapshots/SnapshotBuilder.h"
#include "import/snapshots/SnapshotStream.h"
#include "import/Latin1.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dmc {

namespace {
const QString Reps = QStringLiteral("reps");

using latin1::s;

bool isPeriodKey(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}Q[1-4]$"));
    return pattern.match(text).hasMatch();
}
} // namespace

Status CanonicalImporter::scanSnapshotStages(ImportSession &session, const StageLookup &ladder)
{
    auto table = TableRows::open(session, s("snapshots"), false);
    if (!table)
        return table.error();
    if (!*table)
        return Done{};
    RowReader row((*table)->table(), session.profile(), s("snapshots"));
    row.setUnescapeFormulas(true);
    if (row.missingColumn({s("stage")}))
        return Done{};
    for (;;) {
        const Result<const CsvTable::Row *> next = (*table)->next();
        if (!next)
            return next.error();
        if (!*next)
            return Done{};
        row.begin(**next);
        const QString value = row.text(s("stage"));
        if (!value.isEmpty() && ladder.find(value).isEmpty())
            session.unknownStage(row, s("stage"), value, tr("unknown stage \"%1\"").arg(value));
    }
}

Result<CrmData> CanonicalImporter::read(ImportSession &session)
{
    const ImportProfile &profile = session.profile();
    CrmData data;

    // Canonical JSON: the same tables in one file.
    for (const QString &path : session.files()) {
        if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            continue;
        auto tables = CanonicalJsonReader::readFile(path);
        if (!tables)
            return tables.error();
        for (auto &[name, table] : *tables) {
            table.path = path;
            session.provideTable(name, std::move(table));
        }
    }

    auto load = [&](const char *name, bool required) { return TableRows::open(session, s(name), required); };
    auto reader = [&](const CsvTable &table, const char *name) {
        RowReader row(table, profile, s(name));
        row.setUnescapeFormulas(true);
        return row;
    };
    // An amount without a currency is in the profile's currency when the user's profile names
    // one, else in the reporting currency (stored empty).
    const QString statedCurrency = profile.statesCurrency() ? profile.currency() : QString();
    auto currencyOf = [&](RowReader &row) {
        const QString code = row.text(s("currency")).toUpper();
        return code.isEmpty() ? statedCurrency : code;
    };
    auto duplicate = [](RowReader &row, const char *field, const QString &key, QHash<QString, qint64> &seen) {
        if (!row.ok())
            return;
        if (auto it = seen.constFind(key); it != seen.constEnd()) {
            row.fail(s(field), tr("\"%1\" is listed twice (first on line %2)").arg(key).arg(*it));
            return;
        }
        seen.insert(key, row.line());
    };

    // --- stages: the file's ladder, else the profile's default ladder
    {
        auto table = load("stages", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "stages");
            if (auto missing = row.missingColumn({s("name"), s("probability"), s("sort_order")}))
                return *missing;
            QHash<QString, qint64> seen;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    Stage stage;
                    stage.name = row.required(s("name"));
                    stage.probability = row.integer(s("probability"), 0, 100, 0);
                    stage.sortOrder = row.integer(s("sort_order"), -1000000, 1000000, 0);
                    stage.isWon = row.boolean(s("is_won"));
                    stage.isLost = row.boolean(s("is_lost"));
                    duplicate(row, "name", stage.name.toLower(), seen);
                    if (row.ok())
                        data.stages.push_back(stage);
                }))
                return *error;
        }
        if (data.stages.empty())
            data.stages = profile.ladder();
    }
    const StageLookup ladder(profile, data.stages);
    auto stageName = [&](RowReader &row) -> QString {
        const QString value = row.required(s("stage"));
        if (!row.ok())
            return {};
        const QString name = ladder.find(value);
        if (name.isEmpty())
            session.unknownStage(row, s("stage"), value, tr("unknown stage \"%1\"").arg(value));
        return name;
    };
    // The export's category, else (no column, or an empty cell) the one the profile's stage gives.
    auto category = [&](RowReader &row, const QString &stage) -> ForecastCategory {
        if (!row.ok())
            return ForecastCategory::Pipeline;
        const QString value = row.text(s("category"));
        if (value.isEmpty()) {
            if (const auto fromStage = ladder.category(stage))
                return *fromStage;
            if (row.hasColumn(s("category")))
                row.required(s("category"));
            else
                row.fail(s("category"),
                         tr("no category: the file has no %1 column and the profile gives stage \"%2\" none")
                             .arg(profile.column(QStringLiteral("opportunities"), s("category")), stage));
            return ForecastCategory::Pipeline;
        }
        if (const auto parsed = profile.categoryFor(value))
            return *parsed;
        row.fail(s("category"), tr("unknown forecast category \"%1\"").arg(value));
        return ForecastCategory::Pipeline;
    };

    // --- currency rates: undated, and dated (by a deal's close date)
    {
        auto table = load("currency_rates", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "currency_rates");
            if (auto missing = row.missingColumn({s("code"), s("rate")}))
                return *missing;
            QHash<QString, qint64> seen;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    CurrencyRate rate;
                    rate.code = row.required(s("code")).toUpper();
                    rate.rate = row.number(s("rate"), 1.0);
                    rate.isReporting = row.boolean(s("is_reporting"));
                    duplicate(row, "code", rate.code, seen);
                    if (row.ok()) {
                        if (rate.isReporting)
                            data.reportingCurrency = rate.code;
                        data.currencyRates.push_back(rate);
                    }
                }))
                return *error;
        }
    }
    {
        auto table = load("dated_currency_rates", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "dated_currency_rates");
            if (auto missing = row.missingColumn({s("code"), s("start_date"), s("rate")}))
                return *missing;
            QHash<QString, qint64> seen;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    CurrencyRate rate;
                    rate.code = row.required(s("code")).toUpper();
                    rate.startDate = row.date(s("start_date"), true);
                    rate.rate = row.number(s("rate"), 1.0);
                    duplicate(row, "start_date", rate.code + u'|' + rate.startDate.toString(Qt::ISODate), seen);
                    if (row.ok())
                        data.currencyRates.push_back(rate);
                }))
                return *error;
        }
    }

    // --- reps
    QHash<QString, qint64> repLines;
    {
        auto table = load("reps", true);
        if (!table)
            return table.error();
        RowReader row = reader((*table)->table(), "reps");
        if (auto missing = row.missingColumn({s("id"), s("name")}))
            return *missing;
        if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                Rep rep;
                rep.id = row.required(s("id"));
                rep.name = row.required(s("name"));
                rep.district = row.text(s("district"));
                rep.region = row.text(s("region"));
                const QString role = row.text(s("role"));
                if (!role.isEmpty())
                    rep.role = role;
                rep.rampStart = row.date(s("ramp_start"));
                // A leaver's last day and a hire who has not started (planned = 1, ramp_start the
                // start date): kept beside the rep for the capacity plan.
                RepEmployment employment;
                employment.repId = rep.id;
                employment.endDate = row.date(s("end_date"));
                employment.planned = row.boolean(s("planned"));
                if (row.ok() && employment.planned && !rep.rampStart.isValid())
                    row.fail(s("ramp_start"), tr("a planned hire needs a ramp_start (the start date)"));
                if (row.ok() && employment.endDate.isValid() && rep.rampStart.isValid()
                    && employment.endDate < rep.rampStart)
                    row.fail(s("end_date"),
                             tr("end_date %1 is before ramp_start %2")
                                 .arg(employment.endDate.toString(Qt::ISODate), rep.rampStart.toString(Qt::ISODate)));
                duplicate(row, "id", rep.id, repLines);
                if (row.ok()) {
                    data.reps.push_back(rep);
                    if (employment.endDate.isValid() || employment.planned)
                        data.repEmployment.push_back(employment);
                }
            }))
            return *error;
    }
    auto knownRep = [&](RowReader &row, const char *field, const QString &id) {
        if (row.ok() && !repLines.contains(id))
            row.fail(s(field), tr("rep \"%1\" is not in %2").arg(id, profile.fileNames(Reps).value(0)));
    };

    // --- ramp curves: percent of a fully ramped rep by tenure month, per role
    {
        auto table = load("ramp_curves", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "ramp_curves");
            if (auto missing = row.missingColumn({s("role"), s("month"), s("percent")}))
                return *missing;
            QHash<QString, qint64> seen;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    RampCurvePoint point;
                    point.role = row.required(s("role"));
                    point.month = row.integer(s("month"), 1, 120, 1);
                    point.percent = row.integer(s("percent"), 0, 100, 100);
                    duplicate(row, "month", point.role + u'|' + QString::number(point.month), seen);
                    if (row.ok())
                        data.rampCurves.push_back(point);
                }))
                return *error;
        }
    }

    // --- quotas
    {
        auto table = load("quotas", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "quotas");
            if (auto missing = row.missingColumn({s("rep_id"), s("period"), s("amount")}))
                return *missing;
            QHash<QString, qint64> seen;
            const FiscalCalendar calendar(session.options().fiscalYearStartMonth);
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    Quota quota;
                    quota.repId = row.required(s("rep_id"));
                    quota.period = row.required(s("period")).toUpper();
                    quota.amount = row.amount(s("amount"), true).value_or(0);
                    // In another currency, the amount converts at the rate of the quarter's first day.
                    quota.currency = currencyOf(row);
                    if (row.ok() && !isPeriodKey(quota.period))
                        row.fail(s("period"),
                                 tr("period \"%1\" is not a fiscal quarter like 2026Q1").arg(quota.period));
                    else if (const auto period = calendar.parse(quota.period))
                        quota.rateDate = period->start;
                    knownRep(row, "rep_id", quota.repId);
                    duplicate(row, "period", quota.repId + u'|' + quota.period, seen);
                    if (row.ok())
                        data.quotas.push_back(quota);
                }))
                return *error;
        }
    }

    // --- accounts and health readings
    QHash<QString, qint64> accountLines;
    {
        auto table = load("accounts", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "accounts");
            if (auto missing = row.missingColumn({s("id"), s("name")}))
                return *missing;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    Account account;
                    account.id = row.required(s("id"));
                    account.name = row.required(s("name"));
                    account.segment = row.text(s("segment"));
                    account.industry = row.text(s("industry"));
                    account.arr = row.amount(s("arr")).value_or(0);
                    account.currency = currencyOf(row);
                    account.renewalDate = row.date(s("renewal_date"));
                    account.executiveSponsor = row.text(s("executive_sponsor"));
                    duplicate(row, "id", account.id, accountLines);
                    if (row.ok())
                        data.accounts.push_back(account);
                }))
                return *error;
        }
    }
    // --- account owners by date (territories)
    {
        auto table = load("account_owners", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "account_owners");
            if (auto missing = row.missingColumn({s("account_id"), s("rep_id"), s("from_date")}))
                return *missing;
            QHash<QString, qint64> seen;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    AccountOwner owner;
                    owner.accountId = row.required(s("account_id"));
                    owner.repId = row.required(s("rep_id"));
                    owner.from = row.date(s("from_date"), true);
                    if (row.ok() && !accountLines.contains(owner.accountId))
                        row.fail(s("account_id"), tr("account \"%1\" is not in accounts.csv").arg(owner.accountId));
                    knownRep(row, "rep_id", owner.repId);
                    duplicate(row, "from_date", owner.accountId + u'|' + owner.from.toString(Qt::ISODate), seen);
                    if (row.ok())
                        data.accountOwners.push_back(owner);
                }))
                return *error;
        }
    }
    {
        auto table = load("health_readings", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "health_readings");
            if (auto missing = row.missingColumn({s("account_id"), s("reading_date"), s("score")}))
                return *missing;
            QHash<QString, qint64> seen;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    HealthReading reading;
                    reading.accountId = row.required(s("account_id"));
                    reading.date = row.date(s("reading_date"), true);
                    reading.score = row.integer(s("score"), 0, 100, 0);
                    if (row.ok() && row.text(s("score")).isEmpty())
                        row.fail(s("score"), tr("score is empty"));
                    if (row.ok() && !accountLines.contains(reading.accountId))
                        row.fail(s("account_id"), tr("account \"%1\" is not in accounts.csv").arg(reading.accountId));
                    duplicate(row, "reading_date", reading.accountId + u'|' + reading.date.toString(Qt::ISODate), seen);
                    if (row.ok())
                        data.healthReadings.push_back(reading);
                }))
                return *error;
        }
    }

    // The qualification columns, shared by opportunities.csv and qualification_history.csv. A blank
    // cell (or a column the export lacks) stays empty: no value, not "none".
    auto level = [&](RowReader &row, const QString &field) -> std::optional<EvidenceLevel> {
        const QString value = row.text(field).toLower();
        if (value.isEmpty())
            return std::nullopt;
        if (const auto parsed = evidenceLevelFromKey(value))
            return parsed;
        row.fail(field, tr("\"%1\" is not none, partial or confirmed").arg(value));
        return std::nullopt;
    };
    auto review = [&](RowReader &row, const QString &field) -> std::optional<ReviewStatus> {
        const QString value = row.text(field).toLower();
        if (value.isEmpty())
            return std::nullopt;
        if (const auto parsed = reviewStatusFromKey(value))
            return parsed;
        row.fail(field, tr("\"%1\" is not not_started, in_progress, complete or not_required").arg(value));
        return std::nullopt;
    };
    auto qualificationOf = [&](RowReader &row) {
        QualificationState state;
        for (int i = 0; i < MeddpiccElementCount; ++i)
            state.meddpicc[size_t(i)] =
                level(row, QStringLiteral("meddpicc_") + meddpiccKey(static_cast<MeddpiccElement>(i)));
        const QString poc = row.text(s("poc_status")).toLower();
        if (const auto status = pocStatusFromKey(poc))
            state.poc.status = status;
        else if (!poc.isEmpty())
            row.fail(s("poc_status"), tr("\"%1\" is not none, planned, active, complete or failed").arg(poc));
        state.poc.start = row.date(s("poc_start"));
        state.poc.plannedEnd = row.date(s("poc_planned_end"));
        state.poc.lastCheckIn = row.date(s("poc_last_check_in"));
        state.poc.successCriteriaDefined = row.boolean(s("poc_success_criteria"));
        state.securityReview = review(row, s("security_review"));
        state.legalReview = review(row, s("legal_review"));
        state.nextStep = row.text(s("next_step"));
        return state;
    };

    // --- opportunities
    QHash<QString, qint64> opportunityLines;
    QString opportunitiesFile;
    {
        auto table = load("opportunities", true);
        if (!table)
            return table.error();
        RowReader row = reader((*table)->table(), "opportunities");
        if (auto missing = row.missingColumn({s("id"), s("owner_id"), s("name"), s("stage")}))
            return *missing;
        const QString fileName = (*table)->table().fileName;
        opportunitiesFile = fileName;
        if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &line) {
                Opportunity o;
                o.id = row.required(s("id"));
                o.accountId = row.id(s("account_id"));
                o.ownerId = row.required(s("owner_id"));
                o.name = row.required(s("name"));
                if (const auto type = profile.dealTypeFor(row.text(s("type"))))
                    o.type = *type;
                else
                    row.fail(s("type"), tr("\"%1\" is not new, expansion or renewal").arg(row.text(s("type"))));
                o.stage = stageName(row);
                o.category = category(row, row.text(s("stage")));
                o.amount = row.amount(s("amount"));
                o.currency = currencyOf(row);
                o.closeDate = row.date(s("close_date"));
                o.createdDate = row.date(s("created_date"));
                o.stageEnteredDate = row.date(s("stage_entered_date"));
                o.lastActivityDate = row.date(s("last_activity_date"));
                o.source = row.text(s("source"));
                o.partner = row.text(s("partner"));
                o.lossReason = row.text(s("loss_reason"));
                o.competitor = row.text(s("competitor"));
                qualificationOf(row).applyTo(o);
                Meddpicc::Notes notes;
                for (int i = 0; i < MeddpiccElementCount; ++i)
                    notes[size_t(i)] =
                        row.text(QStringLiteral("meddpicc_") + meddpiccKey(static_cast<MeddpiccElement>(i))
                                 + QStringLiteral("_note"));
                o.meddpicc.setNotes(std::move(notes));
                o.sourceFile = fileName;
                o.sourceLine = line.line;
                knownRep(row, "owner_id", o.ownerId);
                duplicate(row, "id", o.id, opportunityLines);
                if (row.ok())
                    data.opportunities.push_back(std::move(o));
            }))
            return *error;
    }

    // --- qualification change points: a deal's values from a date on (an export's own history)
    {
        auto table = load("qualification_history", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "qualification_history");
            if (auto missing = row.missingColumn({s("opportunity_id"), s("valid_from")}))
                return *missing;
            QHash<QString, qint64> seen;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    QualificationRecord record;
                    record.opportunityId = row.required(s("opportunity_id"));
                    record.validFrom = row.date(s("valid_from"), true);
                    record.state = qualificationOf(row);
                    if (row.ok() && !opportunityLines.contains(record.opportunityId))
                        row.fail(s("opportunity_id"),
                                 tr("deal \"%1\" is not in %2").arg(record.opportunityId, opportunitiesFile));
                    duplicate(row, "valid_from", record.opportunityId + u'|' + record.validFrom.toString(Qt::ISODate),
                              seen);
                    if (row.ok())
                        data.qualificationHistory.push_back(std::move(record));
                }))
                return *error;
        }
    }

    // --- snapshots: millions of rows at company scale, so they are not held here. The header is
    // checked now; Importer streams the rows into the database inside its transaction. After
    // unknown stages the import fails anyway: only the snapshots' stages are read, to be listed
    // with the others (their deals may be rows just skipped).
    if (session.hasUnknownStages()) {
        if (Status scanned = scanSnapshotStages(session, ladder); !scanned)
            return scanned.error();
    } else {
        auto stream = std::make_unique<SnapshotStream>(session, ladder);
        stream->setKnownIds(data.opportunities, data.reps);
        auto opened = stream->open();
        if (!opened)
            return opened.error();
        if (*opened) {
            session.setSnapshotSource(std::move(stream));
        } else {
            QDate asOf = session.options().asOf;
            if (!asOf.isValid())
                asOf = SnapshotBuilder::latestDate(data);
            if (asOf.isValid())
                SnapshotBuilder::addSnapshot(data, asOf);
        }
    }

    // --- forecast calls
    {
        auto table = load("forecast_calls", false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "forecast_calls");
            if (auto missing = row.missingColumn(
                    {s("rep_id"), s("period"), s("week_start"), s("commit_amount"), s("best_case_amount")}))
                return *missing;
            QHash<QString, qint64> seen;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    ForecastCall call;
                    call.repId = row.required(s("rep_id"));
                    call.period = row.required(s("period")).toUpper();
                    call.weekStart = row.date(s("week_start"), true);
                    call.commit = row.amount(s("commit_amount"), true).value_or(0);
                    call.bestCase = row.amount(s("best_case_amount"), true).value_or(0);
                    if (row.ok() && !isPeriodKey(call.period))
                        row.fail(s("period"), tr("period \"%1\" is not a fiscal quarter like 2026Q1").arg(call.period));
                    knownRep(row, "rep_id", call.repId);
                    duplicate(row, "week_start",
                              call.repId + u'|' + call.period + u'|' + call.weekStart.toString(Qt::ISODate), seen);
                    if (row.ok())
                        data.forecastCalls.push_back(call);
                }))
                return *error;
        }
    }

    if (Status pocs = PocTablesReader::read(session, opportunityLines, opportunitiesFile, data.pocs); !pocs)
        return pocs.error();
    if (Status plays = CanonicalPlayFiles::read(session, opportunityLines, ladder, data.plays); !plays)
        return plays.error();
    return data;
}

} // namespace dmc
