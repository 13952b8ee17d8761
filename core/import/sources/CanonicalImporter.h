#pragma once

#include "SourceImporter.h"

#include <QCoreApplication>
#include <QHash>

namespace dmc {

class StageLookup;

// DM Cockpit's own format (docs/canonical-format.md): one CSV per table in a folder, or one
// JSON file holding the same tables as arrays of objects. Reads exactly what the canonical
// exporter writes, so a folder round-trips.
class CanonicalImporter : public SourceImporter
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CanonicalImporter)

public:
    Result<CrmData> read(ImportSession &session) override;

private:
    // Records the unknown stages of the snapshots table, reading nothing else.
    static Status scanSnapshotStages(ImportSession &session, const StageLookup &ladder);
};

} // namespace dmc
