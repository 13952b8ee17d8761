#include "PlaysInputs.h"

#include "store/PlayReader.h"

namespace dmc {

Result<PlaysInputs> PlaysInputs::load(const Database &database)
{
    auto records = PlayReader(database).read();
    if (!records)
        return records.error();
    auto rules = AttributionRules::load(database);
    if (!rules)
        return rules.error();
    auto artifacts = ComplianceArtifacts::load(database);
    if (!artifacts)
        return artifacts.error();
    return PlaysInputs{std::move(*records), std::move(*rules), std::move(*artifacts)};
}

} // namespace dmc
