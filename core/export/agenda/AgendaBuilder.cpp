#include "AgendaBuilder.h"

#include "AgendaPatterns.h"
#include "AgendaRisks.h"
#include "analytics/engine/Engine.h"
#include "analytics/insights/InsightReview.h"

#include <QHash>
#include <QList>
#include <algorithm>

namespace dmc {

namespace {

QString stageName(const Dataset &dataset, qint32 stage)
{
    return stage >= 0 && size_t(stage) < dataset.stages().size() ? dataset.stages()[size_t(stage)].name : QString();
}

QString accountName(const Dataset &dataset, qint32 opportunity)
{
    const qint32 account = dataset.opportunityAccount(opportunity);
    return account >= 0 ? dataset.accounts()[size_t(account)].name : QString();
}

} // namespace

Agenda::ChangeLine AgendaBuilder::changeLine(const Dataset &dataset, const DealChange &change)
{
    Agenda::ChangeLine line;
    line.reason = change.reason;
    const Opportunity &deal = dataset.opportunity(change.opportunity);
    line.opportunityId = deal.id;
    line.deal = deal.name;
    line.account = accountName(dataset, change.opportunity);
    line.fromAmount = change.fromAmount;
    line.toAmount = change.toAmount;
    line.delta = change.delta;
    line.fromClose = change.fromClose;
    line.toClose = change.toClose;
    line.fromCategory = change.fromCategory;
    line.toCategory = change.toCategory;
    line.fromStage = stageName(dataset, change.fromStage);
    line.toStage = stageName(dataset, change.toStage);
    line.removed = change.removed;
    return line;
}

namespace {

Agenda::FollowUpLine followUpLine(const Dataset &dataset, const FollowUpDue &due, const QDate &asOf)
{
    Agenda::FollowUpLine line;
    line.text = due.text;
    line.opportunityId = due.opportunityId;
    const int opportunity = dataset.opportunityIndex(due.opportunityId);
    line.deal = opportunity >= 0 ? dataset.opportunity(opportunity).name : due.opportunityId;
    line.owner = due.owner;
    line.due = due.dueDate;
    line.overdue = due.dueDate.isValid() && due.dueDate < asOf;
    return line;
}

} // namespace

std::optional<AgendaBuilder::RepOrder> AgendaBuilder::orderFromKey(const QString &key)
{
    if (key == QLatin1String("gap"))
        return RepOrder::Gap;
    if (key == QLatin1String("name"))
        return RepOrder::Name;
    return std::nullopt;
}

QString AgendaBuilder::orderKey(RepOrder order)
{
    return order == RepOrder::Name ? QStringLiteral("name") : QStringLiteral("gap");
}

Agenda AgendaBuilder::build(const Engine &engine, const Query &query, const std::vector<FollowUpDue> &followUps,
                            const Options &options)
{
    const Dataset &dataset = engine.dataset();
    const CockpitResult cockpit = engine.cockpit(query);

    Agenda agenda;
    agenda.scopeKey = query.scope.key();
    agenda.scopeName = query.scope.displayName(dataset);
    agenda.period = cockpit.period;
    agenda.week = FiscalCalendar::weekOfPeriod(cockpit.period, cockpit.asOf);
    agenda.weeksInPeriod = FiscalCalendar::weeksInPeriod(cockpit.period);
    agenda.asOf = cockpit.asOf;
    agenda.compareTo = cockpit.previousAsOf;
    agenda.currency = cockpit.reportingCurrency;
    agenda.coverageTarget = cockpit.coverageTarget;
    agenda.totals = cockpit.totals;
    agenda.previousTotals = cockpit.previousTotals;
    agenda.generatedAt = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();

    // Each rep's own pipeline changes, all from one pass over the two snapshots.
    std::vector<qint32> teamReps;
    for (const TeamRow &row : cockpit.team)
        teamReps.push_back(qint32(dataset.repIndex(row.repId)));
    std::vector<PipelineChanges> changesOfReps;
    if (cockpit.previousAsOf)
        changesOfReps = engine.changesByRep(*cockpit.previousAsOf, cockpit.asOf, teamReps, cockpit.period);

    QHash<QString, QList<const FollowUpDue *>> followUpsOfRep;
    for (const FollowUpDue &due : followUps)
        followUpsOfRep[due.repId].append(&due);

    for (size_t rowIndex = 0; rowIndex < cockpit.team.size(); ++rowIndex) {
        const TeamRow &row = cockpit.team[rowIndex];
        Agenda::RepPart part;
        part.repId = row.repId;
        part.name = row.name;
        part.district = row.district;
        part.region = row.region;
        part.numbers = row.numbers;
        part.previous = row.previous;
        if (cockpit.previousAsOf) {
            const PipelineChanges &changes = changesOfReps[rowIndex];
            part.pipelineOpening = changes.total.opening;
            part.pipelineClosing = changes.total.closing;
            for (const DealChange &change : changes.deals) {
                if (change.reason != ChangeReason::Unchanged)
                    part.changes.push_back(AgendaBuilder::changeLine(dataset, change));
            }
        }
        for (const FollowUpDue *due : followUpsOfRep.value(row.repId))
            part.followUps.push_back(followUpLine(dataset, *due, cockpit.asOf));
        std::sort(part.followUps.begin(), part.followUps.end(),
                  [](const auto &a, const auto &b) { return a.due < b.due; });
        agenda.reps.push_back(std::move(part));
    }

    agenda.plays = PlaysSummary::build(dataset, query);
    AgendaRisks::apply(agenda, engine.exceptions(query), options.questionsPerRep);
    AgendaRisks::applyActions(agenda, options.hitActions);
    AgendaPatterns::apply(agenda, InsightReview::compute(engine, query, options.insightMarks), dataset,
                          engine.settings().insightRepCap);

    if (options.order == RepOrder::Gap) {
        std::stable_sort(agenda.reps.begin(), agenda.reps.end(), [](const auto &a, const auto &b) {
            if (a.numbers.gap != b.numbers.gap)
                return a.numbers.gap > b.numbers.gap;
            return a.name.localeAwareCompare(b.name) < 0;
        });
    } else {
        std::stable_sort(agenda.reps.begin(), agenda.reps.end(),
                         [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    }
    return agenda;
}

} // namespace dmc
