#include "InsightsCsv.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/insights/InsightRules.h"
#include "csv/CsvWriter.h"

namespace dmc {

QString InsightsCsv::write(const std::vector<Insight> &insights, const Dataset &dataset, int cap)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("rank"),        QStringLiteral("shown"),    QStringLiteral("state"),
                QStringLiteral("kind"),        QStringLiteral("rule_id"),  QStringLiteral("rule"),
                QStringLiteral("key"),         QStringLiteral("subject"),  QStringLiteral("subject_id"),
                QStringLiteral("rep_id"),      QStringLiteral("rep"),      QStringLiteral("district"),
                QStringLiteral("stake"),       QStringLiteral("currency"), QStringLiteral("when"),
                QStringLiteral("text"),        QStringLiteral("baseline"), QStringLiteral("baseline_from"),
                QStringLiteral("baseline_to"), QStringLiteral("deals"),    QStringLiteral("snapshots"),
                QStringLiteral("note")});
    int rank = 0;
    for (const Insight &insight : insights) {
        const bool listed = insight.isListed();
        if (listed)
            ++rank;
        QStringList snapshots;
        for (const QDate &date : insight.snapshots)
            snapshots << date.toString(Qt::ISODate);
        if (listed)
            csv.addNumber(qint64(rank));
        else
            csv.addEmpty();
        csv.addText(listed && rank <= cap ? QStringLiteral("yes") : QStringLiteral("no"))
            .addText(insightStateKey(insight.state))
            .addText(insightKindKey(insight.kind))
            .addText(insight.ruleId)
            .addText(InsightRules::displayName(insight.ruleId))
            .addText(insight.key)
            .addText(insightSubjectKey(insight.subject))
            .addText(insight.subjectId)
            .addText(insight.repId)
            .addText(insight.repName)
            .addText(insight.district)
            .addMoney(insight.stake)
            .addText(dataset.reportingCurrency())
            .addText(insight.when.toString(Qt::ISODate))
            .addText(insight.text)
            .addText(insight.baseline.text)
            .addText(insight.baseline.from.toString(Qt::ISODate))
            .addText(insight.baseline.to.toString(Qt::ISODate))
            .addText(dataset.opportunityIds(insight.deals).join(u' '))
            .addText(snapshots.join(u' '))
            .addText(insight.note);
        csv.endRow();
    }
    return csv.text();
}

} // namespace dmc
