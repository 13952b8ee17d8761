#include "PocBoardBuilder.h"

#include "PocText.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/dataset/HistoryUpTo.h"
#include "analytics/engine/Query.h"
#include "domain/FiscalCalendar.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace dmc {

namespace {

// docs/definitions.md#pocs: a deal's poc_* columns as one POC. `failed` is a complete POC with
// the outcome technical loss; the end of a complete one is its last check-in (the shorthand has no
// end date), else its planned end.
std::optional<PocRecord> shorthandPoc(const Opportunity &deal)
{
    const Poc &poc = deal.poc;
    if (!poc.status || *poc.status == PocStatus::None)
        return std::nullopt;
    PocRecord record;
    record.id = deal.id;
    record.opportunityId = deal.id;
    record.start = poc.start;
    record.plannedEnd = poc.plannedEnd;
    switch (*poc.status) {
    case PocStatus::Planned: record.phase = PocPhase::Planned; break;
    case PocStatus::Active: record.phase = PocPhase::Active; break;
    case PocStatus::Complete:
    case PocStatus::Failed:
        record.phase = PocPhase::Complete;
        if (*poc.status == PocStatus::Failed)
            record.outcome = PocOutcome::TechnicalLoss;
        record.actualEnd = poc.lastCheckIn.isValid() && (!poc.start.isValid() || poc.lastCheckIn >= poc.start)
            ? poc.lastCheckIn
            : poc.plannedEnd;
        break;
    case PocStatus::None: break;
    }
    return record;
}

int days(const QDate &from, const QDate &to)
{
    return int(from.daysTo(to));
}

} // namespace

PocBoardBuilder::PocBoardBuilder(const Dataset &dataset, const FiscalCalendar &calendar, const PocRecords &records,
                                 const PocChecklist &checklist)
    : m_dataset(dataset)
    , m_calendar(calendar)
    , m_records(records)
    , m_checklist(checklist)
{
    collectSources(0, qint32(dataset.opportunities().size()));
}

PocBoardBuilder::PocBoardBuilder(const Dataset &dataset, const FiscalCalendar &calendar, const PocRecords &records,
                                 const PocChecklist &checklist, qint32 opportunity)
    : m_dataset(dataset)
    , m_calendar(calendar)
    , m_records(records)
    , m_checklist(checklist)
{
    if (opportunity >= 0 && opportunity < qint32(dataset.opportunities().size()))
        collectSources(opportunity, opportunity + 1);
    else
        collectSources(0, 0);
}

void PocBoardBuilder::collectSources(qint32 first, qint32 end)
{
    for (qsizetype i = 0; i < qsizetype(m_records.criteria.size()); ++i)
        m_rowsOf[m_records.criteria[size_t(i)].pocId].criteria.push_back(i);
    for (qsizetype i = 0; i < qsizetype(m_records.checkIns.size()); ++i)
        m_rowsOf[m_records.checkIns[size_t(i)].pocId].checkIns.push_back(i);
    for (qsizetype i = 0; i < qsizetype(m_records.tasks.size()); ++i)
        m_rowsOf[m_records.tasks[size_t(i)].pocId].tasks.push_back(i);
    QSet<QString> dealsWithRecords;
    for (const PocRecord &poc : m_records.pocs) {
        const int index = m_dataset.opportunityIndex(poc.opportunityId);
        if (index < 0)
            continue; // a POC row on a deal the data no longer holds
        dealsWithRecords.insert(poc.opportunityId);
        m_sources.push_back({poc, false, index});
    }
    for (qint32 i = first; i < end; ++i) {
        const Opportunity &deal = m_dataset.opportunity(i);
        if (dealsWithRecords.contains(deal.id))
            continue;
        if (auto poc = shorthandPoc(deal)) {
            Source source{*poc, true, i};
            m_sources.push_back(std::move(source));
        }
    }
}

PocDurationStats PocBoardBuilder::statsOf(std::vector<int> values)
{
    PocDurationStats stats;
    stats.n = int(values.size());
    if (values.empty())
        return stats;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    stats.median = n % 2 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    // Nearest rank: the smallest value with at least 75% of the values at or below it.
    const size_t rank = size_t(std::ceil(0.75 * double(n)));
    stats.p75 = values[std::max<size_t>(rank, 1) - 1];
    return stats;
}

void PocBoardBuilder::measure(PocScorecard &card, const PocChecklist &checklist, const QDate &asOf)
{
    const PocRecord &poc = card.poc;
    // --- time
    card.started = poc.start.isValid() && poc.start <= asOf;
    card.ended = card.started && poc.actualEnd.isValid() && poc.actualEnd <= asOf;
    if (card.started) {
        const QDate until = card.ended ? poc.actualEnd : asOf;
        card.elapsedDays = days(poc.start, until);
        if (poc.plannedEnd.isValid()) {
            card.overrunDays = std::max(0, days(poc.plannedEnd, until));
            if (!card.ended && poc.plannedEnd >= asOf)
                card.daysLeft = days(asOf, poc.plannedEnd);
        }
    }
    if (poc.start.isValid() && poc.plannedEnd.isValid())
        card.plannedDays = days(poc.start, poc.plannedEnd);

    // --- criteria: a result counts from its result date on (no date: as recorded)
    for (const PocCriterion &c : card.criteria) {
        if (c.isMeasurable())
            ++card.criteriaMeasurable;
        const bool known = !c.resultDate.isValid() || c.resultDate <= asOf;
        const CriterionResult result = known ? c.result : CriterionResult::Open;
        switch (result) {
        case CriterionResult::Met: ++card.criteriaMet; break;
        case CriterionResult::NotMet: ++card.criteriaNotMet; break;
        case CriterionResult::Open: ++card.criteriaOpen; break;
        }
        if (poc.start.isValid() && c.changedDate.isValid() && c.changedDate > poc.start)
            ++card.criteriaChangedAfterStart;
    }

    // --- DOR at the start: each item read from the record (the shorthand records none of them)
    card.dorRecorded = !card.fromShorthand;
    for (const PocChecklist::Item &item : checklist.items()) {
        PocDorItem entry;
        entry.id = item.id;
        entry.required = item.required;
        if (card.fromShorthand) {
            entry.state = PocDorItem::State::NotRecorded;
        } else {
            bool met = false;
            if (item.id == QLatin1String("measurable_criterion")) {
                int measurableAtStart = 0;
                for (const PocCriterion &c : card.criteria)
                    if (c.isMeasurable()
                        && (!c.recordedDate.isValid() || !poc.start.isValid() || c.recordedDate <= poc.start))
                        ++measurableAtStart;
                met = measurableAtStart >= item.minCount;
            } else if (item.id == QLatin1String("environment_ready")) {
                met = poc.environmentReady.isValid() && (!poc.start.isValid() || poc.environmentReady <= poc.start);
            } else if (item.id == QLatin1String("data_ready")) {
                met = poc.dataReady;
            } else if (item.id == QLatin1String("evaluator")) {
                met = !poc.evaluator.isEmpty();
            } else if (item.id == QLatin1String("planned_end")) {
                met = poc.plannedEnd.isValid();
            } else if (item.id == QLatin1String("exit_plan")) {
                met = poc.exitPlan;
            } else if (item.id == QLatin1String("next_step")) {
                met = poc.nextStepAgreed;
            }
            entry.state = met ? PocDorItem::State::Met : PocDorItem::State::Missing;
            if (!met && item.required)
                ++card.dorMissing;
        }
        card.dor.push_back(entry);
    }
    card.dorComplete = card.dorRecorded && card.dorMissing == 0;

    // --- check-ins and tasks at the as-of
    for (const PocCheckIn &c : card.checkIns) {
        const bool held = c.heldDate.isValid() && c.heldDate <= asOf;
        if (c.plannedDate.isValid() && c.plannedDate <= asOf) {
            ++card.checkInsPlanned;
            if (held)
                ++card.checkInsHeldOfPlanned;
        }
        if (held) {
            ++card.checkInsHeld;
            if (!card.lastCheckIn.isValid() || c.heldDate > card.lastCheckIn)
                card.lastCheckIn = c.heldDate;
        }
    }
    if (card.lastCheckIn.isValid())
        card.daysSinceCheckIn = days(card.lastCheckIn, asOf);
    for (const PocTask &t : card.tasks) {
        PocTaskCounts &counts = t.side == TaskSide::Buyer ? card.buyerTasks : card.sellerTasks;
        ++counts.total;
        const bool open = !t.doneDate.isValid() || t.doneDate > asOf;
        if (open) {
            ++counts.open;
            if (t.dueDate.isValid() && t.dueDate < asOf)
                ++counts.overdue;
        }
    }
}

PocScorecard PocBoardBuilder::scorecard(const Source &source, const QDate &asOf, int dateIndex) const
{
    PocScorecard card;
    card.poc = source.poc;
    card.fromShorthand = source.fromShorthand;
    card.opportunity = source.opportunity;
    const PocRecord &poc = card.poc;
    if (!source.fromShorthand) {
        if (const auto rows = m_rowsOf.constFind(poc.id); rows != m_rowsOf.cend()) {
            for (const qsizetype i : rows->criteria)
                card.criteria.push_back(m_records.criteria[size_t(i)]);
            for (const qsizetype i : rows->checkIns)
                card.checkIns.push_back(m_records.checkIns[size_t(i)]);
            for (const qsizetype i : rows->tasks)
                card.tasks.push_back(m_records.tasks[size_t(i)]);
        }
    }
    const Opportunity &deal = m_dataset.opportunity(source.opportunity);
    if (source.fromShorthand && deal.poc.lastCheckIn.isValid())
        card.checkIns.push_back(PocCheckIn{deal.id, deal.id, {}, deal.poc.lastCheckIn, {}});

    // --- the deal at the as-of
    card.dealName = deal.name;
    card.owner = m_dataset.opportunityOwner(source.opportunity);
    if (const qint32 account = m_dataset.opportunityAccount(source.opportunity); account >= 0) {
        card.accountName = m_dataset.accounts()[size_t(account)].name;
        card.segment = m_dataset.accounts()[size_t(account)].segment;
    }
    if (const SnapshotRecord *row = dateIndex >= 0 ? m_dataset.rowOf(dateIndex, source.opportunity) : nullptr) {
        card.owner = row->owner;
        switch (m_dataset.status(*row)) {
        case Dataset::Status::Open: card.dealState = PocScorecard::DealState::Open; break;
        case Dataset::Status::Lost: card.dealState = PocScorecard::DealState::Lost; break;
        case Dataset::Status::Won:
            card.dealState = PocScorecard::DealState::Won;
            if (row->closeDay != NoDay) {
                card.wonDate = QDate::fromJulianDay(row->closeDay);
            } else {
                // No close date: the first snapshot showing the deal won.
                for (const quint32 at : historyUpTo(m_dataset, source.opportunity, dateIndex)) {
                    const SnapshotRecord &earlier = m_dataset.rows()[at];
                    if (m_dataset.status(earlier) == Dataset::Status::Won) {
                        card.wonDate = m_dataset.snapshotDate(earlier.dateIndex);
                        break;
                    }
                }
            }
            break;
        }
    }
    if (card.owner >= 0) {
        card.ownerId = m_dataset.reps()[size_t(card.owner)].rep.id;
        card.ownerName = m_dataset.reps()[size_t(card.owner)].rep.name;
    }

    measure(card, m_checklist, asOf);
    card.facts = PocText::facts(card);
    return card;
}

PocBoard PocBoardBuilder::build(const Query &query, int withinDays) const
{
    PocBoard board;
    board.asOf = query.asOf;
    board.period = query.period;
    board.scope = query.scope;
    board.withinDays = withinDays;
    const int dateIndex = m_dataset.latestSnapshotOnOrBefore(query.asOf);
    const QDate asOf = query.asOf;

    std::map<QString, std::vector<const PocScorecard *>> cohortCards; // period key -> started cards
    std::vector<PocScorecard> inScope;
    QSet<qint32> dealsWithPoc;
    for (const Source &source : m_sources) {
        PocScorecard card = scorecard(source, asOf, dateIndex);
        if (card.owner < 0 || !m_dataset.repInScope(card.owner, query.scope))
            continue;
        if (card.started)
            dealsWithPoc.insert(card.opportunity);
        inScope.push_back(std::move(card));
    }

    // The board: POCs whose span [start, actual end] meets the period; a POC not ended spans to
    // the later of the as-of and its planned end, one without a start from the beginning.
    for (const PocScorecard &card : inScope) {
        const PocRecord &poc = card.poc;
        QDate spanEnd = poc.actualEnd;
        if (!spanEnd.isValid())
            spanEnd = poc.plannedEnd.isValid() ? std::max(asOf, poc.plannedEnd) : asOf;
        const bool startsInTime = !poc.start.isValid() || poc.start <= query.period.end;
        if (startsInTime && spanEnd >= query.period.start)
            board.pocs.push_back(card);
    }
    std::sort(board.pocs.begin(), board.pocs.end(), [](const PocScorecard &a, const PocScorecard &b) {
        const bool aDated = a.poc.start.isValid(), bDated = b.poc.start.isValid();
        if (aDated != bDated)
            return aDated;
        if (a.poc.start != b.poc.start)
            return a.poc.start < b.poc.start;
        return a.poc.id < b.poc.id;
    });

    // --- the board's figures
    PocFigures &f = board.figures;
    f.pocs = int(board.pocs.size());
    std::vector<int> durations, overruns;
    std::map<QString, std::pair<std::vector<int>, std::vector<int>>> bySegment;
    for (const PocScorecard &card : board.pocs) {
        if (card.started) {
            ++f.started;
            if (card.dorRecorded) {
                ++f.dorRecorded;
                f.dorComplete += card.dorComplete ? 1 : 0;
            }
            durations.push_back(*card.elapsedDays);
            bySegment[card.segment].first.push_back(*card.elapsedDays);
            if (card.overrunDays) {
                overruns.push_back(*card.overrunDays);
                bySegment[card.segment].second.push_back(*card.overrunDays);
                f.overrunning += *card.overrunDays > 0 ? 1 : 0;
            }
        }
        f.criteriaMet += card.criteriaMet;
        f.criteriaWithResult += card.criteriaMet + card.criteriaNotMet;
        if (card.poc.outcome) {
            ++f.withOutcome;
            f.technicalWins += *card.poc.outcome == PocOutcome::TechnicalWin ? 1 : 0;
        }
        f.checkInsPlanned += card.checkInsPlanned;
        f.checkInsHeldOfPlanned += card.checkInsHeldOfPlanned;
        for (auto [from, to] :
             {std::pair{&card.buyerTasks, &f.buyerTasks}, std::pair{&card.sellerTasks, &f.sellerTasks}}) {
            to->total += from->total;
            to->open += from->open;
            to->overdue += from->overdue;
        }
    }
    f.duration = statsOf(durations);
    f.overrun = statsOf(overruns);
    for (const auto &[segment, values] : bySegment)
        if (!segment.isEmpty())
            board.segments.push_back({segment, statsOf(values.first), statsOf(values.second)});
    if (auto it = bySegment.find(QString()); it != bySegment.end())
        board.segments.push_back({QString(), statsOf(it->second.first), statsOf(it->second.second)});

    // Win rate of the scope's deals decided at the as-of with the close date in the period, with
    // a POC started by the as-of beside those without.
    if (dateIndex >= 0) {
        for (const SnapshotRecord &row : m_dataset.rowsAt(dateIndex)) {
            if (row.owner < 0 || !m_dataset.repInScope(row.owner, query.scope) || row.closeDay == NoDay
                || !query.period.contains(QDate::fromJulianDay(row.closeDay)))
                continue;
            const Dataset::Status status = m_dataset.status(row);
            if (status == Dataset::Status::Open)
                continue;
            const bool won = status == Dataset::Status::Won;
            if (dealsWithPoc.contains(row.opportunity)) {
                ++f.decidedWithPoc;
                f.wonWithPoc += won ? 1 : 0;
            } else {
                ++f.decidedWithoutPoc;
                f.wonWithoutPoc += won ? 1 : 0;
            }
        }
    }

    // --- cohorts: every started POC of the scope by the quarter of its start
    for (const PocScorecard &card : inScope)
        if (card.started)
            cohortCards[m_calendar.periodOf(card.poc.start).key()].push_back(&card);
    for (const auto &[period, cards] : cohortCards) {
        PocCohort cohort;
        cohort.period = period;
        std::vector<int> cohortDurations, cohortOverruns;
        for (const PocScorecard *card : cards) {
            ++cohort.started;
            if (card->dorRecorded) {
                ++cohort.dorRecorded;
                cohort.dorComplete += card->dorComplete ? 1 : 0;
            }
            cohortDurations.push_back(*card->elapsedDays);
            if (card->overrunDays)
                cohortOverruns.push_back(*card->overrunDays);
            if (!card->ended)
                continue;
            ++cohort.ended;
            const QDate &end = card->poc.actualEnd;
            const bool won = card->dealState == PocScorecard::DealState::Won && card->wonDate.isValid()
                && days(end, card->wonDate) <= withinDays;
            if (won)
                ++cohort.wonWithin;
            else if (days(end, asOf) < withinDays && card->dealState != PocScorecard::DealState::Lost)
                ++cohort.windowOpen;
            if (card->poc.goLive.isValid() && card->poc.goLive <= asOf) {
                ++cohort.withGoLive;
                cohort.liveWithin += days(end, card->poc.goLive) <= withinDays ? 1 : 0;
            }
        }
        cohort.duration = statsOf(cohortDurations);
        cohort.overrun = statsOf(cohortOverruns);
        board.cohorts.push_back(cohort);
    }
    return board;
}

std::vector<PocScorecard> PocBoardBuilder::scorecardsOf(const QString &opportunityId, const QDate &asOf) const
{
    std::vector<PocScorecard> cards;
    const int dateIndex = m_dataset.latestSnapshotOnOrBefore(asOf);
    for (const Source &source : m_sources)
        if (source.poc.opportunityId == opportunityId)
            cards.push_back(scorecard(source, asOf, dateIndex));
    return cards;
}

} // namespace dmc
