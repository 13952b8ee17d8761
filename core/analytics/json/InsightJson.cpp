#include "InsightJson.h"

#include "analytics/json/JsonSupport.h"

namespace dmc {

nlohmann::json toJson(const std::vector<Insight> &insights, const Dataset &dataset)
{
    nlohmann::json array = nlohmann::json::array();
    for (const Insight &insight : insights) {
        nlohmann::json numbers = nlohmann::json::object();
        for (const auto &[key, value] : insight.numbers)
            numbers[key.toStdString()] = value;
        array.push_back({{"kind", insightKindKey(insight.kind).toStdString()},
                         {"metric", json::text(insight.metric)},
                         {"rep_id", insight.repId.isEmpty() ? nlohmann::json(nullptr) : json::text(insight.repId)},
                         {"district", json::text(insight.district)},
                         {"value", insight.value},
                         {"baseline", insight.baseline},
                         {"deviation", insight.deviation},
                         {"z", insight.z},
                         {"sample_size", insight.sampleSize},
                         {"from", json::date(insight.from)},
                         {"to", json::date(insight.to)},
                         {"text", json::text(insight.text)},
                         {"numbers", numbers},
                         {"deals", json::ids(dataset, insight.deals)}});
    }
    return array;
}

} // namespace dmc
