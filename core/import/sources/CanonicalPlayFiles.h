#pragma once

#include "domain/Error.h"
#include "domain/PlayRecords.h"

#include <QCoreApplication>
#include <QHash>

namespace dmc {

class ImportSession;
class StageLookup;

// The plays and partners files of a canonical folder (docs/canonical-format.md#plays-and-partners):
// partners.csv, opportunity_partners.csv, plays.csv, play_steps.csv, compliance.csv and tasks.csv,
// each optional. Every row is checked against the deals of opportunities.csv, the stage ladder and
// the files it refers to; the first bad row stops the import with its file, line and column.
class CanonicalPlayFiles
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CanonicalPlayFiles)

public:
    static Status read(ImportSession &session, const QHash<QString, qint64> &opportunityLines,
                       const StageLookup &ladder, PlayRecords &records);
};

} // namespace dmc
