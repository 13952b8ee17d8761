#pragma once

#include "analytics/plays/ComplianceArtifacts.h"
#include "analytics/plays/PlaysReport.h"

#include <QString>

namespace dmc {
class Workspace;
}

namespace dmc::ui {

// The plays and partners of the workspace's query, as the Plays & partners dock shows them: the
// report, the artifact list that names its columns and the currency of its amounts. Built on the
// GUI thread like the POC board: the play tables are small and read on demand.
struct PlaysData
{
    PlaysReport report;
    ComplianceArtifacts artifacts;
    QString currency;
    QString error; // why the data could not be read; empty when it was

    static PlaysData load(const Workspace &workspace);
};

} // namespace dmc::ui
