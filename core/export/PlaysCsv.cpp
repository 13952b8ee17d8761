#include "PlaysCsv.h"

#include "analytics/plays/PlaysText.h"
#include "csv/CsvWriter.h"
#include "export/ExportCsv.h"

namespace dmc {

namespace {

void addRate(CsvWriter &csv, const std::optional<double> &rate)
{
    if (rate)
        csv.addNumber(*rate, 4);
    else
        csv.addEmpty();
}

} // namespace

QString PlaysCsv::partners(const PlaysReport &report)
{
    CsvWriter csv(ExportCsv::style());
    csv.addRow(ExportCsv::header({{"partner_id", tr("Partner ID")},
                                  {"partner", tr("Partner")},
                                  {"capabilities", tr("Capabilities")},
                                  {"segments", tr("Segments")},
                                  {"vehicles", tr("Contract vehicles")},
                                  {"deals", tr("Deals")},
                                  {"sourced_deals", tr("Sourced deals")},
                                  {"sourced_amount", tr("Sourced amount")},
                                  {"influenced_deals", tr("Influenced deals")},
                                  {"influenced_amount", tr("Influenced amount")},
                                  {"co_sell_won", tr("Co-sell won")},
                                  {"co_sell_lost", tr("Co-sell lost")},
                                  {"win_rate", tr("Win rate")}}));
    for (const PartnerRow &p : report.partners.partners) {
        csv.addText(p.id)
            .addText(p.name)
            .addText(joinListCell(p.capabilities))
            .addText(joinListCell(p.segments))
            .addText(joinListCell(p.vehicles))
            .addNumber(qint64(p.deals))
            .addNumber(qint64(p.sourcedDeals))
            .addMoney(p.sourcedAmount)
            .addNumber(qint64(p.influencedDeals))
            .addMoney(p.influencedAmount)
            .addNumber(qint64(p.coSellWon))
            .addNumber(qint64(p.coSellLost));
        addRate(csv, p.winRate);
        csv.endRow();
    }
    return csv.text();
}

QString PlaysCsv::plays(const PlaysReport &report)
{
    CsvWriter csv(ExportCsv::style());
    csv.addRow(ExportCsv::header({{"play_id", tr("Play ID")},
                                  {"play", tr("Play")},
                                  {"opportunity_id", tr("Deal ID")},
                                  {"opportunity", tr("Deal")},
                                  {"rep", tr("Rep")},
                                  {"stage", tr("Stage")},
                                  {"steps_due", tr("Steps due")},
                                  {"steps_done", tr("Steps done")},
                                  {"missing_steps", tr("Missing steps")}}));
    const bool named = ExportCsv::localized();
    for (const PlayFigures &play : report.plays)
        for (const PlayDealSteps &steps : play.deals) {
            const PlayDeal &deal = report.deals[size_t(steps.deal)];
            QStringList missing;
            for (const PlayStep &step : steps.missing)
                missing << step.id;
            csv.addText(play.play.id)
                .addText(play.play.name)
                .addText(deal.id)
                .addText(deal.name)
                .addText(deal.ownerName)
                .addText(deal.stage)
                .addNumber(qint64(steps.due))
                .addNumber(qint64(steps.done))
                .addText(named ? PlaysText::missingSteps(steps.missing) : missing.join(QStringLiteral("; ")));
            csv.endRow();
        }
    return csv.text();
}

QString PlaysCsv::compliance(const PlaysReport &report, const ComplianceArtifacts &artifacts)
{
    static const char *const states[] = {"not_yet_due", "in_parallel",  "started_late",
                                         "not_started", "not_required", "recorded_only"};
    CsvWriter csv(ExportCsv::style());
    csv.addRow(ExportCsv::header({{"opportunity_id", tr("Deal ID")},
                                  {"opportunity", tr("Deal")},
                                  {"artifact", tr("Artifact")},
                                  {"required", tr("Required by a play")},
                                  {"stage", tr("By stage")},
                                  {"entered", tr("Stage entered")},
                                  {"status", tr("Status")},
                                  {"started", tr("Started")},
                                  {"done", tr("Done")},
                                  {"state", tr("In parallel")}}));
    const bool named = ExportCsv::localized();
    for (const ComplianceCell &c : report.compliance.cells) {
        const PlayDeal &deal = report.deals[size_t(c.deal)];
        csv.addText(deal.id)
            .addText(deal.name)
            .addText(named ? artifacts.label(c.artifact) : c.artifact)
            .addNumber(qint64(c.required))
            .addText(c.stage)
            .addDate(c.entered)
            .addText(named ? PlaysText::artifactStatus(c.status)
                           : (c.status ? artifactStatusKey(*c.status) : QString()))
            .addDate(c.started)
            .addDate(c.done)
            .addText(named ? PlaysText::complianceState(c.state) : QString::fromLatin1(states[size_t(c.state)]));
        csv.endRow();
    }
    return csv.text();
}

} // namespace dmc
