// Play filters, from the stored plays, play steps, compliance artifacts and deal tasks
// (Dataset::plays()), read at the as-of as the plays and partners dock reads them
// (PlaysReportBuilder: the play criteria, the steps due by a stage, the stage a play names for its
// artifacts). One hit per deal and filter, listing every play step, artifact or task concerned.
#include "RiskEvaluators.h"
#include "analytics/plays/ComplianceArtifacts.h"
#include "analytics/plays/PlaysReportBuilder.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace dmc::risk {

namespace {

// The deal as the play criteria read it: account segment and industry, the owner's region, the
// amount and the stage at the as-of snapshot (an open deal has reached its current stage).
PlayDeal playDeal(const RiskContext &c)
{
    PlayDeal deal;
    deal.opportunity = c.row.opportunity;
    deal.id = c.opportunity.id;
    if (const qint32 account = c.data.opportunityAccount(c.row.opportunity); account >= 0) {
        const Account &a = c.data.accounts()[size_t(account)];
        deal.segment = a.segment;
        deal.industry = a.industry;
    }
    if (c.row.owner >= 0)
        deal.region = c.data.reps()[size_t(c.row.owner)].rep.region;
    const Stage &stage = c.data.stages()[c.row.stage];
    deal.stage = stage.name;
    deal.amount = c.row.amount;
    deal.reachedOrder = stage.sortOrder;
    return deal;
}

// The stored plays the deal meets, by name then id (the order of the plays dock).
std::vector<const Play *> playsMet(const RiskContext &c, const PlayDeal &deal)
{
    const QString type = dealTypeKey(c.opportunity.type);
    std::vector<const Play *> met;
    for (const Play &play : c.data.plays().plays())
        if (PlaysReportBuilder::meets(play, deal, type))
            met.push_back(&play);
    std::sort(met.begin(), met.end(), [](const Play *a, const Play *b) {
        const int order = QString::compare(a->name, b->name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a->id < b->id;
    });
    return met;
}

} // namespace

bool playStepPastStage(const RiskContext &c, RiskHit &hit)
{
    const DatasetPlays &plays = c.data.plays();
    const PlayDeal deal = playDeal(c);
    QSet<QString> done; // the steps a task done by the as-of carries out
    for (const DealTask &task : plays.tasksOf(c.row.opportunity))
        if (!task.stepId.isEmpty() && knownBy(task.done, c.asOf))
            done.insert(task.stepId);
    struct Missing
    {
        const Play *play;
        const PlayStep *step;
    };
    std::vector<Missing> missing;
    for (const Play *play : playsMet(c, deal)) {
        std::vector<const PlayStep *> steps;
        for (const PlayStep &step : plays.stepsOf(*play)) {
            const int order = PlaysReportBuilder::stageOrder(c.data, step.dueStage);
            if (order >= 0 && order <= deal.reachedOrder && !done.contains(step.id))
                steps.push_back(&step);
        }
        std::stable_sort(steps.begin(), steps.end(), [&](const PlayStep *a, const PlayStep *b) {
            return PlaysReportBuilder::stageOrder(c.data, a->dueStage)
                < PlaysReportBuilder::stageOrder(c.data, b->dueStage);
        });
        for (const PlayStep *step : steps)
            missing.push_back({play, step});
    }
    if (missing.empty())
        return false;
    hit.facts.push_back(RiskFact::ofText(QStringLiteral("stage"), deal.stage));
    hit.facts.push_back(RiskFact::ofCount(QStringLiteral("missing"), qint64(missing.size())));
    // Numbered, so the JSON evidence names each one: play_1, step_1, due_stage_1, ...
    for (size_t i = 0; i < missing.size(); ++i) {
        const QString n = QString::number(i + 1);
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("play_") + n, missing[i].play->name));
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("step_") + n, missing[i].step->title));
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("due_stage_") + n, missing[i].step->dueStage));
    }
    hit.snapshots.push_back(c.asOf);
    return true;
}

bool complianceNotStarted(const RiskContext &c, RiskHit &hit)
{
    const DatasetPlays &plays = c.data.plays();
    const PlayDeal deal = playDeal(c);
    // artifact id -> the earliest stage a play the deal meets names for it, and that play
    struct Required
    {
        int order;
        const Play *play;
    };
    std::map<QString, Required> required;
    for (const Play *play : playsMet(c, deal)) {
        const int order = PlaysReportBuilder::stageOrder(c.data, play->artifactStage);
        if (order < 0)
            continue;
        for (const QString &artifact : play->artifacts) {
            const QString id = artifact.toLower();
            const auto it = required.find(id);
            if (it == required.end() || order < it->second.order)
                required[id] = {order, play};
        }
    }
    struct Late
    {
        QString artifact;
        const Play *play;
        QDate entered;
        QDate started; // invalid: not started by the as-of
    };
    std::vector<Late> late;
    const auto records = plays.complianceOf(c.row.opportunity);
    for (const auto &[id, need] : required) {
        const ComplianceRecord *record = nullptr;
        for (const ComplianceRecord &r : records)
            if (r.artifact == id)
                record = &r;
        if (record && record->status == ArtifactStatus::NotRequired)
            continue;
        const QDate entered = PlaysReportBuilder::enteredStage(c.data, c.row.opportunity, need.order, c.dateIndex);
        if (!entered.isValid())
            continue;
        const QDate started = record && knownBy(record->started, c.asOf) ? record->started : QDate();
        if (started.isValid() && started <= entered)
            continue;
        late.push_back({id, need.play, entered, started});
    }
    if (late.empty())
        return false;
    // In the shipped list's order (FedRAMP, ..., VPAT, SOC 2, ...), as the compliance matrix lists them.
    static const ComplianceArtifacts shipped;
    std::stable_sort(late.begin(), late.end(), [](const Late &a, const Late &b) {
        const int ao = shipped.orderOf(a.artifact), bo = shipped.orderOf(b.artifact);
        return ao != bo ? ao < bo : a.artifact < b.artifact;
    });
    hit.facts.push_back(RiskFact::ofCount(QStringLiteral("artifacts"), qint64(late.size())));
    // Numbered: artifact_1 (the list's id), play_1, stage_1, entered_1, started_1 (when started late), ...
    for (size_t i = 0; i < late.size(); ++i) {
        const QString n = QString::number(i + 1);
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("artifact_") + n, late[i].artifact));
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("play_") + n, late[i].play->name));
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("stage_") + n, late[i].play->artifactStage));
        hit.facts.push_back(RiskFact::ofDate(QStringLiteral("entered_") + n, late[i].entered));
        if (late[i].started.isValid())
            hit.facts.push_back(RiskFact::ofDate(QStringLiteral("started_") + n, late[i].started));
    }
    hit.snapshots.push_back(c.asOf);
    return true;
}

bool partnerTaskOverdue(const RiskContext &c, RiskHit &hit)
{
    std::vector<const DealTask *> overdue;
    for (const DealTask &task : c.data.plays().tasksOf(c.row.opportunity))
        if (task.ownerRole == TaskRole::Partner && !knownBy(task.done, c.asOf) && task.due.isValid()
            && task.due < c.asOf)
            overdue.push_back(&task);
    if (overdue.empty())
        return false;
    std::stable_sort(overdue.begin(), overdue.end(), [](const DealTask *a, const DealTask *b) {
        return a->due != b->due ? a->due < b->due : a->id < b->id;
    });
    hit.facts.push_back(RiskFact::ofCount(QStringLiteral("overdue"), qint64(overdue.size())));
    // Numbered: task_id_1, task_1 (title), due_1, days_past_due_1, ...
    for (size_t i = 0; i < overdue.size(); ++i) {
        const QString n = QString::number(i + 1);
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("task_id_") + n, overdue[i]->id));
        hit.facts.push_back(RiskFact::ofText(QStringLiteral("task_") + n, overdue[i]->title));
        hit.facts.push_back(RiskFact::ofDate(QStringLiteral("due_") + n, overdue[i]->due));
        hit.facts.push_back(RiskFact::ofDays(QStringLiteral("days_past_due_") + n, overdue[i]->due.daysTo(c.asOf)));
    }
    hit.snapshots.push_back(c.asOf);
    return true;
}

} // namespace dmc::risk
