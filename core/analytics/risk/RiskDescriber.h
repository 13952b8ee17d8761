#pragma once

#include "RiskHit.h"

#include <QCoreApplication>
#include <QString>

namespace dmc {

// The descriptive sentence of a risk hit in the current language: values, dates, limits and
// windows, never advice or a verdict (docs/definitions.md#descriptive-language). Called again after a language change.
class RiskDescriber
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RiskDescriber)

public:
    static QString describe(const RiskHit &hit, const QString &currency);
    // "In Proposal since 2026-09-01: 47 days (limit 30)." and friends, one per rule.
    static QString reviewStatusName(const QString &key);
    static QString snoozeLine(const RiskHit &hit); // "Snoozed until 2026-10-01: reason"
};

} // namespace dmc
