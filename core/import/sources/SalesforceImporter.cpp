#include "SalesforceImporter.h"

#include "SalesforceReps.h"
#include "domain/FiscalCalendar.h"
#include "import/ImportSession.h"
#include "import/csv/FieldParser.h"
#include "import/csv/RowReader.h"
#include "import/snapshots/SnapshotBuilder.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace dmc {

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// One OpportunityHistory row: the deal's state from `at` on.
struct HistoryEntry
{
    QDateTime at;
    qint64 line = 0;
    QString stage;
    ForecastCategory category = ForecastCategory::Pipeline;
    std::optional<Cents> amount;
    QDate closeDate;
    QDate stageEntered;
};

QDateTime parseDateTime(const QString &text, const QStringList &formats)
{
    const QString value = text.trimmed();
    for (const QString &format : formats) {
        if (!format.contains(u'H'))
            continue;
        const QDateTime parsed = QDateTime::fromString(value, format);
        if (parsed.isValid())
            return parsed;
    }
    const QDate date = FieldParser::parseDate(value, formats);
    return date.isValid() ? QDateTime(date, QTime(0, 0)) : QDateTime();
}
} // namespace

Result<CrmData> SalesforceImporter::read(ImportSession &session)
{
    const ImportProfile &profile = session.profile();
    CrmData data;
    data.stages = profile.ladder();

    auto opportunities = session.table(s("opportunities"), true);
    if (!opportunities)
        return opportunities.error();
    auto history = session.table(s("history"), false);
    if (!history)
        return history.error();
    auto accounts = session.table(s("accounts"), false);
    if (!accounts)
        return accounts.error();
    auto currencies = session.table(s("currencies"), false);
    if (!currencies)
        return currencies.error();
    auto datedCurrencies = session.table(s("dated_currencies"), false);
    if (!datedCurrencies)
        return datedCurrencies.error();

    auto stageRule = [&](RowReader &row) -> const ImportProfile::StageRule * {
        const QString value = row.required(s("stage"));
        if (!row.ok())
            return nullptr;
        const auto *rule = profile.stageFor(value);
        if (!rule)
            session.unknownStage(row, s("stage"), value, tr("unknown stage \"%1\": add it to the profile").arg(value));
        return rule;
    };
    auto categoryOf = [&](RowReader &row, const ImportProfile::StageRule *rule) {
        const QString value = row.text(s("category"));
        if (value.isEmpty())
            return rule && rule->category ? *rule->category : ForecastCategory::Pipeline;
        if (const auto category = profile.categoryFor(value))
            return *category;
        row.fail(s("category"), tr("unknown forecast category \"%1\"").arg(value));
        return ForecastCategory::Pipeline;
    };
    auto deleted = [](RowReader &row) {
        return row.text(s("is_deleted")) == QLatin1String("1")
            || row.text(s("is_deleted")).compare(s("true"), Qt::CaseInsensitive) == 0;
    };

    // --- currencies
    QSet<QString> currencyCodes;
    QSet<QString> datedCodes;
    if (*currencies) {
        RowReader row(**currencies, profile, s("currencies"));
        if (auto missing = row.missingColumn({s("code"), s("rate")}))
            return *missing;
        if (auto error = session.forEachRow(**currencies, row, [&](const CsvTable::Row &) {
                CurrencyRate rate;
                rate.code = row.required(s("code")).toUpper();
                rate.rate = row.number(s("rate"), 1.0);
                rate.isReporting = row.boolean(s("is_reporting"));
                if (row.ok() && currencyCodes.contains(rate.code))
                    row.fail(s("code"), tr("currency \"%1\" is listed twice").arg(rate.code));
                if (row.ok()) {
                    currencyCodes.insert(rate.code);
                    if (rate.isReporting)
                        data.reportingCurrency = rate.code;
                    data.currencyRates.push_back(rate);
                }
            }))
            return *error;
    }

    // --- dated rates (advanced currency management): a deal converts at its close date's rate
    if (*datedCurrencies) {
        RowReader row(**datedCurrencies, profile, s("dated_currencies"));
        if (auto missing = row.missingColumn({s("code"), s("start_date"), s("rate")}))
            return *missing;
        QSet<QString> seen;
        if (auto error = session.forEachRow(**datedCurrencies, row, [&](const CsvTable::Row &) {
                CurrencyRate rate;
                rate.code = row.required(s("code")).toUpper();
                rate.startDate = row.date(s("start_date"), true);
                rate.rate = row.number(s("rate"), 1.0);
                const QString key = rate.code + u'|' + rate.startDate.toString(Qt::ISODate);
                if (row.ok() && seen.contains(key))
                    row.fail(s("start_date"),
                             tr("currency \"%1\" has two rates from %2")
                                 .arg(rate.code, rate.startDate.toString(Qt::ISODate)));
                if (row.ok()) {
                    seen.insert(key);
                    datedCodes.insert(rate.code);
                    data.currencyRates.push_back(rate);
                }
            }))
            return *error;
    }

    // --- users (reps once the owners are known)
    SalesforceReps reps;
    if (auto error = reps.readUsers(session))
        return *error;

    // --- accounts
    if (*accounts) {
        RowReader row(**accounts, profile, s("accounts"));
        if (auto missing = row.missingColumn({s("id"), s("name")}))
            return *missing;
        QSet<QString> seen;
        if (auto error = session.forEachRow(**accounts, row, [&](const CsvTable::Row &) {
                if (deleted(row))
                    return;
                Account account;
                account.id = row.required(s("id"));
                account.name = row.required(s("name"));
                account.segment = row.text(s("segment"));
                account.industry = row.text(s("industry"));
                account.arr = row.amount(s("arr")).value_or(0);
                account.renewalDate = row.date(s("renewal_date"));
                account.executiveSponsor = row.text(s("executive_sponsor"));
                if (row.ok() && seen.contains(account.id))
                    row.fail(s("id"), tr("account \"%1\" is listed twice").arg(account.id));
                if (row.ok()) {
                    seen.insert(account.id);
                    data.accounts.push_back(account);
                }
            }))
            return *error;
    }

    // --- opportunities
    QHash<QString, qint64> opportunityLines;
    QSet<QString> unknownTypes;
    QDate latest;
    auto consider = [&latest](const QDate &date) {
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date;
    };
    {
        RowReader row(**opportunities, profile, s("opportunities"));
        if (auto missing = row.missingColumn({s("id"), s("owner_id"), s("stage")}))
            return *missing;
        const QString fileName = (*opportunities)->fileName;
        if (auto error = session.forEachRow(**opportunities, row, [&](const CsvTable::Row &line) {
                if (deleted(row))
                    return;
                Opportunity o;
                o.id = row.required(s("id"));
                o.ownerId = row.required(s("owner_id"));
                o.accountId = row.id(s("account_id"));
                o.name = row.text(s("name"));
                if (o.name.isEmpty())
                    o.name = o.id;
                const auto *rule = stageRule(row);
                if (rule)
                    o.stage = rule->stage.name;
                o.category = categoryOf(row, rule);
                // Type is a free picklist in most orgs: an unmapped value counts as new business.
                const QString type = row.text(s("type"));
                if (const auto parsed = profile.dealTypeFor(type))
                    o.type = *parsed;
                else
                    unknownTypes.insert(type);
                o.amount = row.amount(s("amount"));
                o.currency = row.text(s("currency")).toUpper();
                if (o.currency.isEmpty())
                    o.currency = profile.currency();
                if (row.ok() && !currencyCodes.isEmpty() && !currencyCodes.contains(o.currency)
                    && !datedCodes.contains(o.currency))
                    row.fail(s("currency"), tr("currency \"%1\" is not in CurrencyType.csv").arg(o.currency));
                o.closeDate = row.date(s("close_date"));
                o.createdDate = row.date(s("created_date"));
                o.stageEnteredDate = row.date(s("stage_entered_date"));
                o.lastActivityDate = row.date(s("last_activity_date"));
                const QDate modified = row.date(s("last_modified_date"));
                o.nextStep = row.text(s("next_step"));
                o.source = row.text(s("source"));
                o.partner = row.id(s("partner"));
                o.lossReason = row.text(s("loss_reason"));
                o.competitor = row.text(s("competitor"));
                o.sourceFile = fileName;
                o.sourceLine = line.line;
                if (row.ok() && opportunityLines.contains(o.id))
                    row.fail(s("id"),
                             tr("opportunity \"%1\" is listed twice (first on line %2)")
                                 .arg(o.id)
                                 .arg(opportunityLines.value(o.id)));
                if (row.ok()) {
                    consider(o.createdDate);
                    consider(modified);
                    opportunityLines.insert(o.id, line.line);
                    data.opportunities.push_back(std::move(o));
                } else if (session.failedOnStageOnly(row)) {
                    opportunityLines.insert(o.id, line.line); // its history's stages are listed too
                }
            }))
            return *error;
    }

    if (!unknownTypes.isEmpty()) {
        QStringList names = unknownTypes.values();
        names.sort();
        session.addNote(
            tr("opportunity types not in the profile, read as new: %1").arg(names.join(QLatin1String(", "))));
    }

    auto owners = reps.repsFor(session, data.opportunities);
    if (!owners)
        return owners.error();
    data.reps = std::move(*owners);

    // --- history
    QHash<QString, std::vector<HistoryEntry>> timeline;
    if (*history) {
        RowReader row(**history, profile, s("history"));
        if (auto missing = row.missingColumn({s("opportunity_id"), s("created_date"), s("stage")}))
            return *missing;
        if (auto error = session.forEachRow(**history, row, [&](const CsvTable::Row &line) {
                if (deleted(row))
                    return;
                HistoryEntry entry;
                entry.line = line.line;
                const QString id = row.required(s("opportunity_id"));
                const QString created = row.required(s("created_date"));
                if (row.ok()) {
                    entry.at = parseDateTime(created, profile.dateFormats());
                    if (!entry.at.isValid())
                        row.fail(s("created_date"), tr("CreatedDate \"%1\" is not a date").arg(created));
                }
                const auto *rule = stageRule(row);
                if (rule)
                    entry.stage = rule->stage.name;
                entry.category = categoryOf(row, rule);
                entry.amount = row.amount(s("amount"));
                entry.closeDate = row.date(s("close_date"));
                if (row.ok() && !opportunityLines.contains(id))
                    row.fail(s("opportunity_id"), tr("opportunity \"%1\" is not in Opportunity.csv").arg(id));
                if (row.ok()) {
                    consider(entry.at.date());
                    timeline[id].push_back(entry);
                }
            }))
            return *error;
    }
    for (auto &entries : timeline) {
        // Same timestamp: file order decides (stable sort), the later row is the newer state.
        std::stable_sort(entries.begin(), entries.end(),
                         [](const HistoryEntry &a, const HistoryEntry &b) { return a.at < b.at; });
        for (size_t i = 0; i < entries.size(); ++i)
            entries[i].stageEntered =
                i > 0 && entries[i - 1].stage == entries[i].stage ? entries[i - 1].stageEntered : entries[i].at.date();
    }
    // The stage-entered date of the current stage comes from the history when the export has none.
    for (Opportunity &o : data.opportunities) {
        const auto it = timeline.constFind(o.id);
        if (!o.stageEnteredDate.isValid() && it != timeline.constEnd() && it->back().stage == o.stage)
            o.stageEnteredDate = it->back().stageEntered;
    }

    // --- weekly snapshots
    const QDate asOf = session.options().asOf.isValid() ? session.options().asOf : latest;
    if (!asOf.isValid())
        return data;
    QDate first = asOf;
    for (const auto &entries : std::as_const(timeline))
        if (!entries.empty() && entries.front().at.date() < first)
            first = entries.front().at.date();
    QList<QDate> dates;
    for (QDate monday = FiscalCalendar::weekStart(first); monday <= asOf; monday = monday.addDays(7))
        dates << std::min(monday.addDays(6), asOf);

    for (const QDate &date : std::as_const(dates)) {
        const QDateTime endOfDay(date, QTime(23, 59, 59, 999));
        for (const Opportunity &o : data.opportunities) {
            const auto it = timeline.constFind(o.id);
            if (it == timeline.constEnd() || it->empty()) {
                // No history: the deal as it stands, from its creation on.
                if (!o.createdDate.isValid() || o.createdDate <= date) {
                    SnapshotRow row = SnapshotBuilder::snapshotOf(o, date);
                    if (row.lastActivityDate > date)
                        row.lastActivityDate = {};
                    data.snapshots.push_back(row);
                }
                continue;
            }
            const HistoryEntry *state = nullptr;
            for (const HistoryEntry &entry : *it) {
                if (entry.at > endOfDay)
                    break;
                state = &entry;
            }
            if (!state)
                continue; // not created yet at that date
            SnapshotRow row;
            row.asOf = date;
            row.opportunityId = o.id;
            row.ownerId = o.ownerId;
            row.stage = state->stage;
            row.category = state->category;
            row.amount = state->amount;
            row.currency = o.currency;
            row.closeDate = state->closeDate;
            row.stageEnteredDate = state->stageEntered;
            if (o.lastActivityDate.isValid() && o.lastActivityDate <= date)
                row.lastActivityDate = o.lastActivityDate;
            data.snapshots.push_back(row);
        }
    }
    return data;
}

} // namespace dmc
