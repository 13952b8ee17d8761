#pragma once

#include "analytics/numbers/HealthTrend.h"
#include "export/agenda/Agenda.h"
#include "domain/Opportunity.h"
#include "store/DmAction.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

class Engine;

// One account on one page, as of a snapshot (docs/exports.md#one-page-briefs): its fields, ARR and
// health with the 30-day change, its deals (open, then won and lost) at the as-of snapshot, its
// renewal and the exceptions of its deals with their evidence and the DM's status. Read-only.
struct AccountBrief
{
    // Closed deals shown at most: the most recent by close date; the rest are counted.
    static constexpr int ClosedDealsShown = 8;

    struct DealLine
    {
        QString opportunityId;
        QString name;
        DealType type = DealType::New;
        QString stage;
        ForecastCategory category = ForecastCategory::Pipeline;
        std::optional<Cents> amount; // reporting currency
        QDate closeDate;
        QString owner;
        bool inSnapshot = false; // else the latest import's values
        // Absent from the as-of snapshot after showing in an earlier one: it left the export and counts
        // as lost (docs/definitions.md#deal-status); stage and amount as last seen.
        QDate lastSeen;
    };

    QString accountId;
    QString name;
    QString segment;
    QString industry;
    QString executiveSponsor;
    Cents arr = 0; // reporting currency
    QDate renewalDate;
    std::optional<int> daysToRenewal; // from the as-of; none when past or unknown
    HealthTrend health;
    QDate asOf;
    QString currency;

    std::vector<DealLine> open;   // by close date (none last), then name
    std::vector<DealLine> closed; // won and lost, latest close date first, at most ClosedDealsShown
    int closedNotShown = 0;       // won and lost beyond ClosedDealsShown
    int wonCount = 0;
    int lostCount = 0;
    Cents openAmount = 0;
    Cents wonAmount = 0;
    Cents lostAmount = 0;
    std::vector<Agenda::ExceptionLine> exceptions; // of its open deals, with the DM's status and note
    std::vector<Agenda::ExceptionLine> snoozed;

    static AccountBrief build(const Engine &engine, const QDate &asOf, qint32 account,
                              const std::vector<DmAction> &actions);
};

} // namespace dmc
