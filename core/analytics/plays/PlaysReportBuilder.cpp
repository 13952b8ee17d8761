#include "PlaysReportBuilder.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/dataset/HistoryUpTo.h"
#include "analytics/dataset/RowsReleasedBehind.h"
#include "analytics/engine/Query.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <map>

namespace dmc {

namespace {

bool listMatches(const QStringList &list, const QString &value)
{
    return list.isEmpty() || list.contains(value, Qt::CaseInsensitive);
}

bool byName(const QString &a, const QString &aId, const QString &b, const QString &bId)
{
    const int order = QString::compare(a, b, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : aId < bId;
}

// The longer chain; of two as long, the one ending later, then the one whose last task id is smaller.
bool longer(const TaskChain &a, const std::optional<TaskChain> &b)
{
    if (!b)
        return true;
    if (a.length() != b->length())
        return a.length() > b->length();
    if (a.end != b->end)
        return a.end.isValid() && (!b->end.isValid() || a.end > b->end);
    return a.tasks.last() < b->tasks.last();
}

} // namespace

QString partnerAttributionKey(PartnerAttribution attribution)
{
    switch (attribution) {
    case PartnerAttribution::Sourced: return QStringLiteral("sourced");
    case PartnerAttribution::Influenced: return QStringLiteral("influenced");
    case PartnerAttribution::None: return QStringLiteral("none");
    }
    return {};
}

PlaysReportBuilder::PlaysReportBuilder(const Dataset &dataset, const PlayRecords &records,
                                       const AttributionRules &rules, const ComplianceArtifacts &artifacts)
    : m_dataset(dataset)
    , m_records(records)
    , m_rules(rules)
    , m_artifacts(artifacts)
{
    for (const Partner &partner : records.partners)
        m_partnerById.insert(partner.id, &partner);
    QSet<QString> withRows;
    for (const OpportunityPartner &link : records.opportunityPartners)
        withRows.insert(link.opportunityId);
    // A deal without a partner row whose partner column names one is read as one primary partner
    // row without dates (docs/definitions.md#partner-attribution).
    for (const Opportunity &deal : dataset.opportunities())
        if (!deal.partner.isEmpty() && !withRows.contains(deal.id))
            m_shorthand.push_back(OpportunityPartner{deal.id, deal.partner, {}, true, {}, {}});
    for (const OpportunityPartner &link : records.opportunityPartners)
        m_partnersOf[link.opportunityId].push_back(&link);
    for (const OpportunityPartner &link : m_shorthand)
        m_partnersOf[link.opportunityId].push_back(&link);
}

std::optional<double> PlaysReportBuilder::median(std::vector<int> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

bool PlaysReportBuilder::meets(const Play &play, const PlayDeal &deal, const QString &dealType)
{
    return listMatches(play.segments, deal.segment) && listMatches(play.industries, deal.industry)
        && listMatches(play.types, dealType) && listMatches(play.regions, deal.region)
        && (!play.minAmount || deal.amount >= *play.minAmount) && (!play.maxAmount || deal.amount < *play.maxAmount);
}

int PlaysReportBuilder::stageOrder(const Dataset &dataset, const QString &stage)
{
    const int index = dataset.stageIndex(stage);
    return index < 0 ? -1 : dataset.stages()[size_t(index)].sortOrder;
}

PlayDeal PlaysReportBuilder::dealAt(qint32 opportunity, const SnapshotRecord &row, const QDate &asOf) const
{
    const Opportunity &source = m_dataset.opportunity(opportunity);
    PlayDeal deal;
    deal.opportunity = opportunity;
    deal.id = source.id;
    deal.name = source.name;
    if (const qint32 account = m_dataset.opportunityAccount(opportunity); account >= 0) {
        const Account &a = m_dataset.accounts()[size_t(account)];
        deal.accountName = a.name;
        deal.segment = a.segment;
        deal.industry = a.industry;
    }
    if (row.owner >= 0) {
        deal.ownerName = m_dataset.reps()[size_t(row.owner)].rep.name;
        deal.region = m_dataset.reps()[size_t(row.owner)].rep.region;
    }
    const Stage &stage = m_dataset.stages()[row.stage];
    deal.stage = stage.name;
    deal.amount = row.amount;
    deal.created = source.createdDate;
    if (row.closeDay != NoDay)
        deal.close = QDate::fromJulianDay(row.closeDay);
    switch (m_dataset.status(row)) {
    case Dataset::Status::Open:
        deal.state = PlayDeal::State::Open;
        deal.reachedOrder = stage.sortOrder;
        break;
    case Dataset::Status::Won:
        deal.state = PlayDeal::State::Won;
        deal.reachedOrder = INT_MAX; // a won deal has passed every stage
        break;
    case Dataset::Status::Lost:
        deal.state = PlayDeal::State::Lost;
        deal.reachedOrder = -1; // its history's highest open stage: reachLostDeals
        break;
    }
    attribute(deal, asOf);
    return deal;
}

// A lost deal's highest open stage in its history by the as-of. The histories are read in row order
// with their pages given back behind (RowsReleasedBehind): read deal by deal, a company's lost
// deals paged in nearly every week's rows of the image.
void PlaysReportBuilder::reachLostDeals(std::vector<PlayDeal> &deals, int dateIndex) const
{
    std::vector<std::pair<quint32, quint32>> rowsOfLost; // (index into rows(), index into deals)
    for (size_t i = 0; i < deals.size(); ++i)
        if (deals[i].state == PlayDeal::State::Lost)
            for (const quint32 at : historyUpTo(m_dataset, deals[i].opportunity, dateIndex))
                rowsOfLost.emplace_back(at, quint32(i));
    std::sort(rowsOfLost.begin(), rowsOfLost.end());
    RowsReleasedBehind rows(m_dataset);
    for (const auto &[at, deal] : rowsOfLost) {
        const SnapshotRecord &row = rows[at];
        if (m_dataset.status(row) == Dataset::Status::Open)
            deals[deal].reachedOrder = std::max(deals[deal].reachedOrder, m_dataset.stages()[row.stage].sortOrder);
    }
}

// docs/definitions.md#partner-attribution
void PlaysReportBuilder::attribute(PlayDeal &deal, const QDate &asOf) const
{
    const Opportunity &source = m_dataset.opportunity(deal.opportunity);
    const std::vector<const OpportunityPartner *> links = m_partnersOf.value(deal.id);
    deal.partnerRows = int(links.size());
    // A partner source of the rules, or one the import profile's source_groups table puts in the
    // partner group (the default table is not read here: the rules' list stands for it).
    bool sourced = m_rules.isPartnerSource(source.source)
        || m_dataset.sourceGroups().listedGroupOf(source.source) == SourceGroup::Partner;
    bool influenced = false;
    const OpportunityPartner *primary = nullptr;
    const OpportunityPartner *decider = nullptr;
    int deciderRank = 3; // 0 sourced, 1 influenced
    QDate deciderDate;
    const QDate until = deal.close.isValid() ? std::min(deal.close, asOf) : asOf;
    for (const OpportunityPartner *link : links) {
        if (link->isPrimary)
            primary = link;
        const QDate registered = m_rules.registrationCountsAsSourced() && knownBy(link->registeredDate, asOf)
            ? link->registeredDate
            : QDate();
        const QDate touch = knownBy(link->firstTouchDate, asOf) ? link->firstTouchDate : QDate();
        int rank = 3;
        QDate date;
        if (deal.created.isValid()
            && ((registered.isValid() && registered <= deal.created) || (touch.isValid() && touch <= deal.created))) {
            rank = 0;
            date = registered.isValid() && (!touch.isValid() || registered < touch) ? registered : touch;
            sourced = true;
        } else if (touch.isValid() && (!deal.created.isValid() || touch > deal.created) && touch <= until) {
            rank = 1;
            date = touch;
            influenced = true;
        }
        if (rank < deciderRank || (rank == deciderRank && rank < 3 && date < deciderDate)) {
            decider = link;
            deciderRank = rank;
            deciderDate = date;
        }
    }
    deal.attribution = sourced ? PartnerAttribution::Sourced
                               : (influenced ? PartnerAttribution::Influenced : PartnerAttribution::None);
    if (!primary)
        primary = decider;
    if (!primary && !links.empty())
        primary = *std::min_element(links.begin(), links.end(),
                                    [](const auto *a, const auto *b) { return a->partnerId < b->partnerId; });
    if (primary) {
        deal.primaryPartnerId = primary->partnerId;
        const Partner *partner = m_partnerById.value(primary->partnerId);
        deal.primaryPartnerName = partner ? partner->name : primary->partnerId;
    }
}

QDate PlaysReportBuilder::enteredStage(const Dataset &dataset, qint32 opportunity, int order, int dateIndex)
{
    // Oldest first, up to `dateIndex`: the first such snapshot ends the walk (a company's
    // compliance read every week of every deal before).
    for (const quint32 at : historyUpTo(dataset, opportunity, dateIndex)) {
        const SnapshotRecord &row = dataset.rows()[at];
        const Dataset::Status status = dataset.status(row);
        if (status == Dataset::Status::Lost)
            continue;
        if (status == Dataset::Status::Won || dataset.stages()[row.stage].sortOrder >= order)
            return row.stageEnteredDay != NoDay ? QDate::fromJulianDay(row.stageEnteredDay)
                                                : dataset.snapshotDate(row.dateIndex);
    }
    return {};
}

PlaysReport PlaysReportBuilder::build(const Query &query) const
{
    PlaysReport report;
    report.asOf = query.asOf;
    report.period = query.period;
    report.scope = query.scope;
    report.minimumN = m_rules.minimumN();
    report.hasData = !m_records.isEmpty() || !m_shorthand.empty();
    const int dateIndex = m_dataset.latestSnapshotOnOrBefore(query.asOf);
    if (dateIndex < 0)
        return report;
    // Chosen first, so the deals are allocated once: grown by doubling, a company's 200k deals
    // at 300k held half as much again while the last copy ran.
    std::vector<const SnapshotRecord *> chosen;
    for (const SnapshotRecord &row : m_dataset.rowsAt(dateIndex)) {
        if (row.owner < 0 || !m_dataset.repInScope(row.owner, query.scope))
            continue;
        const bool open = m_dataset.status(row) == Dataset::Status::Open;
        const bool decidedInPeriod =
            !open && row.closeDay != NoDay && query.period.contains(QDate::fromJulianDay(row.closeDay));
        if (open || decidedInPeriod)
            chosen.push_back(&row);
    }
    report.deals.reserve(chosen.size());
    for (const SnapshotRecord *row : chosen)
        report.deals.push_back(dealAt(row->opportunity, *row, query.asOf));
    // Only a play's steps read how far a lost deal got.
    if (!m_records.steps.empty())
        reachLostDeals(report.deals, dateIndex);
    std::sort(report.deals.begin(), report.deals.end(),
              [](const PlayDeal &a, const PlayDeal &b) { return a.id < b.id; });
    partnerFigures(report, dateIndex);
    playFigures(report, query.asOf);
    complianceFigures(report, dateIndex, query.asOf);
    taskGraph(report, query.asOf);
    return report;
}

// docs/definitions.md#with-and-without-a-partner, #partner-coverage
void PlaysReportBuilder::partnerFigures(PlaysReport &report, int dateIndex) const
{
    PartnerFigures &figures = report.partners;
    const int minimumN = report.minimumN;
    struct Sample
    {
        int decided = 0, won = 0;
        Cents wonAmount = 0;
        std::vector<int> cycles;
    };
    std::map<QString, std::pair<Sample, Sample>> bySegment; // segment -> (with, without)
    std::pair<Sample, Sample> all;
    for (const PlayDeal &deal : report.deals) {
        AttributionShare &share = figures.split[size_t(deal.attribution)];
        ++share.deals;
        share.amount += deal.amount;
        if (deal.state == PlayDeal::State::Open) {
            ++share.openDeals;
            share.openAmount += deal.amount;
            ++figures.coverage.openDeals;
            figures.coverage.openAmount += deal.amount;
            if (deal.partnerRows > 0) {
                ++figures.coverage.withPartnerDeals;
                figures.coverage.withPartnerAmount += deal.amount;
            }
            continue;
        }
        const bool won = deal.state == PlayDeal::State::Won;
        if (won) {
            ++share.wonDeals;
            share.wonAmount += deal.amount;
        }
        const bool with = deal.attribution != PartnerAttribution::None;
        for (Sample *sample : {with ? &bySegment[deal.segment].first : &bySegment[deal.segment].second,
                               with ? &all.first : &all.second}) {
            ++sample->decided;
            if (!won)
                continue;
            ++sample->won;
            sample->wonAmount += deal.amount;
            if (deal.created.isValid() && deal.close.isValid())
                sample->cycles.push_back(int(deal.created.daysTo(deal.close)));
        }
    }
    if (figures.coverage.openAmount > 0)
        figures.coverage.share = double(figures.coverage.withPartnerAmount) / double(figures.coverage.openAmount);
    auto cell = [&](const Sample &sample) {
        WithWithoutCell c;
        c.decided = sample.decided;
        c.won = sample.won;
        c.cycleN = int(sample.cycles.size());
        if (c.decided >= minimumN)
            c.winRate = double(c.won) / double(c.decided);
        if (c.won >= minimumN)
            c.averageWon = qRound64(double(sample.wonAmount) / double(c.won));
        if (c.cycleN >= minimumN)
            c.medianCycleDays = median(sample.cycles);
        return c;
    };
    for (const auto &[segment, samples] : bySegment)
        if (!segment.isEmpty())
            figures.withWithout.push_back({segment, false, cell(samples.first), cell(samples.second)});
    if (auto it = bySegment.find(QString()); it != bySegment.end())
        figures.withWithout.push_back({QString(), false, cell(it->second.first), cell(it->second.second)});
    figures.withWithout.push_back({QString(), true, cell(all.first), cell(all.second)});

    // --- partners: the rows of partners.csv and the partner column's names, with their deals
    QHash<QString, size_t> rowOf;
    auto rowFor = [&](const QString &id) -> PartnerRow & {
        auto it = rowOf.constFind(id);
        if (it == rowOf.constEnd()) {
            PartnerRow row;
            row.id = id;
            row.name = id;
            if (const Partner *partner = m_partnerById.value(id)) {
                row.name = partner->name;
                row.capabilities = partner->capabilities;
                row.segments = partner->segments;
                row.vehicles = partner->vehicles;
            }
            figures.partners.push_back(row);
            it = rowOf.insert(id, figures.partners.size() - 1);
        }
        return figures.partners[*it];
    };
    for (const Partner &partner : m_records.partners)
        rowFor(partner.id);
    for (const PlayDeal &deal : report.deals) {
        for (const OpportunityPartner *link : m_partnersOf.value(deal.id))
            ++rowFor(link->partnerId).deals;
        if (deal.primaryPartnerId.isEmpty())
            continue;
        PartnerRow &row = rowFor(deal.primaryPartnerId);
        if (deal.attribution == PartnerAttribution::Sourced) {
            ++row.sourcedDeals;
            row.sourcedAmount += deal.amount;
        } else if (deal.attribution == PartnerAttribution::Influenced) {
            ++row.influencedDeals;
            row.influencedAmount += deal.amount;
        }
    }
    // Co-sell: the scope's deals decided at the as-of snapshot, whatever the close date.
    for (const SnapshotRecord &row : m_dataset.rowsAt(dateIndex)) {
        if (row.owner < 0 || !m_dataset.repInScope(row.owner, report.scope))
            continue;
        const Dataset::Status status = m_dataset.status(row);
        if (status == Dataset::Status::Open)
            continue;
        for (const OpportunityPartner *link : m_partnersOf.value(m_dataset.opportunity(row.opportunity).id)) {
            PartnerRow &partner = rowFor(link->partnerId);
            (status == Dataset::Status::Won ? partner.coSellWon : partner.coSellLost) += 1;
        }
    }
    for (PartnerRow &row : figures.partners) {
        const int decided = row.coSellWon + row.coSellLost;
        if (decided >= minimumN)
            row.winRate = double(row.coSellWon) / double(decided);
    }
    std::sort(figures.partners.begin(), figures.partners.end(),
              [](const PartnerRow &a, const PartnerRow &b) { return byName(a.name, a.id, b.name, b.id); });
}

// docs/definitions.md#play-eligibility-and-adherence, #partner-capability-match
void PlaysReportBuilder::playFigures(PlaysReport &report, const QDate &asOf) const
{
    QSet<QString> stepsDone; // "deal|step"
    for (const DealTask &task : m_records.tasks)
        if (!task.stepId.isEmpty() && knownBy(task.done, asOf))
            stepsDone.insert(task.opportunityId + u'|' + task.stepId);
    for (const Play &play : m_records.plays) {
        PlayFigures figures;
        figures.play = play;
        for (const PlayStep &step : m_records.steps)
            if (step.playId == play.id)
                figures.steps.push_back(step);
        std::stable_sort(figures.steps.begin(), figures.steps.end(), [&](const PlayStep &a, const PlayStep &b) {
            return stageOrder(a.dueStage) < stageOrder(b.dueStage);
        });
        for (qint32 i = 0; i < qint32(report.deals.size()); ++i) {
            const PlayDeal &deal = report.deals[size_t(i)];
            if (!meets(play, deal, dealTypeKey(m_dataset.opportunity(deal.opportunity).type)))
                continue;
            PlayDealSteps steps;
            steps.deal = i;
            for (const PlayStep &step : figures.steps) {
                const int order = stageOrder(step.dueStage);
                if (order < 0 || order > deal.reachedOrder)
                    continue;
                ++steps.due;
                if (stepsDone.contains(deal.id + u'|' + step.id))
                    ++steps.done;
                else
                    steps.missing.push_back(step);
            }
            figures.adherent += steps.adherent() ? 1 : 0;
            figures.deals.push_back(std::move(steps));
        }
        if (!figures.deals.empty())
            figures.adherence = double(figures.adherent) / double(figures.deals.size());
        for (const Partner &partner : m_records.partners) {
            PartnerMatch match;
            match.partnerId = partner.id;
            match.partnerName = partner.name;
            for (const auto &[theirs, wanted] :
                 {std::pair{&partner.capabilities, &play.capabilities}, std::pair{&partner.segments, &play.segments},
                  std::pair{&partner.vehicles, &play.vehicles}})
                for (const QString &value : *wanted)
                    if (theirs->contains(value, Qt::CaseInsensitive))
                        match.matched << value;
            if (match.matched.isEmpty())
                continue;
            for (const PartnerRow &row : report.partners.partners)
                if (row.id == partner.id) {
                    match.coSellWon = row.coSellWon;
                    match.coSellLost = row.coSellLost;
                }
            figures.partners.push_back(match);
        }
        std::sort(figures.partners.begin(), figures.partners.end(), [](const PartnerMatch &a, const PartnerMatch &b) {
            return byName(a.partnerName, a.partnerId, b.partnerName, b.partnerId);
        });
        report.plays.push_back(std::move(figures));
    }
    std::sort(report.plays.begin(), report.plays.end(), [](const PlayFigures &a, const PlayFigures &b) {
        return byName(a.play.name, a.play.id, b.play.name, b.play.id);
    });
}

// docs/definitions.md#compliance-in-parallel
void PlaysReportBuilder::complianceFigures(PlaysReport &report, int dateIndex, const QDate &asOf) const
{
    ComplianceFigures &figures = report.compliance;
    QHash<QString, std::vector<const ComplianceRecord *>> recordsOf;
    for (const ComplianceRecord &record : m_records.compliance)
        recordsOf[record.opportunityId].push_back(&record);
    std::map<QString, ComplianceArtifactFigures> byArtifact;
    for (qint32 i = 0; i < qint32(report.deals.size()); ++i) {
        const PlayDeal &deal = report.deals[size_t(i)];
        const QString type = dealTypeKey(m_dataset.opportunity(deal.opportunity).type);
        // artifact -> the earliest stage a play the deal meets names for it
        std::map<QString, std::pair<int, QString>> required;
        for (const Play &play : m_records.plays) {
            if (play.artifacts.isEmpty() || !meets(play, deal, type))
                continue;
            const int order = stageOrder(play.artifactStage);
            if (order < 0)
                continue;
            for (const QString &artifact : play.artifacts) {
                const QString id = artifact.toLower();
                auto it = required.find(id);
                if (it == required.end() || order < it->second.first)
                    required[id] = {order, play.artifactStage};
            }
        }
        const std::vector<const ComplianceRecord *> records = recordsOf.value(deal.id);
        QSet<QString> ids;
        for (const auto &[id, stage] : required)
            ids.insert(id);
        for (const ComplianceRecord *record : records)
            ids.insert(record->artifact);
        std::vector<ComplianceCell> cells;
        for (const QString &id : ids) {
            ComplianceCell cell;
            cell.deal = i;
            cell.artifact = id;
            for (const ComplianceRecord *record : records)
                if (record->artifact == id) {
                    cell.status = record->status;
                    cell.started = record->started;
                    cell.done = record->done;
                }
            const auto need = required.find(id);
            cell.required = need != required.end();
            if (cell.required) {
                cell.stage = need->second.second;
                cell.entered = enteredStage(m_dataset, deal.opportunity, need->second.first, dateIndex);
            }
            if (cell.status == ArtifactStatus::NotRequired)
                cell.state = ComplianceCell::State::NotRequired;
            else if (!cell.required)
                cell.state = ComplianceCell::State::RecordedOnly;
            else if (!cell.entered.isValid())
                cell.state = ComplianceCell::State::NotYetDue;
            else if (knownBy(cell.started, asOf))
                cell.state = cell.started <= cell.entered ? ComplianceCell::State::InParallel
                                                          : ComplianceCell::State::StartedLate;
            else
                cell.state = ComplianceCell::State::NotStarted;
            const bool due = cell.state == ComplianceCell::State::InParallel
                || cell.state == ComplianceCell::State::StartedLate || cell.state == ComplianceCell::State::NotStarted;
            if (due) {
                ComplianceArtifactFigures &artifact = byArtifact[id];
                artifact.artifact = id;
                ++artifact.due;
                ++figures.due;
                if (cell.state == ComplianceCell::State::InParallel) {
                    ++artifact.inParallel;
                    ++figures.inParallel;
                }
            }
            cells.push_back(cell);
        }
        std::sort(cells.begin(), cells.end(), [&](const ComplianceCell &a, const ComplianceCell &b) {
            const int ao = m_artifacts.orderOf(a.artifact), bo = m_artifacts.orderOf(b.artifact);
            return ao != bo ? ao < bo : a.artifact < b.artifact;
        });
        figures.cells.insert(figures.cells.end(), cells.begin(), cells.end());
    }
    for (const auto &[id, artifact] : byArtifact)
        figures.artifacts.push_back(artifact);
    std::sort(figures.artifacts.begin(), figures.artifacts.end(),
              [&](const ComplianceArtifactFigures &a, const ComplianceArtifactFigures &b) {
                  const int ao = m_artifacts.orderOf(a.artifact), bo = m_artifacts.orderOf(b.artifact);
                  return ao != bo ? ao < bo : a.artifact < b.artifact;
              });
    if (figures.due > 0)
        figures.rate = double(figures.inParallel) / double(figures.due);
}

// docs/definitions.md#task-graph
void PlaysReportBuilder::taskGraph(PlaysReport &report, const QDate &asOf) const
{
    TaskGraph &graph = report.tasks;
    for (size_t r = 0; r < graph.roles.size(); ++r)
        graph.roles[r].role = TaskRole(r);
    QHash<QString, qint32> dealIndex;
    for (qint32 i = 0; i < qint32(report.deals.size()); ++i)
        dealIndex.insert(report.deals[size_t(i)].id, i);
    QHash<QString, size_t> byId;
    for (const DealTask &task : m_records.tasks) {
        const auto deal = dealIndex.constFind(task.opportunityId);
        if (deal == dealIndex.constEnd())
            continue;
        TaskState state;
        state.task = task;
        state.deal = *deal;
        state.open = !knownBy(task.done, asOf);
        state.overdue = state.open && task.due.isValid() && task.due < asOf;
        graph.tasks.push_back(state);
    }
    std::sort(graph.tasks.begin(), graph.tasks.end(), [](const TaskState &a, const TaskState &b) {
        return a.deal != b.deal ? a.deal < b.deal : a.task.id < b.task.id;
    });
    for (size_t i = 0; i < graph.tasks.size(); ++i)
        byId.insert(graph.tasks[i].task.id, i);
    std::map<qint32, TaskChain> longestOfDeal;
    for (const TaskState &state : graph.tasks) {
        RoleTasks &role = graph.roles[size_t(state.task.ownerRole)];
        if (!state.open)
            continue;
        ++role.open;
        role.overdue += state.overdue ? 1 : 0;
        // The chain ending here: up the dependencies while they are open (the import refuses loops).
        TaskChain chain;
        chain.deal = state.deal;
        QDate latestDue;
        for (const TaskState *at = &state; at;) {
            chain.tasks.prepend(at->task.id);
            if (at->task.due.isValid() && (!latestDue.isValid() || at->task.due > latestDue))
                latestDue = at->task.due;
            const auto parent = byId.constFind(at->task.dependsOn);
            at = parent != byId.constEnd() && graph.tasks[*parent].open ? &graph.tasks[*parent] : nullptr;
        }
        chain.end = state.task.due.isValid() ? state.task.due : latestDue;
        chain.close = report.deals[size_t(state.deal)].close;
        if (chain.end.isValid() && chain.close.isValid())
            chain.daysAfterClose = int(chain.close.daysTo(chain.end));
        if (longer(chain, role.longestChain))
            role.longestChain = chain;
        auto it = longestOfDeal.find(state.deal);
        if (it == longestOfDeal.end() || longer(chain, it->second))
            longestOfDeal[state.deal] = chain;
    }
    for (const auto &[deal, chain] : longestOfDeal)
        graph.dealChains.push_back(chain);
}

} // namespace dmc
