#pragma once

#include "domain/ForecastCategory.h"
#include "domain/Money.h"

namespace dmc {

// One snapshot row in compact form (32 bytes: 5.2M rows ~ 166 MB). Strings are interned in the
// Dataset; dates are Julian day numbers (NoDay = none). `amount` is already converted to the
// reporting currency (amount / rate, rounded to the cent); an empty amount counts as 0 in every
// sum and is marked by hasAmount() == false.
struct SnapshotRecord
{
    Cents amount = 0;        // reporting-currency cents
    qint32 opportunity = -1; // index into Dataset::opportunities()
    qint32 owner = -1;       // index into Dataset::reps() (owner at this snapshot)
    DayNumber closeDay = NoDay;
    DayNumber stageEnteredDay = NoDay;
    DayNumber lastActivityDay = NoDay;
    quint16 dateIndex = 0; // index into Dataset::snapshotDates()
    quint8 stage = 0;      // index into Dataset::stages()
    quint8 flags = 0;      // low 3 bits: ForecastCategory; bit 7: amount was empty

    static constexpr quint8 CategoryMask = 0x07;
    static constexpr quint8 NoAmountFlag = 0x80;

    ForecastCategory category() const { return static_cast<ForecastCategory>(flags & CategoryMask); }
    bool hasAmount() const { return !(flags & NoAmountFlag); }
};

static_assert(sizeof(SnapshotRecord) == 32, "keep snapshot rows compact");

} // namespace dmc
