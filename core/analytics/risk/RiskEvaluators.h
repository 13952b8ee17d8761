#pragma once

#include "RiskContext.h"
#include "RiskHit.h"

namespace dmc::risk {

// One evaluator per filter of docs/definitions.md#risk-filters. Each returns true when the deal matches and
// then adds its evidence (facts, moves, readings, elements, snapshot dates) to `hit`.
using Evaluator = bool (*)(const RiskContext &context, RiskHit &hit);

// Timing, from the snapshot rows (TimingRules.cpp).
bool staleStage(const RiskContext &context, RiskHit &hit);
bool pastCloseDate(const RiskContext &context, RiskHit &hit);
bool noRecentActivity(const RiskContext &context, RiskHit &hit);
// Movement between snapshots (MovementRules.cpp).
bool closeDatePushed(const RiskContext &context, RiskHit &hit);
bool amountDropped(const RiskContext &context, RiskHit &hit);
// Qualification, from the opportunity record (QualificationRules.cpp).
bool commitWithoutChampionOrEb(const RiskContext &context, RiskHit &hit);
bool paperProcessUnmapped(const RiskContext &context, RiskHit &hit);
bool securityReviewNotStarted(const RiskContext &context, RiskHit &hit);
bool pocOverrunOrIdle(const RiskContext &context, RiskHit &hit);
bool meddpiccIncomplete(const RiskContext &context, RiskHit &hit);
bool earlyStageCommit(const RiskContext &context, RiskHit &hit);
// The stored POC rows: checklist, criteria, check-ins (PocRules.cpp).
bool pocStartedWithoutDor(const RiskContext &context, RiskHit &hit);
bool pocPastPlannedEnd(const RiskContext &context, RiskHit &hit);
bool pocNoCheckIn(const RiskContext &context, RiskHit &hit);
bool pocCriteriaChanged(const RiskContext &context, RiskHit &hit);
// The stored plays, compliance artifacts and deal tasks (PlayRules.cpp).
bool playStepPastStage(const RiskContext &context, RiskHit &hit);
bool complianceNotStarted(const RiskContext &context, RiskHit &hit);
bool partnerTaskOverdue(const RiskContext &context, RiskHit &hit);
// Account health (RenewalRules.cpp).
bool renewalHealth(const RiskContext &context, RiskHit &hit);

// The evaluator of a rule id, or nullptr.
Evaluator evaluatorFor(const QString &ruleId);

} // namespace dmc::risk
