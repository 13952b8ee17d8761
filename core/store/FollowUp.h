#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dmc {

enum class FollowUpStatus : quint8 { Open, Done };

QString followUpStatusKey(FollowUpStatus status); // "open" | "done"
std::optional<FollowUpStatus> followUpStatusFromKey(const QString &key);

// Something the DM agreed with a rep (optionally about a deal or an exception), due on a date.
struct FollowUp
{
    qint64 id = 0; // 0 until stored
    QString repId;
    QString opportunityId; // may be empty
    QString ruleId;        // may be empty
    QString text;
    QString owner; // who does it (a rep or the DM), free text
    QDate dueDate; // may be null: never "due"
    FollowUpStatus status = FollowUpStatus::Open;
    QDate createdWeek; // Monday of the week it was raised
    QString author;
    QString updatedAt;
    int version = 0;
};

} // namespace dmc
