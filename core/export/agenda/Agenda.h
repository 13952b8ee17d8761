#pragma once

#include "analytics/insights/Insight.h"
#include "analytics/numbers/ChangeReason.h"
#include "analytics/numbers/Numbers.h"
#include "analytics/plays/PlaysSummary.h"
#include "domain/FiscalPeriod.h"
#include "domain/ForecastCategory.h"
#include "domain/Money.h"
#include "store/DmAction.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dmc {

// The forecast-call agenda as data (docs/definitions.md#forecast-call-agenda): the header, the scope's numbers with
// the compare-to snapshot's, then one part per rep. Names are resolved, amounts are reporting-
// currency cents; AgendaReport turns it into text, AgendaJson into JSON.
struct Agenda
{
    // One deal's move since the compare-to snapshot.
    struct ChangeLine
    {
        ChangeReason reason = ChangeReason::Unchanged;
        QString opportunityId;
        QString deal;
        QString account;
        Cents fromAmount = 0;
        Cents toAmount = 0;
        Cents delta = 0; // change of the deal's open pipeline in the period
        QDate fromClose;
        QDate toClose;
        std::optional<ForecastCategory> fromCategory;
        std::optional<ForecastCategory> toCategory;
        QString fromStage;
        QString toStage;
        bool removed = false; // lost because it left the CRM export
    };

    // One risk-filter hit with its evidence sentence and what the DM recorded about it.
    struct ExceptionLine
    {
        QString ruleId;
        QString ruleName;
        QString opportunityId;
        QString deal;
        QString account;
        Cents amount = 0;
        QDate closeDate;
        QString stage;
        std::optional<ForecastCategory> category;
        QString evidence;
        bool snoozed = false; // hidden at the as-of by a snooze in force
        QString snoozeReason;
        QDate snoozedUntil;
        // The DM's status and note on the hit (the inspection queue's): open, reviewed, or snoozed (snoozedUntil
        // and snoozeReason then hold the snooze, also one that ended before the as-of).
        DmActionStatus status = DmActionStatus::Open;
        QString note;
    };

    // A risk filter the data cannot feed, and why (it flags nothing in this agenda).
    struct UnavailableLine
    {
        QString ruleId;
        QString ruleName;
        QStringList missing; // DataField keys: "security_review", ...
        QString reason;      // "no deal has a security-review status"
    };

    struct FollowUpLine
    {
        QString text;
        QString opportunityId;
        QString deal;
        QString owner;
        QDate due;
        bool overdue = false; // due before the as-of date
    };

    // One insight the part shows (its first ones in list order, up to the cap).
    struct PatternLine
    {
        QString key;
        QString ruleId;
        Insight::Kind kind = Insight::Kind::Anomaly;
        Insight::State state = Insight::State::New;
        QString text;
        Cents stake = 0;
        QDate when;
        QStringList deals; // opportunity ids behind it
    };

    struct Patterns
    {
        std::vector<PatternLine> lines;
        int more = 0;      // listed beyond the cap
        int dismissed = 0; // dismissed by the DM, numbers within the recorded values
    };

    struct RepPart
    {
        QString repId;
        QString name;
        QString district;
        QString region;
        Numbers numbers;
        Numbers previous;
        Cents pipelineOpening = 0;       // open pipeline in the period at the compare-to snapshot
        Cents pipelineClosing = 0;       // ... and at the as-of
        std::vector<ChangeLine> changes; // Unchanged deals left out
        std::vector<ExceptionLine> exceptions;
        std::vector<ExceptionLine> snoozed;
        QStringList questions;
        std::vector<FollowUpLine> followUps;
        Patterns patterns;
    };

    QString scopeKey;  // Scope::key(): "district:East"
    QString scopeName; // translated: "District East"
    FiscalPeriod period;
    int week = 0; // week N of weeksInPeriod
    int weeksInPeriod = 13;
    QDate asOf;
    std::optional<QDate> compareTo;
    QString currency; // reporting currency code
    double coverageTarget = 3.0;
    Numbers totals;
    Numbers previousTotals;    // zeros when there is no compare-to snapshot
    Patterns patterns;         // insights about the scope, not one rep (its trends, districts at region scope)
    std::vector<RepPart> reps; // in the chosen order
    std::vector<UnavailableLine> unavailable; // enabled filters the data cannot feed
    PlaysSummary plays;                       // the scope's plays and compliance (present: the data has play rows)
    QDateTime generatedAt;
};

} // namespace dmc
