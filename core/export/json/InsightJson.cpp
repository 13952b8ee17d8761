#include "InsightJson.h"

#include "JsonSupport.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/insights/InsightReview.h"
#include "analytics/insights/InsightRules.h"

#include <cmath>

namespace dmc {

namespace {

nlohmann::json valueIn(double value, InsightNumber::Unit unit)
{
    if (!std::isfinite(value))
        return nullptr;
    switch (unit) {
    case InsightNumber::Unit::Money: return json::money(Cents(std::llround(value)));
    case InsightNumber::Unit::Ratio:
    case InsightNumber::Unit::Z: return json::ratio(value);
    default: return std::round(value * 100.0) / 100.0;
    }
}

nlohmann::json dates(const std::vector<QDate> &list)
{
    nlohmann::json array = nlohmann::json::array();
    for (const QDate &date : list)
        array.push_back(json::date(date));
    return array;
}

nlohmann::json values(const std::vector<double> &list, InsightNumber::Unit unit)
{
    nlohmann::json array = nlohmann::json::array();
    for (const double value : list)
        array.push_back(valueIn(value, unit));
    return array;
}

QString chartKindKey(InsightChart::Kind kind)
{
    switch (kind) {
    case InsightChart::Kind::None: return QStringLiteral("none");
    case InsightChart::Kind::Series: return QStringLiteral("series");
    case InsightChart::Kind::Peers: return QStringLiteral("peers");
    }
    return {};
}

} // namespace

nlohmann::json toJson(const Insight &insight, const Dataset &dataset)
{
    nlohmann::json numbers = nlohmann::json::array();
    for (const InsightNumber &number : insight.numbers)
        numbers.push_back({{"key", json::text(number.key)},
                           {"value", valueIn(number.value, number.unit)},
                           {"unit", json::text(insightUnitKey(number.unit))},
                           {"measured", number.measured}});
    nlohmann::json thresholds = nlohmann::json::object();
    for (const auto &[key, value] : insight.baseline.thresholds)
        thresholds[key.toStdString()] = value;
    const InsightChart &chart = insight.chart;
    nlohmann::json chartJson = {{"kind", json::text(chartKindKey(chart.kind))},
                                {"unit", json::text(insightUnitKey(chart.unit))},
                                {"dates", dates(chart.dates)},
                                {"values", values(chart.values, chart.unit)},
                                {"values2", values(chart.values2, InsightNumber::Unit::Count)},
                                {"reference",
                                 chart.reference ? valueIn(*chart.reference, chart.unit) : nlohmann::json(nullptr)},
                                {"highlight",
                                 chart.highlight >= 0 ? nlohmann::json(chart.highlight) : nlohmann::json(nullptr)}};
    auto orNull = [](const QString &text) { return text.isEmpty() ? nlohmann::json(nullptr) : json::text(text); };
    return {{"key", json::text(insight.key)},
            {"rule", json::text(insight.ruleId)},
            {"rule_name", json::text(InsightRules::displayName(insight.ruleId))},
            {"kind", json::text(insightKindKey(insight.kind))},
            {"metric", orNull(insight.metric)},
            {"subject",
             {{"kind", json::text(insightSubjectKey(insight.subject))}, {"id", json::text(insight.subjectId)}}},
            {"rep_id", orNull(insight.repId)},
            {"rep", orNull(insight.repName)},
            {"district", orNull(insight.district)},
            {"region", orNull(insight.region)},
            {"opportunity_id",
             insight.opportunity >= 0 ? json::text(dataset.opportunity(insight.opportunity).id)
                                      : nlohmann::json(nullptr)},
            {"account_id",
             insight.account >= 0 ? json::text(dataset.accounts()[size_t(insight.account)].id)
                                  : nlohmann::json(nullptr)},
            {"stake", json::money(insight.stake)},
            {"when", json::date(insight.when)},
            {"episode", json::date(insight.episode)},
            {"from", json::date(insight.from)},
            {"to", json::date(insight.to)},
            {"text", json::text(insight.text)},
            {"state", json::text(insightStateKey(insight.state))},
            {"note", orNull(insight.note)},
            {"marked_by", orNull(insight.markedBy)},
            {"marked_at", orNull(insight.markedAt)},
            {"numbers", std::move(numbers)},
            {"baseline",
             {{"text", json::text(insight.baseline.text)},
              {"from", json::date(insight.baseline.from)},
              {"to", json::date(insight.baseline.to)},
              {"reps", json::strings(insight.baseline.reps)},
              {"districts", json::strings(insight.baseline.districts)},
              {"rule", json::text(insight.ruleId)},
              {"thresholds", std::move(thresholds)},
              {"deals", json::ids(dataset, insight.baseline.deals)}}},
            {"deals", json::ids(dataset, insight.deals)},
            {"snapshots", dates(insight.snapshots)},
            {"chart", std::move(chartJson)}};
}

nlohmann::json toJson(const std::vector<Insight> &insights, const Dataset &dataset)
{
    nlohmann::json array = nlohmann::json::array();
    for (const Insight &insight : insights)
        array.push_back(toJson(insight, dataset));
    return array;
}

std::vector<int> insightRanks(const std::vector<Insight> &insights)
{
    std::vector<int> ranks(insights.size(), 0);
    int rank = 0;
    for (size_t i = 0; i < insights.size(); ++i) {
        if (insights[i].isListed())
            ranks[i] = ++rank;
    }
    return ranks;
}

nlohmann::json rankedInsight(const Insight &insight, const Dataset &dataset, int rank, int cap)
{
    nlohmann::json item = toJson(insight, dataset);
    item["rank"] = rank > 0 ? nlohmann::json(rank) : nlohmann::json(nullptr);
    item["shown"] = rank > 0 && rank <= cap;
    return item;
}

nlohmann::json insightsDocumentWithoutList(const std::vector<Insight> &insights, const Dataset &dataset,
                                           const Query &query, int cap)
{
    const InsightReview::Selection selection = InsightReview::select(insights, cap);
    return {{"as_of", json::date(query.asOf)},
            {"compare_to", json::date(query.compareTo)},
            {"scope", json::text(query.scope.key())},
            {"period", json::period(query.period)},
            {"reporting_currency", json::text(dataset.reportingCurrency())},
            {"cap", cap},
            {"listed", int(selection.shown.size()) + selection.more},
            {"shown", int(selection.shown.size())},
            {"more", selection.more},
            {"dismissed", selection.dismissed},
            {"new", InsightReview::countNew(insights)}};
}

nlohmann::json insightsDocument(const std::vector<Insight> &insights, const Dataset &dataset, const Query &query,
                                int cap)
{
    nlohmann::json document = insightsDocumentWithoutList(insights, dataset, query, cap);
    nlohmann::json list = nlohmann::json::array();
    const std::vector<int> ranks = insightRanks(insights);
    for (size_t i = 0; i < insights.size(); ++i)
        list.push_back(rankedInsight(insights[i], dataset, ranks[i], cap));
    document["insights"] = std::move(list);
    return document;
}

} // namespace dmc
