#pragma once

#include "AttributionRules.h"
#include "ComplianceArtifacts.h"
#include "PlaysReport.h"
#include "domain/PlayRecords.h"

#include <QHash>

namespace dmc {

class Dataset;
struct Query;

// Builds the plays and partners of a query (docs/definitions.md#plays-and-partners) from the stored
// play rows (PlayReader) and the Dataset: the deals owned in the scope at the as-of snapshot that
// are open there or were decided with the close date in the period, their attribution by the
// rules, the plays they meet with the steps due by their stage, their compliance artifacts against
// the stage each play names, and their tasks.
class PlaysReportBuilder
{
public:
    PlaysReportBuilder(const Dataset &dataset, const PlayRecords &records, const AttributionRules &rules,
                       const ComplianceArtifacts &artifacts);

    PlaysReport build(const Query &query) const;

    // Whether a deal meets a play's criteria (an empty list matches any value).
    static bool meets(const Play &play, const PlayDeal &deal, const QString &dealType);
    // The median of day counts (mean of the two middle values); none for none.
    static std::optional<double> median(std::vector<int> values);
    // The sort order of a stage of the dataset's ladder; -1: not in it.
    static int stageOrder(const Dataset &dataset, const QString &stage);
    // When a deal entered a stage of at least `order` by the snapshot `dateIndex`: its stage-entered
    // date at the first such snapshot (a won deal has passed every stage), else that snapshot's
    // date; invalid: not yet (docs/definitions.md#compliance-in-parallel).
    static QDate enteredStage(const Dataset &dataset, qint32 opportunity, int order, int dateIndex);

private:
    PlayDeal dealAt(qint32 opportunity, const struct SnapshotRecord &row, const QDate &asOf) const;
    void reachLostDeals(std::vector<PlayDeal> &deals, int dateIndex) const;
    void attribute(PlayDeal &deal, const QDate &asOf) const;
    int stageOrder(const QString &stage) const { return stageOrder(m_dataset, stage); }
    void partnerFigures(PlaysReport &report, int dateIndex) const;
    void playFigures(PlaysReport &report, const QDate &asOf) const;
    void complianceFigures(PlaysReport &report, int dateIndex, const QDate &asOf) const;
    void taskGraph(PlaysReport &report, const QDate &asOf) const;

    const Dataset &m_dataset;
    const PlayRecords &m_records;
    const AttributionRules &m_rules;
    const ComplianceArtifacts &m_artifacts;
    QHash<QString, std::vector<const OpportunityPartner *>> m_partnersOf; // by deal id
    QHash<QString, const Partner *> m_partnerById;
    std::vector<OpportunityPartner> m_shorthand; // the opportunity's partner column, for deals without rows
};

} // namespace dmc
