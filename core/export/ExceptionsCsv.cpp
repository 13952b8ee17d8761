#include "ExceptionsCsv.h"

#include "analytics/risk/RuleSet.h"
#include "csv/CsvWriter.h"

namespace dmc {

QString ExceptionsCsv::write(const RiskResult &result, bool withSnoozed)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("as_of"), QStringLiteral("rule_id"), QStringLiteral("rule"), QStringLiteral("rep_id"),
                QStringLiteral("rep"), QStringLiteral("opportunity_id"), QStringLiteral("opportunity"),
                QStringLiteral("account"), QStringLiteral("stage"), QStringLiteral("category"),
                QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("close_date"),
                QStringLiteral("evidence"), QStringLiteral("snoozed_until"), QStringLiteral("snooze_reason")});
    auto add = [&](const RiskHit &hit) {
        csv.addText(hit.asOf.toString(Qt::ISODate))
            .addText(hit.ruleId)
            .addText(RuleSet::displayName(hit.ruleId))
            .addText(hit.repId)
            .addText(hit.repName)
            .addText(hit.opportunityId)
            .addText(hit.opportunityName)
            .addText(hit.accountName)
            .addText(hit.stage)
            .addText(forecastCategoryKey(hit.category))
            .addMoney(hit.amount)
            .addText(result.reportingCurrency)
            .addText(hit.closeDate.toString(Qt::ISODate))
            .addText(hit.text)
            .addText(hit.snoozed ? hit.snoozedUntil.toString(Qt::ISODate) : QString())
            .addText(hit.snoozeReason);
        csv.endRow();
    };
    for (const RiskHit &hit : result.hits)
        add(hit);
    if (withSnoozed)
        for (const RiskHit &hit : result.snoozed)
            add(hit);
    return csv.text();
}

} // namespace dmc
