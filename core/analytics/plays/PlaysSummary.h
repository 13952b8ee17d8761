#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace dmc {

class Dataset;
struct Query;

// The short plays / compliance part of the forecast-call agenda and the coaching pack
// (docs/definitions.md#plays-in-the-agenda-and-the-pack), from the plays report of the query: per
// play its eligible deals and adherence, the started-in-parallel rate, the tasks past due by role,
// and the open deals with a play step not done, a required artifact not started at the stage or a
// task past due. Empty (present = false) when the data stores no play, compliance or task row.
// Every text is in the current language and describes; none advises.
class PlaysSummary
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PlaysSummary)

public:
    struct PlayLine
    {
        QString playId;
        QString name;
        int eligible = 0;
        int adherent = 0;
        std::optional<double> adherence; // adherent ÷ eligible
    };
    // An open deal of the query with something the plays data records as not done by the as-of.
    struct DealLine
    {
        QString opportunityId;
        QString deal;
        QString owner;
        Cents amount = 0;
        QString stage;
        QStringList missingSteps;   // "Security review booked (by Proposal)"
        QStringList artifacts;      // "SOC 2: started 2026-05-20, after Discovery entered 2026-05-04"
        QStringList overdueTasks;   // "Send the reseller quote (Partner, due 2026-06-12)"
        QStringList stepIds;        // the missing steps' ids, for JSON
        QStringList artifactIds;    // the artifacts' ids
        QStringList overdueTaskIds; // the tasks' ids
    };

    bool present = false;
    std::vector<PlayLine> plays; // by name
    int artifactsDue = 0;        // required, stage entered, not recorded as not required
    int artifactsInParallel = 0;
    std::optional<double> parallelRate;
    std::array<int, 4> overdueByRole{}; // by TaskRole: open tasks due before the as-of
    std::vector<DealLine> deals;        // largest amount first, then id

    static PlaysSummary build(const Dataset &dataset, const Query &query);

    // The summary sentences: one per play, the started-in-parallel rate, the tasks past due.
    QStringList lines() const;
    // Every text of the part (the guardrail reads them).
    QStringList allText() const;
};

} // namespace dmc
