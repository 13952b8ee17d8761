#pragma once

#include "AttributionRules.h"
#include "ComplianceArtifacts.h"
#include "domain/Error.h"
#include "domain/PlayRecords.h"

namespace dmc {

class Database;

// What the plays and partners figures read beside the Dataset: the stored play rows, the
// attribution rules and the artifact list, each with the database's settings merged in.
struct PlaysInputs
{
    PlayRecords records;
    AttributionRules rules;
    ComplianceArtifacts artifacts;

    static Result<PlaysInputs> load(const Database &database);
};

} // namespace dmc
