// Engine::conversion and Engine::deadwood: stage conversion and cycle length from the history.
#include "Engine.h"
#include "analytics/dataset/HistoryPassPaging.h"
#include "analytics/dataset/HistoryUpTo.h"
#include "analytics/numbers/Median.h"

#include <algorithm>
#include <limits>

namespace dmc {

namespace {

enum class Outcome : quint8 { Pending, Won, Lost };

// What the history up to the as-of says about one deal.
struct DealHistory
{
    qint32 owner = -1; // owner at the deal's last row on or before the as-of
    Outcome outcome = Outcome::Pending;
    std::vector<std::pair<qint32, bool>> stages; // open stages seen, advanced?
    int cycleDays = -1;                          // won: created -> close date
    Cents wonAmount = 0;
};

// One pass over every deal's history up to the as-of snapshot. With `owners`, only deals whose
// owner at their last row on or before the as-of is flagged there are followed (the others keep
// owner -1), so a district's conversion does not walk a company's deals.
std::vector<DealHistory> histories(const Dataset &data, int asOfIndex, const std::vector<bool> *owners = nullptr)
{
    std::vector<DealHistory> result(data.opportunities().size());
    const auto rows = data.rows();
    const auto &stages = data.stages();
    constexpr int wonOrder = std::numeric_limits<int>::max();
    HistoryPassPaging paging(data);
    for (size_t o = 0; o < result.size(); ++o) {
        paging.nextDeal();
        // Rows up to the as-of snapshot, oldest first.
        const auto history = historyUpTo(data, qint32(o), asOfIndex);
        const size_t count = history.size();
        if (count == 0)
            continue;
        DealHistory &deal = result[o];
        const SnapshotRecord &lastRow = rows[history[count - 1]];
        if (owners && !(*owners)[size_t(lastRow.owner)])
            continue;
        deal.owner = lastRow.owner;
        if (lastRow.dateIndex < asOfIndex) {
            deal.outcome = Outcome::Lost; // deleted from the CRM: counts as lost (as in changes)
        } else {
            switch (data.status(lastRow)) {
            case Dataset::Status::Won: deal.outcome = Outcome::Won; break;
            case Dataset::Status::Lost: deal.outcome = Outcome::Lost; break;
            case Dataset::Status::Open: deal.outcome = Outcome::Pending; break;
            }
        }
        if (deal.outcome == Outcome::Won) {
            deal.wonAmount = lastRow.amount;
            const QDate created = data.opportunity(qint32(o)).createdDate;
            if (created.isValid() && lastRow.closeDay != NoDay)
                deal.cycleDays = int(created.daysTo(QDate::fromJulianDay(lastRow.closeDay)));
        }
        // Backwards: the highest stage order seen after each row (won = above every stage).
        int maxAfter = std::numeric_limits<int>::min();
        for (size_t i = count; i-- > 0;) {
            const SnapshotRecord &row = rows[history[i]];
            const Dataset::Status status = data.status(row);
            if (status == Dataset::Status::Open) {
                const int order = stages[row.stage].sortOrder;
                const bool advanced = maxAfter > order;
                auto seen = std::find_if(deal.stages.begin(), deal.stages.end(),
                                         [&](const auto &entry) { return entry.first == row.stage; });
                if (seen == deal.stages.end())
                    deal.stages.emplace_back(row.stage, advanced);
                else
                    seen->second = seen->second || advanced;
                maxAfter = std::max(maxAfter, order);
            } else if (status == Dataset::Status::Won) {
                maxAfter = wonOrder;
            }
        }
    }
    return result;
}

void tally(const Dataset &data, const DealHistory &deal, StageConversion &c, std::vector<int> &cycles, Cents &wonSum,
           qint32 opportunity = -1)
{
    if (deal.owner < 0)
        return;
    if (deal.outcome == Outcome::Won) {
        ++c.wonDeals;
        wonSum += deal.wonAmount;
        if (deal.cycleDays >= 0)
            cycles.push_back(deal.cycleDays);
        if (opportunity >= 0)
            c.wonDealList.push_back(opportunity);
    } else if (deal.outcome == Outcome::Lost) {
        ++c.lostDeals;
        if (opportunity >= 0)
            c.lostDealList.push_back(opportunity);
    }
    for (const auto &[stage, advanced] : deal.stages) {
        auto step = std::find_if(c.steps.begin(), c.steps.end(),
                                 [&stage = stage](const StageStep &s) { return s.stage == stage; });
        if (step == c.steps.end())
            continue;
        ++step->entered;
        if (advanced)
            ++step->advanced;
        else if (deal.outcome == Outcome::Lost)
            ++step->fellOut;
        else
            ++step->pending; // still open (in this stage or a lower one)
    }
    Q_UNUSED(data);
}

void finish(StageConversion &c, std::vector<int> &cycles, Cents wonSum)
{
    int advanced = 0, decided = 0;
    for (StageStep &step : c.steps) {
        if (step.advanced + step.fellOut > 0)
            step.conversion = double(step.advanced) / double(step.advanced + step.fellOut);
        advanced += step.advanced;
        decided += step.advanced + step.fellOut;
    }
    if (decided > 0)
        c.overallConversion = double(advanced) / double(decided);
    if (c.wonDeals + c.lostDeals > 0)
        c.winRate = double(c.wonDeals) / double(c.wonDeals + c.lostDeals);
    c.medianCycleDays = median(cycles);
    if (c.wonDeals > 0)
        c.averageWonAmount = double(wonSum) / double(c.wonDeals);
}

StageConversion emptyConversion(const Dataset &data, const Scope &scope, const QDate &asOf)
{
    StageConversion c;
    c.scope = scope;
    c.asOf = asOf;
    std::vector<qint32> open;
    for (size_t i = 0; i < data.stages().size(); ++i)
        if (!data.stages()[i].isWon && !data.stages()[i].isLost)
            open.push_back(qint32(i));
    std::stable_sort(open.begin(), open.end(), [&](qint32 a, qint32 b) {
        return data.stages()[size_t(a)].sortOrder < data.stages()[size_t(b)].sortOrder;
    });
    for (const qint32 stage : open) {
        StageStep step;
        step.stage = stage;
        c.steps.push_back(step);
    }
    return c;
}

} // namespace

StageConversion Engine::conversion(const Scope &scope, QDate asOf) const
{
    const Dataset &data = *m_dataset;
    const int index = data.latestSnapshotOnOrBefore(asOf);
    StageConversion result = emptyConversion(data, scope, index >= 0 ? data.snapshotDate(index) : asOf);
    if (index < 0)
        return result;
    const std::vector<bool> mask = data.scopeMask(scope);
    std::vector<int> cycles;
    Cents wonSum = 0;
    for (const DealHistory &deal : histories(data, index))
        if (deal.owner >= 0 && mask[size_t(deal.owner)])
            tally(data, deal, result, cycles, wonSum);
    finish(result, cycles, wonSum);
    return result;
}

std::vector<StageConversion> Engine::conversionByRep(QDate asOf) const
{
    const Dataset &data = *m_dataset;
    std::vector<qint32> groupOfRep(data.reps().size());
    std::vector<Scope> scopes;
    for (size_t rep = 0; rep < groupOfRep.size(); ++rep) {
        groupOfRep[rep] = qint32(rep);
        scopes.push_back(Scope::rep(data.reps()[rep].rep.id));
    }
    return conversionByGroup(asOf, groupOfRep, scopes);
}

std::vector<StageConversion> Engine::conversionByGroup(QDate asOf, const std::vector<qint32> &groupOfRep,
                                                       const std::vector<Scope> &groups, bool withDeals) const
{
    const Dataset &data = *m_dataset;
    const int index = data.latestSnapshotOnOrBefore(asOf);
    std::vector<StageConversion> result;
    std::vector<std::vector<int>> cycles(groups.size());
    std::vector<Cents> wonSums(groups.size(), 0);
    for (const Scope &scope : groups)
        result.push_back(emptyConversion(data, scope, index >= 0 ? data.snapshotDate(index) : asOf));
    if (index < 0)
        return result;
    std::vector<bool> owners(data.reps().size(), false);
    for (size_t rep = 0; rep < owners.size() && rep < groupOfRep.size(); ++rep)
        owners[rep] = groupOfRep[rep] >= 0;
    const std::vector<DealHistory> deals = histories(data, index, &owners);
    for (size_t o = 0; o < deals.size(); ++o) {
        const DealHistory &deal = deals[o];
        if (deal.owner < 0)
            continue;
        const size_t group = size_t(groupOfRep[size_t(deal.owner)]);
        tally(data, deal, result[group], cycles[group], wonSums[group], withDeals ? qint32(o) : -1);
    }
    for (size_t group = 0; group < result.size(); ++group)
        finish(result[group], cycles[group], wonSums[group]);
    return result;
}

std::vector<DeadwoodDeal> Engine::deadwood(const Query &query) const
{
    const Dataset &data = *m_dataset;
    std::vector<DeadwoodDeal> result;
    const int index = data.latestSnapshotOnOrBefore(query.asOf);
    if (index < 0)
        return result;
    std::optional<double> baseline = conversion(query.scope, query.asOf).medianCycleDays;
    if (!baseline)
        baseline = conversion(Scope::all(), query.asOf).medianCycleDays;
    const std::vector<bool> mask = data.scopeMask(query.scope);
    const QDate asOf = data.snapshotDate(index);
    const DayNumber asOfDay = data.snapshotDay(index);
    for (const SnapshotRecord &row : data.rowsAt(index)) {
        if (!mask[size_t(row.owner)] || !data.isOpen(row))
            continue;
        DeadwoodDeal deal;
        deal.opportunity = row.opportunity;
        deal.rep = row.owner;
        deal.amount = row.amount;
        deal.closeDate = row.closeDay != NoDay ? QDate::fromJulianDay(row.closeDay) : QDate();
        deal.createdDate = data.opportunity(row.opportunity).createdDate;
        deal.ageDays = deal.createdDate.isValid() ? int(deal.createdDate.daysTo(asOf)) : -1;
        deal.medianCycleDays = baseline.value_or(0);
        deal.tooOld = baseline && deal.ageDays >= 0 && deal.ageDays > 2.0 * *baseline;
        deal.pastClose = row.closeDay != NoDay && row.closeDay < asOfDay;
        if (deal.tooOld || deal.pastClose)
            result.push_back(deal);
    }
    return result;
}

} // namespace dmc
