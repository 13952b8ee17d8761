#include "DatasetSlice.h"

#include "DatasetBuilder.h"
#include "QualificationHistory.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <vector>

namespace dmc {

namespace {

constexpr qint32 Dropped = -1;

// Old index -> new index (Dropped when not kept), for a kept flag per old index in order.
std::vector<qint32> renumber(const std::vector<bool> &kept, qint32 &count)
{
    std::vector<qint32> to(kept.size(), Dropped);
    count = 0;
    for (size_t i = 0; i < kept.size(); ++i)
        if (kept[i])
            to[i] = count++;
    return to;
}

} // namespace

std::shared_ptr<Dataset> DatasetSlice::cut(const Dataset &whole, const Scope &scope)
{
    const std::vector<bool> reps = whole.scopeMask(scope);
    const size_t dealCount = whole.m_opportunities.size();

    const auto ownedInScope = [&](quint32 row) { return bool(reps[size_t(whole.m_rows[row].owner)]); };
    std::vector<bool> keepDeal(dealCount, false);
    for (size_t deal = 0; deal < dealCount; ++deal) {
        const std::span<const quint32> history = whole.historyOf(qint32(deal));
        keepDeal[deal] =
            reps[size_t(whole.m_opportunityOwner[deal])] || std::any_of(history.begin(), history.end(), ownedInScope);
    }
    qint32 deals = 0;
    const std::vector<qint32> dealTo = renumber(keepDeal, deals);

    std::vector<bool> keepAccount(whole.m_accounts.size(), false);
    for (size_t deal = 0; deal < dealCount; ++deal)
        if (keepDeal[deal] && whole.m_opportunityAccount[deal] >= 0)
            keepAccount[size_t(whole.m_opportunityAccount[deal])] = true;
    qint32 accounts = 0;
    const std::vector<qint32> accountTo = renumber(keepAccount, accounts);

    auto slice = std::make_shared<Dataset>();
    Dataset &d = *slice;

    // Kept whole.
    d.m_snapshotDates = whole.m_snapshotDates;
    d.m_snapshotDays = whole.m_snapshotDays;
    d.m_reps = whole.m_reps;
    d.m_repIndex = whole.m_repIndex;
    d.m_districts = whole.m_districts;
    d.m_regions = whole.m_regions;
    d.m_quotas = whole.m_quotas;
    d.m_quotaPresent = whole.m_quotaPresent;
    d.m_stages = whole.m_stages;
    d.m_stageIndex = whole.m_stageIndex;
    d.m_reportingCurrency = whole.m_reportingCurrency;
    d.m_rates = whole.m_rates;
    d.m_converter = whole.m_converter;
    d.m_missingRates = whole.m_missingRates;
    d.m_sourceGroups = whole.m_sourceGroups;

    // The forecast calls of the scope's reps (only the accuracy reads them, rep by rep).
    std::copy_if(whole.m_calls.begin(), whole.m_calls.end(), std::back_inserter(d.m_calls),
                 [&](const DatasetForecastCall &call) { return reps[size_t(call.rep)]; });

    // The accounts and their health readings.
    d.m_accounts.reserve(size_t(accounts));
    d.m_accountArr.reserve(size_t(accounts));
    d.m_healthOffsets.reserve(size_t(accounts) + 1);
    d.m_healthOffsets.push_back(0);
    for (size_t account = 0; account < keepAccount.size(); ++account) {
        if (!keepAccount[account])
            continue;
        d.m_accounts.push_back(whole.m_accounts[account]);
        d.m_accountArr.push_back(whole.m_accountArr[account]);
        for (const HealthReading &reading : whole.healthOf(qint32(account)))
            d.m_health.push_back(reading);
        d.m_healthOffsets.push_back(quint32(d.m_health.size()));
    }

    // The deals.
    d.m_opportunities.reserve(size_t(deals));
    for (size_t deal = 0; deal < dealCount; ++deal) {
        if (!keepDeal[deal])
            continue;
        d.m_opportunities.push_back(whole.m_opportunities[deal]);
        d.m_opportunityOwner.push_back(whole.m_opportunityOwner[deal]);
        const qint32 account = whole.m_opportunityAccount[deal];
        d.m_opportunityAccount.push_back(account >= 0 ? accountTo[size_t(account)] : -1);
        d.m_opportunityAmount.push_back(whole.m_opportunityAmount[deal]);
    }
    d.m_accountIndex.buildOnFirstLookup(&d.m_accounts);
    d.m_opportunityIndex.buildOnFirstLookup(&d.m_opportunities);

    // The rows, still by (date, deal): renumbering keeps the deals' order. A kept deal keeps every
    // row, so its history is as long as in the whole; walking the dates in order fills it oldest first.
    d.m_historyOffsets.reserve(size_t(deals) + 1);
    d.m_historyOffsets.push_back(0);
    for (size_t deal = 0; deal < dealCount; ++deal)
        if (keepDeal[deal])
            d.m_historyOffsets.push_back(d.m_historyOffsets.back() + quint32(whole.historyOf(qint32(deal)).size()));
    std::vector<quint32> &history = d.m_history.owned();
    history.resize(d.m_historyOffsets.back());
    std::vector<quint32> filled(d.m_historyOffsets.begin(), d.m_historyOffsets.end() - 1);
    std::vector<SnapshotRecord> &rows = d.m_rows.owned();
    rows.reserve(history.size());
    d.m_dateOffsets.reserve(whole.m_snapshotDays.size() + 1);
    d.m_dateOffsets.push_back(0);
    for (int date = 0; date < whole.snapshotCount(); ++date) {
        for (SnapshotRecord row : whole.rowsAt(date)) {
            const qint32 to = dealTo[size_t(row.opportunity)];
            if (to == Dropped)
                continue;
            row.opportunity = to;
            history[filled[size_t(to)]++] = quint32(rows.size());
            rows.push_back(row);
        }
        d.m_dateOffsets.push_back(quint32(rows.size()));
    }

    // What hangs off the deals.
    std::vector<QualificationHistory::Point> points;
    for (const QualificationHistory::Point &point : whole.qualificationHistory().points()) {
        const qint32 to = dealTo[size_t(point.opportunity)];
        if (to == Dropped)
            continue;
        points.push_back(point);
        points.back().opportunity = to;
    }
    if (!points.empty())
        d.m_qualificationHistory = QualificationHistory::fromPoints(std::move(points), size_t(deals));
    // Both drop the POC, compliance and task rows of deals the slice does not hold; the deals'
    // partner links are dropped here (a play's partners and steps stay: they name no deal).
    DatasetBuilder::attachPocs(d, whole.m_pocs.records());
    PlayRecords plays = whole.m_plays.records();
    std::erase_if(plays.opportunityPartners,
                  [&](const OpportunityPartner &link) { return d.opportunityIndex(link.opportunityId) < 0; });
    DatasetBuilder::attachPlays(d, std::move(plays));

    // Which filters can run is a property of the whole data, not of the deals a scope holds.
    d.m_presence = whole.m_presence;
    return slice;
}

} // namespace dmc
