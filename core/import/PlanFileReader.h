#pragma once

#include "domain/Error.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace dmc {

// A plan file, the quarterly review's `--baseline plan:FILE` (docs/definitions.md#plan-baseline):
// a CSV with columns period, scope, deal_type (optional), decided_deals, won_deals, bookings,
// one row per period, scope and deal type (empty: the scope's total). Read whole and checked
// here; which rows apply (period and scope) the caller decides.
class PlanFileReader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PlanFileReader)

public:
    struct Row
    {
        qint64 line = 0;
        QString period;   // as written, e.g. "2026Q3"
        QString scope;    // as written, e.g. "district:East"
        QString dealType; // "new" | "expansion" | "renewal" | "" (total)
        int decided = 0;
        int won = 0;
        Cents bookings = 0;
    };

    struct Plan
    {
        QString fileName;
        int periodColumn = 0; // 1-based, for messages about a row's period or scope
        int scopeColumn = 0;
        std::vector<Row> rows;
    };

    // BadInput naming file, line and column on a missing column, a number that is not a whole
    // number from 0, won deals above decided ones, an amount that is not money, bookings without
    // a won deal, or an unknown deal type.
    static Result<Plan> read(const QString &path);
};

} // namespace dmc
