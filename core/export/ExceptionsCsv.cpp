#include "ExceptionsCsv.h"

#include "analytics/risk/RuleSet.h"
#include "csv/CsvWriter.h"

namespace dmc {

QList<ExportCsv::Column> ExceptionsCsv::columns()
{
    return {{"as_of", tr("As of")},
            {"rule_id", tr("Rule ID")},
            {"rule", tr("Rule")},
            {"rep_id", tr("Rep ID")},
            {"rep", tr("Rep")},
            {"opportunity_id", tr("Deal ID")},
            {"opportunity", tr("Deal")},
            {"account", tr("Account")},
            {"stage", tr("Stage")},
            {"category", tr("Forecast category")},
            {"amount", tr("Amount")},
            {"currency", tr("Currency")},
            {"close_date", tr("Close date")},
            {"evidence", tr("Evidence")},
            {"snoozed_until", tr("Snoozed until")},
            {"snooze_reason", tr("Snooze reason")}};
}

QString ExceptionsCsv::category(const std::optional<ForecastCategory> &category)
{
    if (!category)
        return {};
    return ExportCsv::localized() ? forecastCategoryName(*category) : forecastCategoryKey(*category);
}

QString ExceptionsCsv::write(const RiskResult &result, bool withSnoozed)
{
    CsvWriter csv(ExportCsv::style());
    csv.addRow(ExportCsv::header(columns()));
    auto add = [&](const RiskHit &hit) {
        csv.addDate(hit.asOf)
            .addText(hit.ruleId)
            .addText(RuleSet::displayName(hit.ruleId))
            .addText(hit.repId)
            .addText(hit.repName)
            .addText(hit.opportunityId)
            .addText(hit.opportunityName)
            .addText(hit.accountName)
            .addText(hit.stage)
            .addText(category(hit.category))
            .addMoney(hit.amount)
            .addText(result.reportingCurrency)
            .addDate(hit.closeDate)
            .addText(hit.text)
            .addDate(hit.snoozed ? hit.snoozedUntil : QDate())
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
