#pragma once

#include "PocDorItem.h"
#include "PocTaskCounts.h"
#include "domain/PocRecords.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dmc {

// One POC at the as-of: its record, its deal, the DOR at its start, criteria, check-ins and tasks
// counted, and the facts in words (docs/definitions.md#pocs).
struct PocScorecard
{
    PocRecord poc;
    bool fromShorthand = false; // read from the deal's poc_* columns, not from pocs.csv
    std::vector<PocCriterion> criteria;
    std::vector<PocCheckIn> checkIns;
    std::vector<PocTask> tasks;

    qint32 opportunity = -1; // Dataset index
    QString dealName;
    QString accountName;
    QString segment;   // the account's segment, "" when none
    qint32 owner = -1; // rep index of the owner at the as-of (the latest import's when absent)
    QString ownerId;
    QString ownerName;
    enum class DealState : quint8 { Open, Won, Lost, Absent } dealState = DealState::Absent;
    QDate wonDate; // close date of the won deal at the as-of

    bool started = false;           // start on or before the as-of
    bool ended = false;             // actual end on or before the as-of
    std::optional<int> elapsedDays; // (actual end, or the as-of while running) - start
    std::optional<int> plannedDays; // planned end - start
    std::optional<int> overrunDays; // days past the planned end (0 when within it)
    std::optional<int> daysLeft;    // running: planned end - as-of, when not past it

    std::vector<PocDorItem> dor;
    bool dorRecorded = false; // every required item could be read (not the shorthand)
    bool dorComplete = false; // recorded and every required item met
    int dorMissing = 0;       // required items missing

    int criteriaMeasurable = 0;
    int criteriaMet = 0;
    int criteriaNotMet = 0;
    int criteriaOpen = 0;
    int criteriaChangedAfterStart = 0;

    int checkInsPlanned = 0;       // planned on or before the as-of
    int checkInsHeldOfPlanned = 0; // of those, held on or before the as-of
    int checkInsHeld = 0;          // every check-in held on or before the as-of
    QDate lastCheckIn;             // the latest held on or before the as-of
    std::optional<int> daysSinceCheckIn;

    PocTaskCounts buyerTasks;
    PocTaskCounts sellerTasks;

    QStringList facts; // descriptive sentences in the current language
};

} // namespace dmc
