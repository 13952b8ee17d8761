#include "WinLoss.h"

#include <QMap>

#include <algorithm>

namespace dmc {

namespace {

void addTo(WinLoss::GroupRow &row, const PeriodDeals::Deal &deal, bool decided, bool withReason)
{
    if (!decided)
        row.noDecision.add(deal);
    else if (deal.status == Dataset::Status::Won)
        row.won.add(deal);
    else if (withReason)
        row.lostWithReason.add(deal);
    else
        row.lostWithoutReason.add(deal);
}

std::vector<WinLoss::ValueRow> rowsOf(const QMap<QString, WinLoss::Tally> &byValue, int lost)
{
    std::vector<WinLoss::ValueRow> rows;
    for (auto it = byValue.cbegin(); it != byValue.cend(); ++it) {
        WinLoss::ValueRow row{it.key(), it.value(), std::nullopt};
        if (lost >= WinLoss::MinimumLostForShare)
            row.share = double(row.lost.count) / double(lost);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const WinLoss::ValueRow &a, const WinLoss::ValueRow &b) {
        if (a.lost.count != b.lost.count)
            return a.lost.count > b.lost.count;
        return a.lost.amount > b.lost.amount;
    });
    return rows;
}

} // namespace

void WinLoss::Tally::add(const PeriodDeals::Deal &deal)
{
    ++count;
    amount += deal.amount;
    deals.push_back(deal.opportunity);
}

std::optional<double> WinLoss::GroupRow::winRate() const
{
    if (decided() == 0)
        return std::nullopt;
    return double(won.count) / double(decided());
}

WinLoss WinLoss::build(const Dataset &dataset, const PeriodDeals &deals)
{
    WinLoss result;
    for (const Opportunity &o : dataset.opportunities()) {
        result.dataHasReasons = result.dataHasReasons || !o.lossReason.trimmed().isEmpty();
        result.dataHasCompetitors = result.dataHasCompetitors || !o.competitor.trimmed().isEmpty();
    }

    std::vector<GroupRow> perRep(dataset.reps().size());
    std::vector<bool> repSeen(dataset.reps().size(), false);
    QMap<QString, GroupRow> perDistrict;
    QMap<QString, Tally> reasons;
    QMap<QString, Tally> competitors;
    const auto take = [&](const PeriodDeals::Deal &deal, bool decided) {
        const Opportunity &o = dataset.opportunity(deal.opportunity);
        const QString reason = o.lossReason.trimmed();
        const bool lost = decided && deal.status == Dataset::Status::Lost;
        if (!decided)
            result.noDecision.add(deal);
        else if (!lost)
            result.won.add(deal);
        else if (!reason.isEmpty())
            result.lostWithReason.add(deal);
        else
            result.lostWithoutReason.add(deal);
        if (lost && !reason.isEmpty())
            reasons[reason].add(deal);
        if (lost && !o.competitor.trimmed().isEmpty())
            competitors[o.competitor.trimmed()].add(deal);
        if (deal.owner < 0)
            return;
        repSeen[size_t(deal.owner)] = true;
        addTo(perRep[size_t(deal.owner)], deal, decided, !reason.isEmpty());
        const QString district = dataset.districtOf(deal.owner);
        if (!district.isEmpty())
            addTo(perDistrict[district], deal, decided, !reason.isEmpty());
    };
    for (const auto &deal : deals.decided)
        take(deal, true);
    for (const auto &deal : deals.undecided)
        take(deal, false);

    result.reasons = rowsOf(reasons, result.lost());
    result.competitors = rowsOf(competitors, result.lost());
    for (qint32 rep : deals.ownerReps) {
        if (!repSeen[size_t(rep)])
            continue;
        GroupRow row = perRep[size_t(rep)];
        const DatasetRep &entry = dataset.reps()[size_t(rep)];
        row.id = entry.rep.id;
        row.name = entry.rep.name;
        row.district = dataset.districtOf(rep);
        result.reps.push_back(std::move(row));
    }
    for (auto it = perDistrict.begin(); it != perDistrict.end(); ++it) {
        it->id = it.key();
        it->name = it.key();
        result.districts.push_back(*it);
    }
    return result;
}

} // namespace dmc
