#pragma once

#include "PocDigestEntry.h"
#include "analytics/engine/Scope.h"
#include "domain/FiscalPeriod.h"

#include <QDate>
#include <QString>

#include <vector>

namespace dmc {

// The weekly POC digest of a scope (docs/definitions.md#weekly-poc-digest; PocDigestBuilder):
// each POC of the board running or planned at the as-of, or ended after the compare-to date,
// with what changed since that date.
struct PocDigest
{
    QDate asOf;
    QDate since; // the compare-to date; changes are dated after it, up to the as-of
    FiscalPeriod period;
    Scope scope;
    QString scopeName;                // as a person reads it
    std::vector<PocDigestEntry> pocs; // the board's order: by start, then id
};

} // namespace dmc
