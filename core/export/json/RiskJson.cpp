#include "RiskJson.h"

#include "JsonSupport.h"
#include "analytics/risk/RuleSet.h"

namespace dmc {

namespace {

nlohmann::json factValue(const RiskFact &fact)
{
    switch (fact.kind) {
    case RiskFact::Kind::Date: return json::date(fact.date);
    case RiskFact::Kind::Money: return json::money(Cents(fact.number));
    case RiskFact::Kind::Text: return json::text(fact.text);
    case RiskFact::Kind::Days:
    case RiskFact::Kind::Count:
    case RiskFact::Kind::Percent:
    case RiskFact::Kind::Score: return fact.number;
    }
    return nullptr;
}

} // namespace

nlohmann::json toJson(const RiskHit &hit)
{
    nlohmann::json evidence = nlohmann::json::object();
    for (const RiskFact &fact : hit.facts)
        evidence[fact.key.toStdString()] = factValue(fact);
    if (!hit.moves.empty()) {
        nlohmann::json moves = nlohmann::json::array();
        for (const auto &move : hit.moves)
            moves.push_back({{"snapshot", json::date(move.snapshot)},
                             {"previous_snapshot", json::date(move.previousSnapshot)},
                             {"from", json::date(move.from)},
                             {"to", json::date(move.to)}});
        evidence["moves"] = moves;
    }
    if (!hit.readings.empty()) {
        nlohmann::json readings = nlohmann::json::array();
        for (const auto &reading : hit.readings)
            readings.push_back({{"date", json::date(reading.date)}, {"score", reading.score}});
        evidence["readings"] = std::move(readings);
    }
    if (!hit.elements.empty()) {
        nlohmann::json elements = nlohmann::json::array();
        for (const auto &element : hit.elements)
            elements.push_back({{"element", json::text(meddpiccKey(element.element))},
                                {"level", json::text(evidenceLevelKey(element.level))}});
        evidence["elements"] = std::move(elements);
    }
    nlohmann::json snapshots = nlohmann::json::array();
    for (const QDate &date : hit.snapshots)
        snapshots.push_back(json::date(date));

    nlohmann::json item{{"rule_id", json::text(hit.ruleId)},
                        {"rule", json::text(RuleSet::displayName(hit.ruleId))},
                        {"opportunity_id", json::text(hit.opportunityId)},
                        {"opportunity", json::text(hit.opportunityName)},
                        {"account", json::text(hit.accountName)},
                        {"rep_id", json::text(hit.repId)},
                        {"rep", json::text(hit.repName)},
                        {"amount", json::money(hit.amount)},
                        {"close_date", json::date(hit.closeDate)},
                        {"category", json::text(forecastCategoryKey(hit.category))},
                        {"stage", json::text(hit.stage)},
                        {"as_of", json::date(hit.asOf)},
                        {"text", json::text(hit.text)},
                        {"evidence", std::move(evidence)},
                        {"snapshots", std::move(snapshots)}};
    if (hit.snoozed) {
        item["snoozed_until"] = json::date(hit.snoozedUntil);
        item["snooze_reason"] = json::text(hit.snoozeReason);
    }
    return item;
}

nlohmann::json toJson(const RiskUnavailable &missing)
{
    nlohmann::json fields = nlohmann::json::array();
    for (const QString &key : missing.missing)
        fields.push_back(json::text(key));
    return {{"rule_id", json::text(missing.ruleId)},
            {"rule", json::text(RuleSet::displayName(missing.ruleId))},
            {"missing", std::move(fields)},
            {"reason", json::text(missing.reason)}};
}

nlohmann::json toJsonWithoutHits(const RiskResult &result)
{
    nlohmann::json byRule = nlohmann::json::object();
    for (const QString &id : RuleSet::ruleIds())
        byRule[id.toStdString()] = 0;
    for (const RiskHit &hit : result.hits)
        byRule[hit.ruleId.toStdString()] = byRule[hit.ruleId.toStdString()].get<int>() + 1;
    nlohmann::json unavailable = nlohmann::json::array();
    for (const RiskUnavailable &missing : result.unavailable)
        unavailable.push_back(toJson(missing));
    return {{"as_of", json::date(result.asOf)},
            {"scope", json::text(result.scope.key())},
            {"reporting_currency", json::text(result.reportingCurrency)},
            {"count", result.hits.size()},
            {"snoozed_count", result.snoozed.size()},
            {"count_by_rule", std::move(byRule)},
            {"unavailable", std::move(unavailable)}};
}

nlohmann::json toJson(const RiskResult &result)
{
    nlohmann::json hits = nlohmann::json::array();
    nlohmann::json snoozed = nlohmann::json::array();
    for (const RiskHit &hit : result.hits)
        hits.push_back(toJson(hit));
    for (const RiskHit &hit : result.snoozed)
        snoozed.push_back(toJson(hit));
    nlohmann::json document = toJsonWithoutHits(result);
    document["hits"] = std::move(hits);
    document["snoozed"] = std::move(snoozed);
    return document;
}

} // namespace dmc
