#include "SalesforceImporter.h"

#include "PocTablesReader.h"
#include "SalesforcePartners.h"
#include "SalesforceReps.h"
#include "import/ImportSession.h"
#include "import/csv/FieldParser.h"
#include "import/csv/RowReader.h"
#include "domain/FiscalCalendar.h"
#include "domain/IsoDateDigits.h"
#include "import/csv/TableRows.h"
#include "import/snapshots/HistorySnapshots.h"
#include "import/Latin1.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

namespace dmc {

namespace {
using latin1::s;

// Wall-clock time as HistorySnapshots counts it; nullopt when not a date and time.
std::optional<qint64> parseDateTime(const QString &text, const QStringList &formats)
{
    const QString value = text.trimmed();
    for (const QString &format : formats) {
        if (!format.contains(u'H'))
            continue;
        const QDateTime parsed = QDateTime::fromString(value, format);
        if (parsed.isValid())
            return HistorySnapshots::timeOf(parsed.date(), parsed.time().msecsSinceStartOfDay());
    }
    const QDate date = FieldParser::parseDate(value, formats);
    if (!date.isValid())
        return std::nullopt;
    return HistorySnapshots::timeOf(date, 0);
}

// "yyyy-MM-dd HH:mm:ss" and "yyyy-MM-ddTHH:mm:ss[.zzz][Z]", the shapes of every Salesforce
// export, read without QDateTime::fromString (half of a 500k-row history's time); nullopt for
// anything else, which takes the profile's formats.
std::optional<qint64> isoDateTime(QStringView text)
{
    if (text.size() < 19 || (text[10] != u' ' && text[10] != u'T') || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    qsizetype end = 19;
    int msecs = 0;
    if (end < text.size() && text[end] == u'.') {
        if (end + 4 > text.size())
            return std::nullopt;
        for (qsizetype i = end + 1; i < end + 4; ++i) {
            if (!text[i].isDigit())
                return std::nullopt;
            msecs = msecs * 10 + text[i].digitValue();
        }
        end += 4;
    }
    if (end < text.size() && text[end] == u'Z')
        ++end;
    if (end != text.size())
        return std::nullopt;
    char latin[19];
    for (int i = 0; i < 19; ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7F)
            return std::nullopt;
        latin[i] = char(c);
    }
    IsoDateDigits digits;
    if (!IsoDateDigits::read(latin, 10, digits))
        return std::nullopt;
    auto two = [&latin](int at) {
        const char a = latin[at];
        const char b = latin[at + 1];
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
    };
    const int hour = two(11);
    const int minute = two(14);
    const int second = two(17);
    const QDate date(digits.year, digits.month, digits.day);
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    return HistorySnapshots::timeOf(date, ((hour * 60 + minute) * 60 + second) * 1000 + msecs);
}
// The file's columns holding these fields (what a streamed table decodes: every column the
// profile maps, so a field the reader starts to read is never left undecoded).
QList<int> columnsOf(const RowReader &row, const QStringList &fields)
{
    QList<int> columns;
    for (const QString &field : fields)
        columns << row.columnOf(field);
    return columns;
}

constexpr std::array<const char *, 5> PocFields = {"poc_status", "poc_start", "poc_planned_end", "poc_last_check_in",
                                                   "poc_success_criteria"};

// The opportunity's technical evaluation fields as the one-POC shorthand
// (docs/import-profiles.md#pocs-from-salesforce). The details field is free text: any text
// that does not read as false counts as success criteria written down.
void readPocFields(RowReader &row, const ImportProfile &profile, Poc &poc)
{
    const QString statusText = row.text(s("poc_status"));
    const QString status = profile.valueFor(s("opportunities"), s("poc_status"), statusText).toLower();
    if (const auto parsed = pocStatusFromKey(status))
        poc.status = parsed;
    else if (!status.isEmpty())
        row.fail(s("poc_status"),
                 SalesforceImporter::tr("\"%1\" is not none, planned, active, complete or failed").arg(statusText));
    poc.start = row.date(s("poc_start"));
    poc.plannedEnd = row.date(s("poc_planned_end"));
    poc.lastCheckIn = row.date(s("poc_last_check_in"));
    const QString details = row.text(s("poc_success_criteria")).toLower();
    poc.successCriteriaDefined = !details.isEmpty() && details != QLatin1String("0")
        && details != QLatin1String("false") && details != QLatin1String("no");
}
} // namespace

Result<CrmData> SalesforceImporter::read(ImportSession &session)
{
    const ImportProfile &profile = session.profile();
    CrmData data;
    data.stages = profile.ladder();

    // The three large files stream row by row; the others are small. (Parsed whole, the accounts
    // of a 300k-deal export held 98 MB of fields until the end of the read.)
    auto opportunities = TableRows::open(session, s("opportunities"), true);
    if (!opportunities)
        return opportunities.error();
    auto history = TableRows::open(session, s("history"), false);
    if (!history)
        return history.error();
    auto accounts = TableRows::open(session, s("accounts"), false);
    if (!accounts)
        return accounts.error();
    auto currencies = session.table(s("currencies"), false);
    if (!currencies)
        return currencies.error();
    auto datedCurrencies = session.table(s("dated_currencies"), false);
    if (!datedCurrencies)
        return datedCurrencies.error();

    // The same few stage and category values on every row: each looked up in the profile once.
    QHash<QString, const ImportProfile::StageRule *> stageRules;
    QHash<QString, ForecastCategory> categories;
    auto stageRule = [&](RowReader &row) -> const ImportProfile::StageRule * {
        const QString value = row.required(s("stage"));
        if (!row.ok())
            return nullptr;
        if (const auto known = stageRules.constFind(value); known != stageRules.constEnd())
            return *known;
        const auto *rule = profile.stageFor(value);
        if (!rule) {
            session.unknownStage(row, s("stage"), value, tr("unknown stage \"%1\": add it to the profile").arg(value));
            return nullptr;
        }
        stageRules.insert(value, rule);
        return rule;
    };
    auto categoryOf = [&](RowReader &row, const ImportProfile::StageRule *rule) {
        const QString value = row.text(s("category"));
        if (value.isEmpty())
            return rule && rule->category ? *rule->category : ForecastCategory::Pipeline;
        if (const auto known = categories.constFind(value); known != categories.constEnd())
            return *known;
        if (const auto category = profile.categoryFor(value)) {
            categories.insert(value, *category);
            return *category;
        }
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
    SalesforcePartners partners;
    if (*accounts) {
        RowReader row((*accounts)->table(), profile, s("accounts"));
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
                partners.readAccount(row, account.id);
                if (row.ok()) {
                    seen.insert(account.id);
                    data.accounts.push_back(account);
                }
            }))
            return *error;
    }

    // --- opportunities
    QHash<QString, qint64> opportunityLines;
    QString opportunitiesFile;
    QSet<QString> unknownTypes;
    QDate latest;
    auto consider = [&latest](const QDate &date) {
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date;
    };
    {
        RowReader row((*opportunities)->table(), profile, s("opportunities"));
        if (auto missing = row.missingColumn({s("id"), s("owner_id"), s("stage")}))
            return *missing;
        const QString fileName = (*opportunities)->table().fileName;
        opportunitiesFile = fileName;
        (*opportunities)->decodeOnly(columnsOf(row, profile.fields(s("opportunities"))));
        // The technical evaluation fields some orgs keep on the opportunity: one POC per deal.
        const bool pocFields = std::any_of(PocFields.begin(), PocFields.end(),
                                           [&row](const char *field) { return row.columnOf(s(field)) >= 0; });
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
                if (pocFields)
                    readPocFields(row, profile, o.poc);
                o.sourceFile = fileName;
                o.sourceLine = line.line;
                if (row.ok() && opportunityLines.contains(o.id))
                    row.fail(s("id"),
                             tr("opportunity \"%1\" is listed twice (first on line %2)")
                                 .arg(o.id)
                                 .arg(opportunityLines.value(o.id)));
                partners.readDealDates(row, o.id);
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

    // --- POCs: custom objects (POC__c and its children) when the export has them
    if (Status pocs = PocTablesReader::read(session, opportunityLines, opportunitiesFile, data.pocs); !pocs)
        return pocs.error();

    // --- partners on the deals: Partner / OpportunityPartner, PrimaryPartnerAccountId, partner campaigns
    if (Status read =
            partners.read(session, data.opportunities, opportunityLines, opportunitiesFile, data.accounts, data.plays);
        !read)
        return read.error();

    auto owners = reps.repsFor(session, data.opportunities);
    if (!owners)
        return owners.error();
    data.reps = std::move(*owners);

    // --- quotas (ForecastingQuota): each rep's quota amounts by the fiscal quarter their StartDate
    // falls in, so a monthly forecast period's three rows add up to the quarter (the import adds
    // them up once each is in the reporting currency, at the rate of its StartDate); a row without
    // an amount (a quantity quota) counts nothing, and a user who owns no deal is no rep.
    auto quotas = session.table(s("quotas"), false);
    if (!quotas)
        return quotas.error();
    if (*quotas) {
        RowReader row(**quotas, profile, s("quotas"));
        if (auto missing = row.missingColumn({s("owner_id"), s("amount"), s("start_date")}))
            return *missing;
        QSet<QString> repIds;
        for (const Rep &rep : data.reps)
            repIds.insert(rep.id);
        const FiscalCalendar calendar(session.options().fiscalYearStartMonth);
        QStringList others;
        if (auto error = session.forEachRow(**quotas, row, [&](const CsvTable::Row &) {
                const QString owner = row.required(s("owner_id"));
                const QDate start = row.date(s("start_date"), true);
                const std::optional<Cents> amount = row.amount(s("amount"));
                if (!row.ok() || !amount)
                    return;
                if (!repIds.contains(owner)) {
                    if (!others.contains(owner))
                        others << owner;
                    return;
                }
                QString currency = row.text(s("currency")).toUpper();
                if (currency.isEmpty())
                    currency = profile.currency();
                if (!currencyCodes.isEmpty() && !currencyCodes.contains(currency) && !datedCodes.contains(currency)) {
                    row.fail(s("currency"), tr("currency \"%1\" is not in CurrencyType.csv").arg(currency));
                    return;
                }
                data.quotas.push_back(Quota{owner, calendar.periodOf(start).key(), *amount, currency, start});
            }))
            return *error;
        if (!others.isEmpty())
            session.addNote(
                tr("quotas of users who own no opportunity left out: %1").arg(others.join(QLatin1String(", "))));
    }

    // --- territories (Enterprise Territory Management, when exported): an account of a territory
    // belongs to the territory's active user, from the later of the two associations' dates.
    // A territory with several active users names no owner (a note counts them); accounts and
    // users outside the export's accounts and reps are left out.
    auto accountTerritories = session.table(s("account_territories"), false);
    if (!accountTerritories)
        return accountTerritories.error();
    auto userTerritories = session.table(s("user_territories"), false);
    if (!userTerritories)
        return userTerritories.error();
    if (*accountTerritories && *userTerritories) {
        struct Member
        {
            QString user;
            QDate from;
        };
        QHash<QString, std::vector<Member>> members; // territory -> active users who are reps
        QSet<QString> repIds;
        for (const Rep &rep : data.reps)
            repIds.insert(rep.id);
        QSet<QString> accountIds;
        for (const Account &account : data.accounts)
            accountIds.insert(account.id);
        {
            RowReader row(**userTerritories, profile, s("user_territories"));
            if (auto missing = row.missingColumn({s("user_id"), s("territory_id")}))
                return *missing;
            const bool hasActive = row.has(s("is_active"));
            if (auto error = session.forEachRow(**userTerritories, row, [&](const CsvTable::Row &) {
                    const QString user = row.required(s("user_id"));
                    const QString territory = row.required(s("territory_id"));
                    const QDate from = row.date(s("from_date"));
                    const bool active = !hasActive || row.boolean(s("is_active"));
                    if (row.ok() && active && repIds.contains(user))
                        members[territory].push_back({user, from});
                }))
                return *error;
        }
        int shared = 0;
        QSet<QString> owned; // "account|from": account_owner's key
        RowReader row(**accountTerritories, profile, s("account_territories"));
        if (auto missing = row.missingColumn({s("account_id"), s("territory_id")}))
            return *missing;
        if (auto error = session.forEachRow(**accountTerritories, row, [&](const CsvTable::Row &) {
                if (deleted(row))
                    return;
                const QString account = row.required(s("account_id"));
                const QString territory = row.required(s("territory_id"));
                const QDate from = row.date(s("from_date"));
                if (!row.ok() || !accountIds.contains(account))
                    return;
                const std::vector<Member> users = members.value(territory);
                if (users.size() != 1) {
                    shared += users.size() > 1 ? 1 : 0;
                    return;
                }
                // Without a date the account is the user's from the start of the data.
                QDate since = std::max(from.isValid() ? from : QDate(1970, 1, 1),
                                       users.front().from.isValid() ? users.front().from : QDate(1970, 1, 1));
                const QString key = account + u'|' + since.toString(Qt::ISODate);
                if (owned.contains(key))
                    return;
                owned.insert(key);
                data.accountOwners.push_back({account, users.front().user, since});
            }))
            return *error;
        if (shared > 0)
            session.addNote(
                tr("%n account-territory row(s) with several active users in the territory: no owner from them",
                   nullptr, shared));
    }

    // --- history: the deal's state after each change, held compactly (HistorySnapshots)
    QHash<QString, qint32> dealOf; // id -> position in data.opportunities, -1: failed on its stage only
    for (auto it = opportunityLines.constBegin(); it != opportunityLines.constEnd(); ++it)
        dealOf.insert(it.key(), -1);
    for (size_t i = 0; i < data.opportunities.size(); ++i)
        dealOf.insert(data.opportunities[i].id, qint32(i));
    auto snapshots = std::make_unique<HistorySnapshots>(session);
    const QStringList dateFormats = profile.dateFormats();
    const bool isoTimes = std::any_of(dateFormats.begin(), dateFormats.end(),
                                      [](const QString &format) { return format.startsWith(s("yyyy-MM-dd")); });
    if (*history) {
        RowReader row((*history)->table(), profile, s("history"));
        if (auto missing = row.missingColumn({s("opportunity_id"), s("created_date"), s("stage")}))
            return *missing;
        (*history)->decodeOnly(columnsOf(row, profile.fields(s("history"))));
        if (auto error = session.forEachRow(**history, row, [&](const CsvTable::Row &line) {
                if (deleted(row))
                    return;
                HistorySnapshots::Change change;
                change.line = quint32(line.line);
                const QString id = row.required(s("opportunity_id"));
                const QString created = row.required(s("created_date"));
                if (row.ok()) {
                    std::optional<qint64> at = isoTimes ? isoDateTime(created) : std::nullopt;
                    if (!at)
                        at = parseDateTime(created, dateFormats);
                    if (at)
                        change.at = *at;
                    else
                        row.fail(s("created_date"), tr("CreatedDate \"%1\" is not a date").arg(created));
                }
                const auto *rule = stageRule(row);
                if (rule)
                    change.stage = snapshots->stageIndex(rule->stage.name);
                change.category = categoryOf(row, rule);
                const std::optional<Cents> amount = row.amount(s("amount"));
                change.hasAmount = amount.has_value();
                change.amount = amount.value_or(0);
                const QDate closeDate = row.date(s("close_date"));
                change.closeDay = closeDate.isValid() ? qint32(closeDate.toJulianDay()) : 0;
                const auto deal = dealOf.constFind(id);
                if (row.ok() && deal == dealOf.constEnd())
                    row.fail(s("opportunity_id"), tr("opportunity \"%1\" is not in Opportunity.csv").arg(id));
                if (row.ok()) {
                    consider(QDate::fromJulianDay(change.at / HistorySnapshots::DayMs));
                    change.deal = *deal;
                    if (change.deal >= 0) // a deal refused for its stage keeps no history
                        snapshots->addChange(change);
                }
            }))
            return *error;
    }
    const auto latestStages = snapshots->sortChanges(qsizetype(data.opportunities.size()));
    // The stage-entered date of the current stage comes from the history when the export has none.
    for (size_t i = 0; i < data.opportunities.size(); ++i) {
        Opportunity &o = data.opportunities[i];
        const auto &latestStage = latestStages[i];
        if (!o.stageEnteredDate.isValid() && latestStage.enteredDay != 0
            && latestStage.stage == snapshots->stageIndex(o.stage))
            o.stageEnteredDate = QDate::fromJulianDay(latestStage.enteredDay);
    }

    // --- weekly snapshots: written by Importer inside its transaction, never held
    const QDate asOf = session.options().asOf.isValid() ? session.options().asOf : latest;
    if (asOf.isValid()) {
        snapshots->setDeals(data.opportunities, asOf);
        session.setSnapshotSource(std::move(snapshots));
    }
    return data;
}

} // namespace dmc
