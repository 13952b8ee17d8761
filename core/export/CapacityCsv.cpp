#include "CapacityCsv.h"

#include "csv/CsvWriter.h"
#include "export/ExportCsv.h"

namespace dmc {

QString CapacityCsv::setName(const CapacityAssumptions &set)
{
    return set.name.isEmpty() ? tr("As imported") : set.name;
}

QString CapacityCsv::write(const CapacityReport &report)
{
    CsvWriter csv(ExportCsv::style());
    csv.addRow(ExportCsv::header({{"set", tr("Assumption set")},
                                  {"attainment_factor", tr("Attainment factor")},
                                  {"period", tr("Period")},
                                  {"month", tr("Month")},
                                  {"capacity", tr("Ramped capacity")},
                                  {"need", tr("Need")},
                                  {"fre", tr("Fully ramped equivalents")},
                                  {"ramp_loss", tr("Ramp loss")},
                                  {"reps", tr("Reps")}}));
    for (const CapacityPlan &plan : report.plans)
        for (const CapacityPlan::Month &month : plan.months) {
            csv.addText(setName(plan.assumptions))
                .addNumber(plan.assumptions.attainmentFactor, 2)
                .addText(plan.totals[month.periodIndex].period.key())
                .addDate(month.month)
                .addMoney(month.capacity)
                .addMoney(month.need)
                .addNumber(month.fre, 2)
                .addMoney(month.rampLoss)
                .addNumber(qint64(month.reps));
            csv.endRow();
        }
    return csv.text();
}

} // namespace dmc
