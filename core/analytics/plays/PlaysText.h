#pragma once

#include "ComplianceFigures.h"
#include "PartnerAttribution.h"
#include "TaskGraph.h"
#include "WithWithoutCell.h"
#include "domain/PlayRecords.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dmc {

// The words of the plays and partners views, commands and exports: names of attributions, roles,
// artifact statuses and matrix states, and the cells that give a value with its n. Describes,
// never advises (docs/definitions.md#descriptive-language).
class PlaysText
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PlaysText)

public:
    static QString attribution(PartnerAttribution attribution);                 // "Sourced", "Influenced", "No partner"
    static QString role(TaskRole role);                                         // "AE", "SE", "Partner", "CS"
    static QString artifactStatus(const std::optional<ArtifactStatus> &status); // none: "No record"
    static QString complianceState(ComplianceCell::State state);
    // "40% (n = 12)", or "n = 4" below the threshold.
    static QString winRate(const WithWithoutCell &cell);
    static QString averageWon(const WithWithoutCell &cell, const QString &currency);
    static QString medianCycle(const WithWithoutCell &cell);
    // "3 tasks to 2026-06-20, 5 days after the close date 2026-06-15"
    static QString chain(const TaskChain &chain);
    // "Discovery: Mutual plan agreed; Proposal: Security review booked"
    static QString missingSteps(const std::vector<PlayStep> &steps);
};

} // namespace dmc
