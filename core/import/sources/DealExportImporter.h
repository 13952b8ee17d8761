#pragma once

#include "SourceImporter.h"

#include <QCoreApplication>

namespace dmc {

// A CRM's deal list exported to one file, owners by full name: Bitrix24 and amoCRM (formats
// `bitrix24`, `amocrm`; logical table "deals"). Each owner becomes a rep whose id is derived
// from the name (RepNameId); a reps.csv beside the export places them in districts and regions.
// The stage comes from the profile's ladder (Bitrix24's "C<n>:" funnel prefix on stage ids is
// dropped when the prefixed id is not in it), the forecast category from the stage, the close
// date from close_date, else expected_close_date (amoCRM fills its close date only on closing). One
// snapshot of every deal at --as-of, else at the latest past date in the file.
class DealExportImporter : public SourceImporter
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DealExportImporter)

public:
    Result<CrmData> read(ImportSession &session) override;
};

} // namespace dmc
