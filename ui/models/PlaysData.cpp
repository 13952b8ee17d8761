#include "PlaysData.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/plays/PlaysReportBuilder.h"

namespace dmc::ui {

PlaysData PlaysData::build(const Dataset &dataset, const Query &query, const AttributionRules &rules,
                           const ComplianceArtifacts &artifacts)
{
    PlaysData data;
    data.currency = dataset.reportingCurrency();
    data.artifacts = artifacts;
    data.report = PlaysReportBuilder(dataset, dataset.plays().records(), rules, artifacts).build(query);
    return data;
}

} // namespace dmc::ui
