#pragma once
// Reads one insight fixture (tests/insights/*.json, see README.md) into CrmData. Header-only.
//
// A fixture names its weekly snapshots ({"first": date, "count": n}: n Mondays from `first`),
// its reps ([id, name, district, region]), accounts (with health readings) and deals. Every deal
// starts from "default", overrides it with its own fields, and changes from a date on with
// "at": {date: {field: value}} (a change holds until the next one). A deal is in the snapshots
// from "from" (default: the first) through "until" (default: the last). "meddpicc": n confirms
// the first n of the eight elements (default 8). Amounts in whole units.

#include "domain/CrmData.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace dmc::test {

inline CrmData loadInsightFixture(const QString &path)
{
    using nlohmann::json;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    const json root = json::parse(bytes.begin(), bytes.end());
    auto text = [](const json &node, const char *key) {
        return node.contains(key) && node[key].is_string() ? QString::fromStdString(node[key].get<std::string>())
                                                           : QString();
    };
    auto day = [&](const json &node, const char *key) { return QDate::fromString(text(node, key), Qt::ISODate); };

    CrmData data;
    data.reportingCurrency = QStringLiteral("USD");
    QList<QDate> snapshots;
    const QDate first = day(root["snapshots"], "first");
    for (int i = 0; i < root["snapshots"]["count"].get<int>(); ++i)
        snapshots << first.addDays(7 * i);
    for (const json &r : root["reps"]) {
        Rep rep;
        rep.id = QString::fromStdString(r[0].get<std::string>());
        rep.name = QString::fromStdString(r[1].get<std::string>());
        rep.district = QString::fromStdString(r[2].get<std::string>());
        rep.region = QString::fromStdString(r[3].get<std::string>());
        data.reps.push_back(rep);
    }
    if (root.contains("accounts")) {
        for (const json &a : root["accounts"]) {
            Account account;
            account.id = text(a, "id");
            account.name = text(a, "name");
            account.arr = a.value("arr", 0) * Cents(100);
            data.accounts.push_back(account);
            if (a.contains("health"))
                for (const json &h : a["health"])
                    data.healthReadings.push_back({account.id,
                                                   QDate::fromString(QString::fromStdString(h[0].get<std::string>()), Qt::ISODate),
                                                   h[1].get<int>()});
        }
    }
    const json &defaults = root["default"];
    for (const json &node : root["deals"]) {
        json deal = defaults;
        for (auto it = node.begin(); it != node.end(); ++it)
            deal[it.key()] = it.value();
        const QString id = text(deal, "id");
        const QString owner = text(deal, "owner");
        const QDate from = deal.contains("from") ? day(deal, "from") : snapshots.first();
        const QDate until = deal.contains("until") ? day(deal, "until") : snapshots.last();
        json state = deal;
        json last = deal;
        for (const QDate &asOf : snapshots) {
            const std::string key = asOf.toString(Qt::ISODate).toStdString();
            if (deal.contains("at") && deal["at"].contains(key))
                for (auto it = deal["at"][key].begin(); it != deal["at"][key].end(); ++it)
                    state[it.key()] = it.value();
            if (asOf < from || asOf > until)
                continue;
            SnapshotRow row;
            row.asOf = asOf;
            row.opportunityId = id;
            row.ownerId = text(state, "owner");
            row.stage = text(state, "stage");
            row.category = *forecastCategoryFromKey(text(state, "category"));
            row.amount = state["amount"].get<qint64>() * 100;
            row.closeDate = day(state, "close");
            row.stageEnteredDate = day(state, "entered");
            row.lastActivityDate = day(state, "activity");
            data.snapshots.push_back(row);
            last = state;
        }
        Opportunity o;
        o.id = id;
        o.ownerId = text(last, "owner");
        o.name = deal.contains("name") ? text(deal, "name") : QStringLiteral("Deal ") + id;
        o.accountId = text(deal, "account");
        o.stage = text(last, "stage");
        o.category = *forecastCategoryFromKey(text(last, "category"));
        o.amount = last["amount"].get<qint64>() * 100;
        o.closeDate = day(last, "close");
        o.createdDate = day(deal, "created");
        o.stageEnteredDate = day(last, "entered");
        o.lastActivityDate = day(last, "activity");
        const int confirmed = deal.value("meddpicc", 8);
        for (int e = 0; e < MeddpiccElementCount; ++e)
            o.meddpicc[size_t(e)].level = e < confirmed ? EvidenceLevel::Confirmed : EvidenceLevel::None;
        data.opportunities.push_back(o);
        Q_UNUSED(owner);
    }
    return data;
}

} // namespace dmc::test
