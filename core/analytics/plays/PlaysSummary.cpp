#include "PlaysSummary.h"

#include "AttributionRules.h"
#include "ComplianceArtifacts.h"
#include "PlaysReportBuilder.h"
#include "PlaysText.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/engine/Query.h"
#include "analytics/text/TermLabels.h"
#include "analytics/text/TextFormat.h"

#include <algorithm>
#include <map>

namespace dmc {

PlaysSummary PlaysSummary::build(const Dataset &dataset, const Query &query)
{
    PlaysSummary summary;
    const PlayRecords &records = dataset.plays().records();
    summary.present = !records.plays.empty() || !records.compliance.empty() || !records.tasks.empty();
    if (!summary.present)
        return summary;
    // The shipped attribution rules and artifact list: this part reads no attribution, and the
    // artifacts' names a database gives itself show as their ids.
    static const AttributionRules rules;
    static const ComplianceArtifacts artifacts;
    const PlaysReport report = PlaysReportBuilder(dataset, records, rules, artifacts).build(query);

    for (const PlayFigures &play : report.plays)
        summary.plays.push_back({play.play.id, play.play.name, int(play.deals.size()), play.adherent, play.adherence});
    summary.artifactsDue = report.compliance.due;
    summary.artifactsInParallel = report.compliance.inParallel;
    summary.parallelRate = report.compliance.rate;
    for (const RoleTasks &role : report.tasks.roles)
        summary.overdueByRole[size_t(role.role)] = role.overdue;

    std::map<qint32, DealLine> byDeal; // index into report.deals -> its line
    auto lineOf = [&](qint32 deal) -> DealLine * {
        const PlayDeal &source = report.deals[size_t(deal)];
        if (source.state != PlayDeal::State::Open)
            return nullptr;
        DealLine &line = byDeal[deal];
        if (line.opportunityId.isEmpty()) {
            line.opportunityId = source.id;
            line.deal = source.name;
            line.owner = source.ownerName;
            line.amount = source.amount;
            line.stage = source.stage;
        }
        return &line;
    };
    for (const PlayFigures &play : report.plays)
        for (const PlayDealSteps &steps : play.deals)
            if (!steps.missing.empty())
                if (DealLine *line = lineOf(steps.deal))
                    for (const PlayStep &step : steps.missing) {
                        line->missingSteps << tr("%1: %2 (by %3)", "play: step (by stage)")
                                                  .arg(play.play.name, step.title.isEmpty() ? step.id : step.title,
                                                       TermLabels::stage(step.dueStage));
                        line->stepIds << step.id;
                    }
    for (const ComplianceCell &cell : report.compliance.cells) {
        const bool late = cell.state == ComplianceCell::State::StartedLate;
        if (!late && cell.state != ComplianceCell::State::NotStarted)
            continue;
        if (DealLine *line = lineOf(cell.deal)) {
            const QString stage = TermLabels::stage(cell.stage);
            line->artifacts << (late ? tr("%1: started %2, after %3 entered %4")
                                           .arg(artifacts.label(cell.artifact), TextFormat::date(cell.started), stage,
                                                TextFormat::date(cell.entered))
                                     : tr("%1: not started, %2 entered %3")
                                           .arg(artifacts.label(cell.artifact), stage, TextFormat::date(cell.entered)));
            line->artifactIds << cell.artifact;
        }
    }
    for (const TaskState &task : report.tasks.tasks)
        if (task.overdue)
            if (DealLine *line = lineOf(task.deal)) {
                line->overdueTasks << tr("%1 (%2, due %3)")
                                          .arg(task.task.title.isEmpty() ? task.task.id : task.task.title,
                                               PlaysText::role(task.task.ownerRole), TextFormat::date(task.task.due));
                line->overdueTaskIds << task.task.id;
            }
    for (auto &[deal, line] : byDeal)
        summary.deals.push_back(std::move(line));
    std::sort(summary.deals.begin(), summary.deals.end(), [](const DealLine &a, const DealLine &b) {
        return a.amount != b.amount ? a.amount > b.amount : a.opportunityId < b.opportunityId;
    });
    return summary;
}

QStringList PlaysSummary::lines() const
{
    QStringList lines;
    if (!present)
        return lines;
    for (const PlayLine &play : plays)
        lines << (play.adherence
                      ? tr("%1: %n eligible deal(s); %2 with every step due by their stage done (%3).", nullptr,
                           play.eligible)
                            .arg(play.name, TextFormat::number(play.adherent), TextFormat::percent(*play.adherence))
                      : tr("%1: no eligible deal.").arg(play.name));
    lines << (parallelRate ? tr("Compliance artifacts started in parallel: %1 of %n required at a stage reached (%2).",
                                nullptr, artifactsDue)
                                 .arg(TextFormat::number(artifactsInParallel), TextFormat::percent(*parallelRate))
                           : tr("No required compliance artifact at a stage reached."));
    QStringList roles;
    for (size_t role = 0; role < overdueByRole.size(); ++role)
        if (overdueByRole[role] > 0)
            roles << tr("%1 %2", "role, count")
                         .arg(PlaysText::role(TaskRole(role)), TextFormat::number(overdueByRole[role]));
    lines << (roles.isEmpty()
                  ? tr("No open task past its due date.")
                  : tr("Open tasks past their due date by role: %1.").arg(roles.join(QStringLiteral(", "))));
    return lines;
}

QStringList PlaysSummary::allText() const
{
    QStringList text = lines();
    for (const DealLine &deal : deals)
        text << deal.missingSteps << deal.artifacts << deal.overdueTasks;
    return text;
}

} // namespace dmc
