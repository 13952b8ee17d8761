#include "DemoDealSimulator.h"

#include "DemoRandom.h"

#include <algorithm>
#include <cmath>

namespace dmc {

namespace {

constexpr int OpenStages = 5;
// Chance per week of moving to the next stage, Lead .. Proposal (Negotiation only closes).
constexpr double advanceChance[OpenStages] = {0.26, 0.22, 0.20, 0.18, 0.0};
// Chance of winning when the close date comes, per open stage.
constexpr double winChance[OpenStages] = {0.05, 0.15, 0.30, 0.50, 0.75};

bool keepsOpen(const DemoDeal &deal)
{
    return deal.script != DemoScript::None;
}

Cents roundTo(double cents, Cents step)
{
    return std::max<Cents>(step, Cents(std::llround(cents / double(step))) * step);
}

} // namespace

DemoDealSimulator::DemoDealSimulator(DemoRandom &random, const Context &context)
    : m_random(random)
    , m_context(context)
    , m_lastDay(DayNumber(context.snapshotDates.back().toJulianDay()))
{
}

QString DemoDealSimulator::stageName(DemoStage stage)
{
    switch (stage) {
    case DemoStage::Lead: return QStringLiteral("Lead");
    case DemoStage::Qualified: return QStringLiteral("Qualified");
    case DemoStage::Discovery: return QStringLiteral("Discovery");
    case DemoStage::Proposal: return QStringLiteral("Proposal");
    case DemoStage::Negotiation: return QStringLiteral("Negotiation");
    case DemoStage::Won: return QStringLiteral("Closed Won");
    case DemoStage::Lost: return QStringLiteral("Closed Lost");
    }
    return {};
}

int DemoDealSimulator::stageProbability(DemoStage stage)
{
    static constexpr int probabilities[] = {10, 25, 40, 60, 80, 100, 0};
    return probabilities[int(stage)];
}

ForecastCategory DemoDealSimulator::categoryFor(DemoStage stage)
{
    const double u = m_random.unit();
    switch (stage) {
    case DemoStage::Lead:
    case DemoStage::Qualified: return ForecastCategory::Pipeline;
    case DemoStage::Discovery: return u < 0.85 ? ForecastCategory::Pipeline : ForecastCategory::BestCase;
    case DemoStage::Proposal:
        return u < 0.15 ? ForecastCategory::Pipeline
                        : (u < 0.75 ? ForecastCategory::BestCase : ForecastCategory::Commit);
    case DemoStage::Negotiation: return u < 0.3 ? ForecastCategory::BestCase : ForecastCategory::Commit;
    case DemoStage::Won: return ForecastCategory::Closed;
    case DemoStage::Lost: return ForecastCategory::Omitted;
    }
    return ForecastCategory::Pipeline;
}

Cents DemoDealSimulator::toReporting(const DemoDeal &deal) const
{
    if (deal.currency == 0)
        return deal.amount;
    return Cents(std::llround(double(deal.amount) / m_context.rates[size_t(deal.currency)]));
}

// The state a deal has when it first appears: deals older than the warm-up start arrive
// part-way up the ladder.
void DemoDealSimulator::start(DemoDeal &deal, DayNumber day)
{
    deal.live = true;
    const int age = std::max(0, day - deal.created);
    int stage = deal.type == DealType::Renewal ? 1 : (m_random.chance(0.55) ? 0 : 1);
    if (age > 40)
        stage += m_random.range(0, std::min(3, age / 40));
    if (deal.script == DemoScript::EarlyCommit)
        stage = std::min(stage, 1);
    deal.stage = DemoStage(std::min(stage, 4));
    deal.stageEntered = age > 40 ? deal.created + DayNumber(age * m_random.range(0.3, 0.9)) : deal.created;
    deal.lastActivity = std::max(deal.stageEntered, day - (age > 14 ? m_random.range(0, 12) : age));
    deal.category = categoryFor(deal.stage);
}

void DemoDealSimulator::close(DemoDeal &deal, DayNumber day, bool won)
{
    // A deal closed this week keeps its close date; one closed late gets the real day.
    if (deal.close <= day - 7 || deal.close > day)
        deal.close = day - m_random.range(0, 4);
    deal.stage = won ? DemoStage::Won : DemoStage::Lost;
    deal.category = won ? ForecastCategory::Closed : ForecastCategory::Omitted;
    deal.stageEntered = deal.close;
    deal.lastActivity = std::max(deal.lastActivity, deal.close);
}

void DemoDealSimulator::step(DemoDeal &deal, DayNumber day, int weeksToEnd)
{
    const DemoScript script = deal.script;
    const bool silent = script == DemoScript::Silent && weeksToEnd <= 6;
    const bool frozenClose = script == DemoScript::PastClose && weeksToEnd <= 3;
    const bool noStageChange = silent || (script == DemoScript::Stale && weeksToEnd <= 8);
    const int stage = int(deal.stage);

    if (!silent && m_random.chance(deal.activityRate))
        deal.lastActivity = std::max({deal.lastActivity, deal.created, day - m_random.range(0, 6)});

    if (script == DemoScript::PastClose && weeksToEnd == 3)
        deal.close = m_lastDay - m_random.range(2, 20);
    if (script == DemoScript::PushedTwice && (weeksToEnd == 9 || weeksToEnd == 4))
        deal.close = std::max(deal.close, day) + m_random.range(21, 45);

    if (deal.close <= day && !frozenClose) {
        if (keepsOpen(deal)) {
            deal.close = day + m_random.range(14, 42);
        } else {
            const double win =
                deal.type == DealType::Renewal ? std::min(0.95, winChance[stage] + 0.3) : winChance[stage];
            const double u = m_random.unit();
            const double wonBelow = win * 0.75;
            const double lostBelow = wonBelow + (1.0 - win) * 0.45;
            const double pushedBelow = lostBelow + (1.0 - lostBelow) * 0.55;
            if (u < wonBelow) {
                close(deal, day, true);
                return;
            }
            if (u < lostBelow) {
                close(deal, day, false);
                return;
            }
            if (u < pushedBelow)
                deal.close = std::max(deal.close, day) + m_random.range(14, 56);
            // else: left open past its close date until a later week
        }
    } else if (!keepsOpen(deal) && deal.stage == DemoStage::Negotiation && deal.close - day <= 21
               && m_random.chance(0.1)) {
        close(deal, day, true);
        return;
    }
    if (!keepsOpen(deal) && m_random.chance(0.008)) {
        close(deal, day, false); // disqualified early
        return;
    }

    const bool capped = script == DemoScript::EarlyCommit && deal.stage >= DemoStage::Qualified;
    if (!noStageChange && !capped && m_random.chance(advanceChance[stage])) {
        deal.stage = DemoStage(stage + 1);
        deal.stageEntered = std::min(day, std::max(deal.stageEntered + 1, day - m_random.range(0, 6)));
        deal.lastActivity = std::max(deal.lastActivity, deal.stageEntered);
        deal.category = categoryFor(deal.stage);
    }
    if (!frozenClose && script != DemoScript::PushedTwice) {
        if (m_random.chance(0.03 * deal.slip))
            deal.close += m_random.range(14, 45);
        else if (deal.close - day > 28 && m_random.chance(0.012))
            deal.close -= m_random.range(7, deal.close - day - 14);
    }
    if (script == DemoScript::AmountDrop && weeksToEnd == 0) {
        deal.amount = roundTo(double(deal.amount) * m_random.range(0.55, 0.75), 10000);
    } else if (m_random.chance(0.045)) {
        double factor = 1.0;
        if (m_random.chance(0.55))
            factor = m_random.range(1.05, 1.4);
        else
            factor = m_random.chance(0.35) ? m_random.range(0.5, 0.79) : m_random.range(0.82, 0.97);
        deal.amount = roundTo(double(deal.amount) * factor, 10000);
    }
    if (script == DemoScript::EarlyCommit && weeksToEnd <= 1) {
        deal.category = ForecastCategory::Commit;
    } else if (m_random.chance(0.025)) {
        const int category = int(deal.category);
        const int moved = m_random.chance(0.5) ? category + 1 : category - 1;
        deal.category =
            ForecastCategory(std::clamp(moved, int(ForecastCategory::Pipeline), int(ForecastCategory::Commit)));
    }
    if (!keepsOpen(deal) && m_random.chance(0.0012))
        deal.deleted = true;
}

void DemoDealSimulator::run(std::vector<DemoDeal> &deals, std::vector<SnapshotRow> &rows,
                            std::vector<std::vector<RepNumbers>> &repNumbers)
{
    const QList<QDate> &snapshots = m_context.snapshotDates;
    const DayNumber firstSnapshot = DayNumber(snapshots.front().toJulianDay());
    const DayNumber simulationStart = DayNumber(m_context.simulationStart.toJulianDay());
    const int weeks = (m_lastDay - simulationStart) / 7;

    QStringList stageNames;
    for (int s = 0; s <= int(DemoStage::Lost); ++s)
        stageNames << stageName(DemoStage(s));
    repNumbers.assign(size_t(snapshots.size()), std::vector<RepNumbers>(size_t(m_context.repIds.size())));

    // Deals sorted by created date, so the live ones are a growing prefix.
    size_t started = 0;
    for (int week = 0; week <= weeks; ++week) {
        const DayNumber day = simulationStart + 7 * week;
        const int weeksToEnd = weeks - week;
        for (size_t i = 0; i < started; ++i) {
            DemoDeal &deal = deals[i];
            if (!deal.deleted && deal.isOpen())
                step(deal, day, weeksToEnd);
        }
        while (started < deals.size() && deals[started].created <= day)
            start(deals[started++], day);

        if (day < firstSnapshot)
            continue;
        const int snapshotIndex = (day - firstSnapshot) / 7;
        const QDate asOf = QDate::fromJulianDay(day);
        const FiscalPeriod period = m_context.calendar.periodOf(asOf);
        const DayNumber periodStart = DayNumber(period.start.toJulianDay());
        const DayNumber periodEnd = DayNumber(period.end.toJulianDay());
        std::vector<RepNumbers> &numbers = repNumbers[size_t(snapshotIndex)];
        for (size_t i = 0; i < started; ++i) {
            const DemoDeal &deal = deals[i];
            if (deal.deleted)
                continue;
            SnapshotRow row;
            row.asOf = asOf;
            row.opportunityId = deal.id;
            row.ownerId = m_context.repIds[deal.owner];
            row.stage = stageNames[int(deal.stage)];
            row.category = deal.category;
            row.amount = deal.amount;
            row.currency = m_context.currencyCodes[deal.currency];
            row.closeDate = QDate::fromJulianDay(deal.close);
            row.stageEnteredDate = QDate::fromJulianDay(deal.stageEntered);
            row.lastActivityDate = QDate::fromJulianDay(deal.lastActivity);
            rows.push_back(std::move(row));

            if (deal.close < periodStart || deal.close > periodEnd)
                continue;
            RepNumbers &rep = numbers[size_t(deal.owner)];
            if (deal.stage == DemoStage::Won)
                rep.won += toReporting(deal);
            else if (deal.category == ForecastCategory::Commit && deal.isOpen())
                rep.commit += toReporting(deal);
            else if (deal.category == ForecastCategory::BestCase && deal.isOpen())
                rep.bestCase += toReporting(deal);
        }
    }
}

} // namespace dmc
