#include "PocsCsv.h"

#include "analytics/poc/PocChecklist.h"
#include "analytics/poc/PocText.h"
#include "csv/CsvWriter.h"
#include "export/ExportCsv.h"

namespace dmc {

namespace {

void addOptional(CsvWriter &csv, const std::optional<int> &value)
{
    if (value)
        csv.addNumber(qint64(*value));
    else
        csv.addEmpty();
}

} // namespace

QString PocsCsv::write(const PocBoard &board)
{
    CsvWriter csv(ExportCsv::style());
    csv.addRow(ExportCsv::header({{"poc_id", tr("POC ID")},
                                  {"opportunity_id", tr("Deal ID")},
                                  {"opportunity", tr("Deal")},
                                  {"account", tr("Account")},
                                  {"rep", tr("Rep")},
                                  {"status", tr("Status")},
                                  {"outcome", tr("Outcome")},
                                  {"start_date", tr("Start")},
                                  {"planned_end", tr("Planned end")},
                                  {"actual_end", tr("Actual end")},
                                  {"elapsed_days", tr("Days")},
                                  {"planned_days", tr("Days planned")},
                                  {"overrun_days", tr("Days past planned end")},
                                  {"days_left", tr("Days left")},
                                  {"dor", tr("DOR at start")},
                                  {"dor_missing", tr("DOR items missing")},
                                  {"measurable_criteria", tr("Measurable criteria")},
                                  {"criteria_met", tr("Criteria met")},
                                  {"criteria_not_met", tr("Criteria not met")},
                                  {"criteria_open", tr("Criteria open")},
                                  {"criteria_changed_after_start", tr("Criteria changed after start")},
                                  {"check_ins_planned", tr("Check-ins planned")},
                                  {"check_ins_held", tr("Check-ins held of planned")},
                                  {"last_check_in", tr("Last check-in")},
                                  {"buyer_tasks_open", tr("Buyer tasks open")},
                                  {"buyer_tasks_overdue", tr("Buyer tasks overdue")},
                                  {"seller_tasks_open", tr("Seller tasks open")},
                                  {"seller_tasks_overdue", tr("Seller tasks overdue")},
                                  {"facts", tr("Facts")}}));
    const bool named = ExportCsv::localized();
    for (const PocScorecard &card : board.pocs) {
        const PocRecord &poc = card.poc;
        QString dor = card.dorRecorded ? (card.dorComplete ? QStringLiteral("complete") : QStringLiteral("incomplete"))
                                       : QStringLiteral("not_recorded");
        if (named)
            dor = card.dorRecorded ? (card.dorComplete ? tr("complete") : tr("incomplete")) : tr("not recorded");
        QStringList missing;
        for (const PocDorItem &item : card.dor)
            if (item.required && item.state == PocDorItem::State::Missing)
                missing << (named ? PocChecklist::label(item.id) : item.id);
        csv.addText(poc.id)
            .addText(poc.opportunityId)
            .addText(card.dealName)
            .addText(card.accountName)
            .addText(card.ownerName)
            .addText(named ? PocText::phase(poc.phase) : pocPhaseKey(poc.phase))
            .addText(named ? PocText::outcome(poc.outcome) : pocOutcomeKey(poc.outcome))
            .addDate(poc.start)
            .addDate(poc.plannedEnd)
            .addDate(poc.actualEnd);
        addOptional(csv, card.elapsedDays);
        addOptional(csv, card.plannedDays);
        addOptional(csv, card.overrunDays);
        addOptional(csv, card.daysLeft);
        csv.addText(dor)
            .addText(missing.join(QStringLiteral("; ")))
            .addNumber(qint64(card.criteriaMeasurable))
            .addNumber(qint64(card.criteriaMet))
            .addNumber(qint64(card.criteriaNotMet))
            .addNumber(qint64(card.criteriaOpen))
            .addNumber(qint64(card.criteriaChangedAfterStart))
            .addNumber(qint64(card.checkInsPlanned))
            .addNumber(qint64(card.checkInsHeldOfPlanned))
            .addDate(card.lastCheckIn)
            .addNumber(qint64(card.buyerTasks.open))
            .addNumber(qint64(card.buyerTasks.overdue))
            .addNumber(qint64(card.sellerTasks.open))
            .addNumber(qint64(card.sellerTasks.overdue))
            .addText(card.facts.join(QStringLiteral("; ")));
        csv.endRow();
    }
    return csv.text();
}

} // namespace dmc
