#pragma once

#include "export/agenda/Agenda.h"
#include "analytics/numbers/HealthTrend.h"
#include "domain/Opportunity.h"
#include "store/DmAction.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

class Engine;

// One deal on one page, as of a snapshot (docs/exports.md#one-page-briefs): its numbers at the
// as-of (the latest import where the snapshot lacks the deal), its history across snapshots (each
// snapshot where stage, category, amount, close date or owner changed), MEDDPICC, POC, renewal
// fields, the DM's status and notes and its exceptions with their evidence as the inspection queue
// shows them. Read-only: built from the engine and the DM's stored actions.
struct DealBrief
{
    // The deal at one snapshot where something changed (the first one it shows in, too).
    struct Step
    {
        QDate snapshot;
        QString stage;
        ForecastCategory category = ForecastCategory::Pipeline;
        std::optional<Cents> amount;
        QDate closeDate;
        QString owner;
        // What changed since the snapshot before; all false on the first.
        bool stageChanged = false;
        bool categoryChanged = false;
        bool amountChanged = false;
        bool closeDateChanged = false;
        bool ownerChanged = false;
        bool first = false;
    };

    QString opportunityId;
    QString name;
    QString accountId;
    QString accountName;
    QString owner;
    QString district;
    QDate asOf;
    QString currency;        // reporting
    bool inSnapshot = false; // the as-of snapshot holds the deal (else the latest import's values)
    DealType type = DealType::New;
    QString stage;
    ForecastCategory category = ForecastCategory::Pipeline;
    std::optional<Cents> amount; // reporting currency
    QDate closeDate;
    QDate createdDate;
    std::optional<int> ageDays; // created -> as-of
    QDate stageEnteredDate;
    std::optional<int> daysInStage;
    QDate lastActivityDate;
    QString nextStep;
    QString source;
    QString partner;
    QString lossReason;
    QString competitor;
    int pushCount = 0;         // snapshots up to the as-of where the close date moved later
    std::vector<Step> history; // oldest first, snapshots up to the as-of
    Meddpicc meddpicc;
    Poc poc;
    std::optional<ReviewStatus> securityReview;
    std::optional<ReviewStatus> legalReview;

    // The account's renewal fields, when the deal has an account.
    QDate renewalDate;
    Cents arr = 0;
    HealthTrend health; // the watchlist's 30-day window
    QString executiveSponsor;

    std::vector<DmAction> actions;                 // the DM's actions on the deal (any rule), by rule
    std::vector<Agenda::ExceptionLine> exceptions; // visible hits, with the DM's status and note
    std::vector<Agenda::ExceptionLine> snoozed;    // hidden by a snooze in force

    // `opportunity` an index into the dataset; `actions` every stored DM action (DmActions::hitActions).
    static DealBrief build(const Engine &engine, const QDate &asOf, qint32 opportunity,
                           const std::vector<DmAction> &actions);
};

} // namespace dmc
