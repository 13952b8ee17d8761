#pragma once

#include "analytics/plays/AttributionRules.h"
#include "analytics/plays/ComplianceArtifacts.h"
#include "analytics/plays/PlaysReport.h"

#include <QString>

namespace dmc {
class Dataset;
struct Query;
} // namespace dmc

namespace dmc::ui {

// The plays and partners of the workspace's query, as the Plays & partners dock shows them: the
// report, the artifact list that names its columns and the currency of its amounts. The Workspace
// builds it on a worker after the results, from the dataset's play rows.
struct PlaysData
{
    PlaysReport report;
    ComplianceArtifacts artifacts;
    QString currency;
    QString error; // why the attribution rules or the artifact list could not be read; empty when they were

    static PlaysData build(const Dataset &dataset, const Query &query, const AttributionRules &rules,
                           const ComplianceArtifacts &artifacts);
};

} // namespace dmc::ui
