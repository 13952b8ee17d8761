#pragma once

#include "analytics/capacity/TerritoryBalance.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

class Dataset;

// `dmcockpit territories --csv`: one row per active rep (values and balance indices), then one
// row per account listed apart, in the output language's CSV format (ExportCsv).
class TerritoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(dmc::TerritoryCsv)

public:
    static QString write(const TerritoryBalance &balance, const Dataset &dataset);
};

} // namespace dmc
