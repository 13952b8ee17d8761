#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// What the DM recorded about one hit (deal + rule): status, note, snooze and follow-up, as
// DmActions holds it (the action store's dm_action row and the hit's open follow-up together).
struct DealAction
{
    enum class Status { Open, Reviewed, Snoozed };

    Status status = Status::Open;
    QString note;
    QDate snoozeUntil;
    QString snoozeReason;
    QDate followUpDue;
    QString followUpText;

    bool isEmpty() const
    {
        return status == Status::Open && note.isEmpty() && !followUpDue.isValid() && followUpText.isEmpty();
    }
    friend bool operator==(const DealAction &, const DealAction &) = default;
};

} // namespace dmc
