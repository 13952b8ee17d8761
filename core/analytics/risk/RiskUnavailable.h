#pragma once

#include <QString>
#include <QStringList>

namespace dmc {

// A risk filter the loaded data cannot feed: the fields it reads that hold no value at all
// (DataField keys) and one translated sentence saying so. Such a filter flags nothing.
struct RiskUnavailable
{
    QString ruleId;
    QStringList missing; // e.g. "security_review", "snapshot_history"
    QString reason;      // e.g. "no deal has a security-review status"
};

} // namespace dmc
