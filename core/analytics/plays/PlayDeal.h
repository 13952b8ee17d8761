#pragma once

#include "PartnerAttribution.h"
#include "domain/Money.h"

#include <QDate>
#include <QString>

namespace dmc {

// A date of a play's step or task that the data knows by the as-of: set, and on or before it.
inline bool knownBy(const QDate &date, const QDate &asOf)
{
    return date.isValid() && date <= asOf;
}

// A deal of a plays query as the plays and partners views read it (docs/definitions.md#plays-and-partners):
// who owns it, where it stands at the as-of and how a partner is on it.
struct PlayDeal
{
    enum class State : quint8 { Open, Won, Lost };

    qint32 opportunity = -1; // index into Dataset::opportunities()
    QString id;
    QString name;
    QString accountName;
    QString segment;  // the account's; empty: none
    QString industry; // the account's
    QString ownerName;
    QString region; // the owner's
    QString stage;  // at the as-of snapshot
    State state = State::Open;
    Cents amount = 0; // at the as-of snapshot, reporting currency
    QDate created;
    QDate close; // at the as-of snapshot
    // Sort order of the highest open stage reached (won: above every stage; lost: the highest its
    // history shows, read only when a play has steps, the one thing that reads it).
    int reachedOrder = 0;
    PartnerAttribution attribution = PartnerAttribution::None;
    QString primaryPartnerId; // empty: no partner row
    QString primaryPartnerName;
    int partnerRows = 0;
};

} // namespace dmc
