#pragma once

// A tiny reader for the hand-written canonical CSV fixtures (no quoting, comma only), so the
// engine tests do not depend on the importer. Fields are matched by header name.
#include "domain/CrmData.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <cmath>

namespace dmc::test {

inline std::vector<QHash<QString, QString>> readCsv(const QString &path)
{
    std::vector<QHash<QString, QString>> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    QTextStream in(&file);
    const QStringList header = in.readLine().split(QLatin1Char(','));
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header[i], i < cells.size() ? cells[i] : QString());
        rows.push_back(row);
    }
    return rows;
}

inline std::optional<Cents> money(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return Cents(std::llround(text.toDouble() * 100.0));
}

inline QDate day(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

inline CrmData readFixture(const QString &folder)
{
    CrmData data;
    const QString dir = folder + QLatin1Char('/');
    for (const auto &r : readCsv(dir + QStringLiteral("stages.csv"))) {
        Stage s;
        s.name = r[QStringLiteral("name")];
        s.probability = r[QStringLiteral("probability")].toInt();
        s.sortOrder = r[QStringLiteral("sort_order")].toInt();
        s.isWon = r[QStringLiteral("is_won")] == QLatin1String("1");
        s.isLost = r[QStringLiteral("is_lost")] == QLatin1String("1");
        data.stages.push_back(s);
    }
    for (const auto &r : readCsv(dir + QStringLiteral("currency_rates.csv"))) {
        data.currencyRates.push_back({r[QStringLiteral("code")], r[QStringLiteral("rate")].toDouble(),
                                      r[QStringLiteral("is_reporting")] == QLatin1String("1")});
        if (r[QStringLiteral("is_reporting")] == QLatin1String("1"))
            data.reportingCurrency = r[QStringLiteral("code")];
    }
    for (const auto &r : readCsv(dir + QStringLiteral("reps.csv"))) {
        Rep rep;
        rep.id = r[QStringLiteral("id")];
        rep.name = r[QStringLiteral("name")];
        rep.district = r[QStringLiteral("district")];
        rep.region = r[QStringLiteral("region")];
        rep.role = r[QStringLiteral("role")];
        rep.rampStart = day(r[QStringLiteral("ramp_start")]);
        data.reps.push_back(rep);
    }
    for (const auto &r : readCsv(dir + QStringLiteral("quotas.csv")))
        data.quotas.push_back({r[QStringLiteral("rep_id")], r[QStringLiteral("period")],
                               money(r[QStringLiteral("amount")]).value_or(0)});
    for (const auto &r : readCsv(dir + QStringLiteral("accounts.csv"))) {
        Account a;
        a.id = r[QStringLiteral("id")];
        a.name = r[QStringLiteral("name")];
        a.segment = r[QStringLiteral("segment")];
        a.industry = r[QStringLiteral("industry")];
        a.arr = money(r[QStringLiteral("arr")]).value_or(0);
        a.currency = r[QStringLiteral("currency")];
        a.renewalDate = day(r[QStringLiteral("renewal_date")]);
        a.executiveSponsor = r[QStringLiteral("executive_sponsor")];
        data.accounts.push_back(a);
    }
    for (const auto &r : readCsv(dir + QStringLiteral("health_readings.csv")))
        data.healthReadings.push_back({r[QStringLiteral("account_id")], day(r[QStringLiteral("reading_date")]),
                                       r[QStringLiteral("score")].toInt()});
    for (const auto &r : readCsv(dir + QStringLiteral("opportunities.csv"))) {
        Opportunity o;
        o.id = r[QStringLiteral("id")];
        o.accountId = r[QStringLiteral("account_id")];
        o.ownerId = r[QStringLiteral("owner_id")];
        o.name = r[QStringLiteral("name")];
        o.type = dealTypeFromKey(r[QStringLiteral("type")]).value_or(DealType::New);
        o.stage = r[QStringLiteral("stage")];
        o.category = forecastCategoryFromKey(r[QStringLiteral("category")]).value_or(ForecastCategory::Pipeline);
        o.amount = money(r[QStringLiteral("amount")]);
        o.currency = r[QStringLiteral("currency")];
        o.closeDate = day(r[QStringLiteral("close_date")]);
        o.createdDate = day(r[QStringLiteral("created_date")]);
        o.stageEnteredDate = day(r[QStringLiteral("stage_entered_date")]);
        o.lastActivityDate = day(r[QStringLiteral("last_activity_date")]);
        o.nextStep = r[QStringLiteral("next_step")];
        for (int i = 0; i < MeddpiccElementCount; ++i) {
            const QString key = QStringLiteral("meddpicc_") + meddpiccKey(MeddpiccElement(i));
            if (const auto level = evidenceLevelFromKey(r.value(key)))
                o.meddpicc[size_t(i)].level = *level;
        }
        o.poc.status = pocStatusFromKey(r[QStringLiteral("poc_status")]).value_or(PocStatus::None);
        o.securityReview = reviewStatusFromKey(r[QStringLiteral("security_review")]).value_or(ReviewStatus::NotStarted);
        o.legalReview = reviewStatusFromKey(r[QStringLiteral("legal_review")]).value_or(ReviewStatus::NotStarted);
        data.opportunities.push_back(o);
    }
    for (const auto &r : readCsv(dir + QStringLiteral("snapshots.csv"))) {
        SnapshotRow s;
        s.asOf = day(r[QStringLiteral("as_of")]);
        s.opportunityId = r[QStringLiteral("opportunity_id")];
        s.ownerId = r[QStringLiteral("owner_id")];
        s.stage = r[QStringLiteral("stage")];
        s.category = forecastCategoryFromKey(r[QStringLiteral("category")]).value_or(ForecastCategory::Pipeline);
        s.amount = money(r[QStringLiteral("amount")]);
        s.currency = r[QStringLiteral("currency")];
        s.closeDate = day(r[QStringLiteral("close_date")]);
        s.stageEnteredDate = day(r[QStringLiteral("stage_entered_date")]);
        s.lastActivityDate = day(r[QStringLiteral("last_activity_date")]);
        data.snapshots.push_back(s);
    }
    for (const auto &r : readCsv(dir + QStringLiteral("forecast_calls.csv"))) {
        ForecastCall c;
        c.repId = r[QStringLiteral("rep_id")];
        c.period = r[QStringLiteral("period")];
        c.weekStart = day(r[QStringLiteral("week_start")]);
        c.commit = money(r[QStringLiteral("commit_amount")]).value_or(0);
        c.bestCase = money(r[QStringLiteral("best_case_amount")]).value_or(0);
        data.forecastCalls.push_back(c);
    }
    return data;
}

} // namespace dmc::test
