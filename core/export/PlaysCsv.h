#pragma once

#include "analytics/plays/ComplianceArtifacts.h"
#include "analytics/plays/PlaysReport.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

// The plays and partners as CSV (CsvWriter: spreadsheet-safe), in the output language's CSV format
// (ExportCsv: English keeps the stable keys, Russian names them): one row per partner, per
// eligible deal of a play, per compliance cell.
class PlaysCsv
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PlaysCsv)

public:
    static QString partners(const PlaysReport &report);
    static QString plays(const PlaysReport &report);
    static QString compliance(const PlaysReport &report, const ComplianceArtifacts &artifacts);
};

} // namespace dmc
