#include "PlaysData.h"

#include "Workspace.h"
#include "analytics/plays/PlaysInputs.h"
#include "analytics/plays/PlaysReportBuilder.h"

namespace dmc::ui {

PlaysData PlaysData::load(const Workspace &workspace)
{
    PlaysData data;
    const Dataset *dataset = workspace.dataset();
    if (!dataset || !workspace.database() || !workspace.engine())
        return data;
    data.currency = workspace.reportingCurrency();
    auto inputs = PlaysInputs::load(*workspace.database());
    if (!inputs) {
        data.error = inputs.error().toString();
        return data;
    }
    data.artifacts = inputs->artifacts;
    data.report =
        PlaysReportBuilder(*dataset, inputs->records, inputs->rules, inputs->artifacts).build(workspace.query());
    return data;
}

} // namespace dmc::ui
