#include "InsightsCsv.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/insights/InsightRules.h"
#include "csv/CsvWriter.h"
#include "export/ExportCsv.h"

namespace dmc {

QString InsightsCsv::subjectName(Insight::Subject subject)
{
    switch (subject) {
    case Insight::Subject::Deal: return tr("deal");
    case Insight::Subject::Account: return tr("account");
    case Insight::Subject::Rep: return tr("rep");
    case Insight::Subject::District: return tr("district");
    case Insight::Subject::Region: return tr("region");
    case Insight::Subject::Scope: return tr("scope");
    }
    return {};
}

QString InsightsCsv::write(const std::vector<Insight> &insights, const Dataset &dataset, int cap)
{
    CsvWriter csv(ExportCsv::style());
    csv.addRow(ExportCsv::header({{"rank", tr("Rank")},
                                  {"shown", tr("Shown")},
                                  {"state", tr("State")},
                                  {"kind", tr("Kind")},
                                  {"rule_id", tr("Rule ID")},
                                  {"rule", tr("Rule")},
                                  {"key", tr("Key")},
                                  {"subject", tr("Subject")},
                                  {"subject_id", tr("Subject ID")},
                                  {"rep_id", tr("Rep ID")},
                                  {"rep", tr("Rep")},
                                  {"district", tr("District")},
                                  {"stake", tr("At stake")},
                                  {"currency", tr("Currency")},
                                  {"when", tr("When")},
                                  {"text", tr("Pattern")},
                                  {"baseline", tr("Baseline")},
                                  {"baseline_from", tr("Baseline from")},
                                  {"baseline_to", tr("Baseline to")},
                                  {"deals", tr("Deals")},
                                  {"snapshots", tr("Snapshots")},
                                  {"note", tr("Note")}}));
    const bool named = ExportCsv::localized();
    const QString dateFormat = ExportCsv::style().dateFormat;
    int rank = 0;
    for (const Insight &insight : insights) {
        const bool listed = insight.isListed();
        if (listed)
            ++rank;
        QStringList snapshots;
        for (const QDate &date : insight.snapshots)
            snapshots << date.toString(dateFormat);
        if (listed)
            csv.addNumber(qint64(rank));
        else
            csv.addEmpty();
        const bool shown = listed && rank <= cap;
        csv.addText(named ? (shown ? tr("yes") : tr("no")) : (shown ? QStringLiteral("yes") : QStringLiteral("no")))
            .addText(named ? insightStateName(insight.state) : insightStateKey(insight.state))
            .addText(named ? insightKindName(insight.kind) : insightKindKey(insight.kind))
            .addText(insight.ruleId)
            .addText(InsightRules::displayName(insight.ruleId))
            .addText(insight.key)
            .addText(named ? subjectName(insight.subject) : insightSubjectKey(insight.subject))
            .addText(insight.subjectId)
            .addText(insight.repId)
            .addText(insight.repName)
            .addText(insight.district)
            .addMoney(insight.stake)
            .addText(dataset.reportingCurrency())
            .addDate(insight.when)
            .addText(insight.text)
            .addText(insight.baseline.text)
            .addDate(insight.baseline.from)
            .addDate(insight.baseline.to)
            .addText(dataset.opportunityIds(insight.deals).join(u' '))
            .addText(snapshots.join(u' '))
            .addText(insight.note);
        csv.endRow();
    }
    return csv.text();
}

} // namespace dmc
