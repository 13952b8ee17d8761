#pragma once

#include "SourceImporter.h"

#include <QCoreApplication>

namespace dmc {

// The Maven "CRM Sales Opportunities" dataset: sales_pipeline.csv, sales_teams.csv (manager ->
// district, regional_office -> region), accounts.csv, products.csv. No history and no quotas:
// one snapshot at --as-of or the latest date in the data. Agents are keyed by their name.
class MavenImporter : public SourceImporter
{
    Q_DECLARE_TR_FUNCTIONS(dmc::MavenImporter)

public:
    Result<CrmData> read(ImportSession &session) override;
};

} // namespace dmc
