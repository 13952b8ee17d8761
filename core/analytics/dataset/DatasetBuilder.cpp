#include "DatasetBuilder.h"

#include "QualificationHistory.h"
#include "RowsReleasedBehind.h"
#include "SpilledRows.h"

#include "domain/IsoDateDigits.h"
#include "domain/Money.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dmc {

namespace {

QByteArray keyOf(QByteArrayView view)
{
    return view.toByteArray();
}

// A non-owning key for hash lookups: no allocation per snapshot row.
QByteArray rawKey(QByteArrayView view)
{
    return QByteArray::fromRawData(view.data(), view.size());
}

} // namespace

DatasetBuilder::DatasetBuilder()
    : m_data(std::make_shared<Dataset>())
{
}

DatasetBuilder::~DatasetBuilder() = default;

DayNumber DatasetBuilder::parseDay(QByteArrayView text)
{
    IsoDateDigits digits;
    if (!IsoDateDigits::read(text.data(), size_t(text.size()), digits))
        return NoDay;
    const QDate date(digits.year, digits.month, digits.day);
    return dayOf(date);
}

std::optional<ForecastCategory> DatasetBuilder::parseCategory(QByteArrayView key)
{
    if (key == "pipeline")
        return ForecastCategory::Pipeline;
    if (key == "best_case")
        return ForecastCategory::BestCase;
    if (key == "commit")
        return ForecastCategory::Commit;
    if (key == "closed")
        return ForecastCategory::Closed;
    if (key == "omitted")
        return ForecastCategory::Omitted;
    return std::nullopt;
}

void DatasetBuilder::setReportingCurrency(const QString &code)
{
    if (!code.trimmed().isEmpty())
        m_data->m_reportingCurrency = code.trimmed().toUpper();
    m_data->m_converter.setReportingCurrency(m_data->m_reportingCurrency);
    m_rateCache.clear();
    m_lastCurrency = QByteArray();
}

void DatasetBuilder::addRate(const CurrencyRate &rate)
{
    if (rate.code.isEmpty() || !(rate.rate > 0))
        return;
    CurrencyRate stored = rate;
    stored.code = rate.code.trimmed().toUpper();
    m_data->m_rates.push_back(stored);
    m_data->m_converter.addRate(stored);
    m_rateCache.clear();
    m_lastCurrency = QByteArray();
    if (rate.isReporting)
        setReportingCurrency(stored.code);
}

const DatasetBuilder::ResolvedCurrency &DatasetBuilder::resolve(QByteArrayView currency)
{
    // Resolved by the exact text seen, so 5M snapshot rows cost one compare or lookup each.
    if (!m_lastCurrency.isNull() && QByteArrayView(m_lastCurrency) == currency)
        return m_last;
    auto cached = m_rateCache.constFind(rawKey(currency));
    if (cached == m_rateCache.constEnd()) {
        const CurrencyConverter &converter = m_data->m_converter;
        ResolvedCurrency resolved;
        resolved.code = QString::fromUtf8(currency).trimmed().toUpper();
        resolved.dated = converter.isDated(resolved.code);
        if (const auto rates = converter.pair(resolved.code, NoDay)) {
            resolved.rates = *rates;
        } else {
            resolved.dated = false; // no rate at all: converted at 1, and listed
            if (!m_data->m_missingRates.contains(resolved.code))
                m_data->m_missingRates.append(resolved.code);
        }
        cached = m_rateCache.insert(currency.toByteArray(), resolved);
    }
    m_lastCurrency = cached.key();
    m_last = cached.value();
    return m_last;
}

CurrencyConverter::Pair DatasetBuilder::ratesFor(QByteArrayView currency, DayNumber closeDay)
{
    if (currency.isEmpty())
        return {};
    const ResolvedCurrency &resolved = resolve(currency);
    if (!resolved.dated)
        return resolved.rates;
    return m_data->m_converter.pair(resolved.code, closeDay).value_or(resolved.rates);
}

void DatasetBuilder::addDefaultStages()
{
    // The default ladder (docs/definitions.md#forecast-categories-and-stages), for data without a stage table.
    const struct
    {
        const char *name;
        int probability;
        bool won;
        bool lost;
    } ladder[] = {{"Lead", 10, false, false},     {"Qualified", 25, false, false},   {"Discovery", 40, false, false},
                  {"Proposal", 60, false, false}, {"Negotiation", 80, false, false}, {"Closed Won", 100, true, false},
                  {"Closed Lost", 0, false, true}};
    int order = 0;
    for (const auto &step : ladder) {
        Stage stage;
        stage.name = QString::fromLatin1(step.name);
        stage.probability = step.probability;
        stage.sortOrder = ++order;
        stage.isWon = step.won;
        stage.isLost = step.lost;
        addStage(stage);
    }
}

void DatasetBuilder::addStage(const Stage &stage)
{
    m_stagesGiven = true;
    const QByteArray key = stage.name.toUtf8();
    if (m_stageByKey.contains(key) || m_data->m_stages.size() >= 255)
        return;
    const auto index = qint32(m_data->m_stages.size());
    m_data->m_stages.push_back(stage);
    m_data->m_stageIndex.insert(stage.name, index);
    m_stageByKey.insert(key, index);
    m_stageKeys.push_back(key);
}

qint32 DatasetBuilder::internStage(QByteArrayView name)
{
    if (!m_stagesGiven)
        addDefaultStages();
    const auto found = m_stageByKey.constFind(rawKey(name));
    if (found != m_stageByKey.constEnd())
        return found.value();
    if (m_data->m_stages.size() >= 255)
        return 0;
    // A stage missing from the stage table: open, probability 0, after the known ladder.
    Stage stage;
    stage.name = QString::fromUtf8(name);
    stage.sortOrder = 1000 + int(m_data->m_stages.size());
    const auto index = qint32(m_data->m_stages.size());
    m_data->m_stages.push_back(stage);
    m_data->m_stageIndex.insert(stage.name, index);
    m_stageByKey.insert(keyOf(name), index);
    m_stageKeys.push_back(keyOf(name));
    return index;
}

void DatasetBuilder::addRep(const Rep &rep)
{
    const QByteArray key = rep.id.toUtf8();
    if (m_repByKey.contains(key))
        return;
    DatasetRep entry;
    entry.rep = rep;
    if (!rep.district.isEmpty()) {
        entry.districtIndex = qint32(m_data->m_districts.indexOf(rep.district));
        if (entry.districtIndex < 0) {
            entry.districtIndex = qint32(m_data->m_districts.size());
            m_data->m_districts.append(rep.district);
        }
    }
    if (!rep.region.isEmpty()) {
        entry.regionIndex = qint32(m_data->m_regions.indexOf(rep.region));
        if (entry.regionIndex < 0) {
            entry.regionIndex = qint32(m_data->m_regions.size());
            m_data->m_regions.append(rep.region);
        }
    }
    const auto index = qint32(m_data->m_reps.size());
    m_data->m_reps.push_back(std::move(entry));
    m_data->m_repIndex.insert(rep.id, index);
    m_repByKey.insert(key, index);
    m_repKeys.push_back(key);
}

qint32 DatasetBuilder::internRep(QByteArrayView id)
{
    const auto found = m_repByKey.constFind(rawKey(id));
    if (found != m_repByKey.constEnd())
        return found.value();
    Rep rep;
    rep.id = QString::fromUtf8(id);
    rep.name = rep.id;
    addRep(rep);
    m_data->m_reps.back().known = false;
    return qint32(m_data->m_reps.size() - 1);
}

void DatasetBuilder::addQuota(const QString &repId, const QString &period, Cents amount)
{
    m_quotas.push_back({repId, period, amount});
}

void DatasetBuilder::addAccount(const Account &account)
{
    if (m_data->m_accountIndex.contains(account.id))
        return;
    m_data->m_presence.add(DataField::RenewalDate, account.renewalDate.isValid());
    const auto index = qint32(m_data->m_accounts.size());
    m_data->m_accounts.push_back(account);
    m_data->m_accountIndex.insert(account.id, index);
    m_data->m_accountArr.push_back(ratesFor(account.currency.toUtf8(), NoDay).convert(account.arr));
}

void DatasetBuilder::addHealthReading(const HealthReading &reading)
{
    m_health.push_back(reading);
}

void DatasetBuilder::addOpportunity(const Opportunity &opportunity)
{
    const QByteArray key = opportunity.id.toUtf8();
    if (m_opportunityByKey.contains(key))
        return;
    const auto index = qint32(m_data->m_opportunities.size());
    DataPresence &presence = m_data->m_presence;
    presence.add(DataField::SecurityReview, opportunity.securityReview.has_value());
    presence.add(DataField::LegalReview, opportunity.legalReview.has_value());
    presence.add(DataField::PocStatus, opportunity.poc.status.has_value());
    presence.add(DataField::PocDates,
                 opportunity.poc.start.isValid() || opportunity.poc.plannedEnd.isValid()
                     || opportunity.poc.lastCheckIn.isValid());
    for (int i = 0; i < MeddpiccElementCount; ++i)
        presence.add(meddpiccField(MeddpiccElement(i)), opportunity.meddpicc.level(size_t(i)).has_value());
    m_data->m_opportunities.push_back(opportunity);
    m_data->m_opportunityIndex.insert(opportunity.id, index);
    m_opportunityByKey.insert(key, index);
    m_data->m_opportunityOwner.push_back(internRep(opportunity.ownerId.toUtf8()));
    m_data->m_opportunityAccount.push_back(
        opportunity.accountId.isEmpty() ? -1 : m_data->m_accountIndex.value(opportunity.accountId));
    m_data->m_opportunityAmount.push_back(
        opportunity.amount
            ? ratesFor(opportunity.currency.toUtf8(), dayOf(opportunity.closeDate)).convert(*opportunity.amount)
            : 0);
    m_lastStage.push_back(quint8(internStage(opportunity.stage.toUtf8())));
    // Snapshot matching may binary-search the keys only while they stay in byte order.
    if (!m_opportunityKeys.empty() && !(m_opportunityKeys.back() < key))
        m_keysSorted = false;
    m_opportunityKeys.push_back(key);
}

qint32 DatasetBuilder::internOpportunity(QByteArrayView id, const RawSnapshot *from)
{
    const auto found = m_opportunityByKey.constFind(rawKey(id));
    if (found != m_opportunityByKey.constEnd())
        return found.value();
    // Snapshot rows of a deal missing from the opportunity table: keep them with a minimal record.
    Opportunity opportunity;
    opportunity.id = QString::fromUtf8(id);
    opportunity.name = opportunity.id;
    if (from) {
        opportunity.ownerId = QString::fromUtf8(from->ownerId);
        opportunity.stage = QString::fromUtf8(from->stage);
        opportunity.category = parseCategory(from->category).value_or(ForecastCategory::Pipeline);
        opportunity.amount = from->amount;
        opportunity.currency = QString::fromUtf8(from->currency);
    }
    addOpportunity(opportunity);
    return qint32(m_data->m_opportunities.size() - 1);
}

qint32 DatasetBuilder::keyAfterCursor(QByteArrayView id) const
{
    // A date holds only the live deals, so the next row's deal can be anywhere ahead: gallop
    // (1, 2, 4, ... keys on) to bracket it, then binary-search the bracket. A dense date costs
    // one comparison a row, a sparse one a few; no hashing, no allocation.
    const auto keys = qint32(m_opportunityKeys.size());
    auto before = [&](qint32 at) { return QByteArrayView(m_opportunityKeys[size_t(at)]).compare(id) < 0; };
    qint32 low = m_cursor + 1; // every key before `low` is less than id
    qint32 probe = low;
    for (qint32 step = 1; probe < keys && before(probe); step *= 2) {
        low = probe + 1;
        probe = low + step;
    }
    const auto first = m_opportunityKeys.begin() + low;
    const auto end = m_opportunityKeys.begin() + std::min(probe + 1, keys);
    const auto found = std::lower_bound(first, end, id, [](const QByteArray &key, QByteArrayView wanted) {
        return QByteArrayView(key).compare(wanted) < 0;
    });
    return found != end && QByteArrayView(*found) == id ? qint32(found - m_opportunityKeys.begin()) : -1;
}

qint32 DatasetBuilder::keyNearCursor(QByteArrayView id) const
{
    const auto keys = qint32(m_opportunityKeys.size());
    for (qint32 c = m_cursor + 1; c < keys && c <= m_cursor + 8; ++c)
        if (QByteArrayView(m_opportunityKeys[size_t(c)]) == id)
            return c;
    return -1;
}

void DatasetBuilder::addSnapshot(const RawSnapshot &raw)
{
    if (raw.asOf == NoDay || raw.opportunityId.isEmpty())
        return;
    SnapshotRecord row;
    auto dateIt = m_dateByDay.constFind(raw.asOf);
    if (dateIt == m_dateByDay.constEnd()) {
        const auto provisional = quint16(m_provisionalDays.size());
        m_provisionalDays.push_back(raw.asOf);
        dateIt = m_dateByDay.insert(raw.asOf, provisional);
    }
    row.dateIndex = dateIt.value();
    // Rows of one date arrive in id order, like the opportunities: look just after the last row's.
    if (raw.asOf != m_cursorDay) {
        m_cursor = -1;
        m_cursorDay = raw.asOf;
    }
    const qint32 near = m_keysSorted ? keyAfterCursor(raw.opportunityId) : keyNearCursor(raw.opportunityId);
    const qint32 opportunity = near >= 0 ? near : internOpportunity(raw.opportunityId, &raw);
    m_cursor = opportunity;
    row.opportunity = opportunity;
    const qint32 usualOwner = m_data->m_opportunityOwner[size_t(opportunity)];
    row.owner = QByteArrayView(m_repKeys[size_t(usualOwner)]) == raw.ownerId ? usualOwner : internRep(raw.ownerId);
    const quint8 lastStage = m_lastStage[size_t(opportunity)];
    if (QByteArrayView(m_stageKeys[lastStage]) == raw.stage) {
        row.stage = lastStage;
    } else {
        row.stage = quint8(internStage(raw.stage));
        m_lastStage[size_t(opportunity)] = row.stage;
    }
    const ForecastCategory category = parseCategory(raw.category).value_or(ForecastCategory::Pipeline);
    row.flags = quint8(category);
    if (raw.amount) {
        row.amount = ratesFor(raw.currency, raw.closeDay).convert(*raw.amount);
    } else {
        row.flags |= SnapshotRecord::NoAmountFlag;
    }
    row.closeDay = raw.closeDay;
    row.stageEnteredDay = raw.stageEnteredDay;
    row.lastActivityDay = raw.lastActivityDay;
    m_rowFields |= quint32(raw.closeDay != NoDay) << int(DataField::CloseDate)
        | quint32(raw.amount.has_value()) << int(DataField::Amount)
        | quint32(raw.stageEnteredDay != NoDay) << int(DataField::StageEnteredDate)
        | quint32(raw.lastActivityDay != NoDay) << int(DataField::LastActivityDate);
    if (m_spill)
        m_spill->append(row);
    else
        m_data->m_rows.owned().push_back(row);
}

void DatasetBuilder::reserveOpportunities(qint64 count)
{
    if (count <= 0)
        return;
    m_data->m_opportunities.reserve(size_t(count));
    m_data->m_opportunityOwner.reserve(size_t(count));
    m_data->m_opportunityAccount.reserve(size_t(count));
    m_data->m_opportunityAmount.reserve(size_t(count));
    m_opportunityKeys.reserve(size_t(count));
    m_lastStage.reserve(size_t(count));
}

void DatasetBuilder::reserveSnapshots(qint64 count)
{
    if (count > 0 && !m_spill)
        m_data->m_rows.owned().reserve(size_t(count));
}

void DatasetBuilder::spillRowsTo(std::unique_ptr<SpilledRows> rows)
{
    m_spill = std::move(rows);
}

void DatasetBuilder::addForecastCall(const ForecastCall &call)
{
    DatasetForecastCall entry;
    entry.rep = internRep(call.repId.toUtf8());
    entry.period = call.period;
    entry.weekStart = dayOf(call.weekStart);
    entry.commit = call.commit;
    entry.bestCase = call.bestCase;
    m_data->m_calls.push_back(entry);
}

void DatasetBuilder::indexRows(Dataset &d)
{
    // Snapshot dates in order, rows remapped and sorted by (date, opportunity).
    std::vector<quint16> order(m_provisionalDays.size());
    std::iota(order.begin(), order.end(), quint16(0));
    std::sort(order.begin(), order.end(),
              [&](quint16 a, quint16 b) { return m_provisionalDays[a] < m_provisionalDays[b]; });
    std::vector<quint16> remap(order.size());
    d.m_snapshotDays.clear();
    d.m_snapshotDates.clear();
    for (size_t i = 0; i < order.size(); ++i) {
        remap[order[i]] = quint16(i);
        d.m_snapshotDays.push_back(m_provisionalDays[order[i]]);
        d.m_snapshotDates.append(QDate::fromJulianDay(m_provisionalDays[order[i]]));
    }
    auto less = [](const SnapshotRecord &a, const SnapshotRecord &b) {
        return a.dateIndex != b.dateIndex ? a.dateIndex < b.dateIndex : a.opportunity < b.opportunity;
    };
    // Rows read in place (spilled) are used as they are when an import streamed them in key
    // order, its dates arriving in order; otherwise they are copied to be remapped and sorted.
    if (d.m_rows.isMapped()) {
        bool inOrder = std::is_sorted(order.begin(), order.end());
        RowsReleasedBehind rows(d);
        for (size_t i = 1; inOrder && i < d.m_rows.size(); ++i)
            inOrder = !less(rows[quint32(i)], rows[quint32(i - 1)]);
        if (!inOrder)
            d.m_rows.copyIntoMemory();
    }
    if (!d.m_rows.isMapped()) {
        std::vector<SnapshotRecord> &rows = d.m_rows.owned();
        for (SnapshotRecord &row : rows)
            row.dateIndex = remap[row.dateIndex];
        if (!std::is_sorted(rows.begin(), rows.end(), less))
            std::stable_sort(rows.begin(), rows.end(), less);
        rows.shrink_to_fit();
    }

    // Date offsets, and each deal's history by a counting sort (which keeps its rows in date order).
    const size_t rowCount = d.m_rows.size();
    const size_t opportunityCount = d.m_opportunities.size();
    d.m_dateOffsets.assign(d.m_snapshotDays.size() + 1, 0);
    d.m_historyOffsets.assign(opportunityCount + 1, 0);
    {
        RowsReleasedBehind rows(d);
        for (size_t i = 0; i < rowCount; ++i) {
            const SnapshotRecord &row = rows[quint32(i)];
            ++d.m_dateOffsets[row.dateIndex + 1];
            ++d.m_historyOffsets[size_t(row.opportunity) + 1];
        }
    }
    for (size_t i = 1; i < d.m_dateOffsets.size(); ++i)
        d.m_dateOffsets[i] += d.m_dateOffsets[i - 1];
    for (size_t i = 1; i < d.m_historyOffsets.size(); ++i)
        d.m_historyOffsets[i] += d.m_historyOffsets[i - 1];
    std::vector<quint32> &history = d.m_history.owned();
    history.assign(rowCount, 0);
    std::vector<quint32> cursor(d.m_historyOffsets.begin(), d.m_historyOffsets.end() - 1);
    RowsReleasedBehind rows(d);
    for (size_t i = 0; i < rowCount; ++i)
        history[cursor[size_t(rows[quint32(i)].opportunity)]++] = quint32(i);
}

std::shared_ptr<Dataset> DatasetBuilder::finish()
{
    Dataset &d = *m_data;
    if (!m_stagesGiven)
        addDefaultStages();

    if (m_spill) {
        const bool mapped = m_spill->mapInto(d.m_rows);
        m_spill.reset();
        if (!mapped) {
            m_data = std::make_shared<Dataset>();
            m_rowFields = 0;
            return nullptr;
        }
    }
    indexRows(d);

    // Quotas per period, one slot per rep (reps are final now).
    for (const PendingQuota &quota : m_quotas) {
        const qint32 rep = internRep(quota.repId.toUtf8());
        auto &amounts = d.m_quotas[quota.period];
        auto &present = d.m_quotaPresent[quota.period];
        amounts.resize(d.m_reps.size(), 0);
        present.resize(d.m_reps.size(), false);
        amounts[size_t(rep)] = quota.amount;
        present[size_t(rep)] = true;
    }
    for (auto it = d.m_quotas.begin(); it != d.m_quotas.end(); ++it) {
        it.value().resize(d.m_reps.size(), 0);
        d.m_quotaPresent[it.key()].resize(d.m_reps.size(), false);
    }

    // Health readings grouped by account, oldest first (700k at 100k deals: sorted through an
    // index and moved, never copied).
    std::vector<qint32> readingAccount(m_health.size(), -1);
    std::vector<quint32> readingOrder;
    readingOrder.reserve(m_health.size());
    for (size_t i = 0; i < m_health.size(); ++i) {
        readingAccount[i] = d.m_accountIndex.value(m_health[i].accountId);
        if (readingAccount[i] >= 0)
            readingOrder.push_back(quint32(i));
    }
    std::stable_sort(readingOrder.begin(), readingOrder.end(), [&](quint32 a, quint32 b) {
        return readingAccount[a] != readingAccount[b] ? readingAccount[a] < readingAccount[b]
                                                      : m_health[a].date < m_health[b].date;
    });
    d.m_healthOffsets.assign(d.m_accounts.size() + 1, 0);
    d.m_health.clear();
    d.m_health.reserve(readingOrder.size());
    for (const quint32 i : readingOrder) {
        ++d.m_healthOffsets[size_t(readingAccount[i]) + 1];
        d.m_health.push_back(std::move(m_health[i]));
    }
    m_health = {};
    for (size_t i = 1; i < d.m_healthOffsets.size(); ++i)
        d.m_healthOffsets[i] += d.m_healthOffsets[i - 1];

    d.m_presence = DataPresence::fromBits(d.m_presence.bits() | m_rowFields);
    d.m_presence.add(DataField::SnapshotHistory, d.m_snapshotDays.size() >= 2);
    d.m_presence.add(DataField::HealthReading, !d.m_health.empty());

    std::stable_sort(d.m_calls.begin(), d.m_calls.end(), [](const auto &a, const auto &b) {
        if (a.rep != b.rep)
            return a.rep < b.rep;
        if (a.period != b.period)
            return a.period < b.period;
        return a.weekStart < b.weekStart;
    });

    attachPocs(d, std::move(m_pocs));
    m_pocs = {};
    attachPlays(d, std::move(m_plays));
    m_plays = {};

    auto result = std::move(m_data);
    m_data = std::make_shared<Dataset>();
    m_rowFields = 0;
    return result;
}

void DatasetBuilder::attachSourceGroups(Dataset &dataset, SourceGroupMap groups)
{
    dataset.m_sourceGroups = std::move(groups);
}

void DatasetBuilder::attachQualificationHistory(Dataset &dataset, std::vector<QualificationRecord> records)
{
    std::shared_ptr<const QualificationHistory> history = QualificationHistory::build(dataset, std::move(records));
    dataset.m_qualificationHistory = history->isEmpty() ? nullptr : std::move(history);
}

void DatasetBuilder::attachPocs(Dataset &dataset, PocRecords records)
{
    dataset.m_pocs = DatasetPocs(std::move(records), dataset);
    dataset.m_presence.set(DataField::PocRecords, !dataset.m_pocs.isEmpty());
}

void DatasetBuilder::attachPlays(Dataset &dataset, PlayRecords records)
{
    dataset.m_plays = DatasetPlays(std::move(records), dataset);
    const DatasetPlays &plays = dataset.m_plays;
    dataset.m_presence.set(DataField::PlaySteps, plays.hasPlaySteps());
    dataset.m_presence.set(DataField::PlayArtifacts, plays.hasPlayArtifacts());
    dataset.m_presence.set(DataField::ComplianceRecords, plays.hasCompliance());
    dataset.m_presence.set(DataField::DealTasks, plays.hasTasks());
}

} // namespace dmc
