#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dmc {

enum class DmActionStatus : quint8 { Open, Reviewed, Snoozed };

QString dmActionStatusKey(DmActionStatus status); // "open" | "reviewed" | "snoozed"
std::optional<DmActionStatus> dmActionStatusFromKey(const QString &key);

// The DM's own status and note on an exception (opportunity + rule) or on a deal (rule ""):
// stored beside the CRM data, never in it.
struct DmAction
{
    qint64 id = 0; // 0 until stored
    QString opportunityId;
    QString ruleId; // "" = about the deal itself
    DmActionStatus status = DmActionStatus::Open;
    QDate snoozeUntil; // snoozed: hidden through this date (inclusive)
    QString snoozeReason;
    QString note;
    QString author;
    QString updatedAt; // ISO UTC
    int version = 0;   // 0 until stored; bumps on every write
};

} // namespace dmc
