#include "DemoGenerator.h"

#include "DemoDealDetails.h"
#include "DemoQualificationHistory.h"
#include "DemoDealSimulator.h"
#include "DemoNames.h"
#include "DemoPlays.h"
#include "DemoPocs.h"
#include "DemoRandom.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace dmc {

namespace {

constexpr int WarmUpWeeks = 13;  // simulated before the first snapshot so it opens with a pipeline
constexpr int OldDealDays = 120; // some deals were created before the warm-up

// How an account's health readings move.
enum class HealthProfile : quint8 { Steady, Low, Declining };

struct DemoAccount
{
    Account account;
    int owner = 0;
    bool customer = true;
    HealthProfile health = HealthProfile::Steady;
};

Cents dollars(double value, double step)
{
    return Cents(std::llround(value / step) * std::llround(step)) * 100;
}

QString zeroPadded(const QString &prefix, qint64 number, int width)
{
    return prefix + QString::number(number).rightJustified(width, QLatin1Char('0'));
}

int widthFor(qint64 count, int minimum)
{
    return std::max(minimum, int(QString::number(count).size()));
}

// Close dates cluster at month ends, as in every real pipeline.
DayNumber planClose(DemoRandom &random, DayNumber created, int minDays, int spread)
{
    QDate close = QDate::fromJulianDay(created + minDays + DayNumber(random.skewed(0, spread)));
    if (random.chance(0.4))
        close = QDate(close.year(), close.month(), close.daysInMonth());
    return DayNumber(close.toJulianDay());
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options))
{
    m_options.weeks = std::max(2, m_options.weeks);
    m_options.deals = std::max(10, m_options.deals);
    m_options.reps = std::max(0, m_options.reps);
}

QList<QDate> DemoGenerator::snapshotDates() const
{
    const QDate last = FiscalCalendar::weekStart(m_options.lastSnapshot);
    QList<QDate> dates;
    for (int i = m_options.weeks - 1; i >= 0; --i)
        dates << last.addDays(-7 * i);
    return dates;
}

CrmData DemoGenerator::generate() const
{
    DemoRandom random(m_options.seed);
    const FiscalCalendar calendar;
    const QList<QDate> snapshots = snapshotDates();
    const QDate asOf = snapshots.back();
    const DayNumber asOfDay = DayNumber(asOf.toJulianDay());
    const QDate simulationStart = snapshots.front().addDays(-7 * WarmUpWeeks);
    const DayNumber simulationDay = DayNumber(simulationStart.toJulianDay());

    CrmData data;
    data.reportingCurrency = QStringLiteral("USD");
    for (int s = 0; s <= int(DemoStage::Lost); ++s) {
        const auto stage = DemoStage(s);
        data.stages.push_back({DemoDealSimulator::stageName(stage), DemoDealSimulator::stageProbability(stage), s + 1,
                               stage == DemoStage::Won, stage == DemoStage::Lost});
    }
    const QStringList currencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP")};
    const std::vector<double> rates{1.0, 0.92, 0.79};
    for (size_t c = 0; c < rates.size(); ++c)
        data.currencyRates.push_back({currencies[qsizetype(c)], rates[c], c == 0});

    // --- organisation: districts of ~10 reps (8-10 in the default demo), regions of ~5 districts
    std::vector<int> districtSizes;
    if (m_options.reps == 0) {
        for (int d = 0; d < 3; ++d)
            districtSizes.push_back(8 + int(random.below(3)));
    } else {
        const int districts = std::max(1, (m_options.reps + 5) / 10);
        for (int d = 0; d < districts; ++d)
            districtSizes.push_back(m_options.reps / districts + (d < m_options.reps % districts ? 1 : 0));
    }
    const int districtCount = int(districtSizes.size());
    const QStringList districtNames = DemoNames::districtNames(districtCount);
    const QStringList regionNames = DemoNames::regionNames((districtCount + 4) / 5);
    int repCount = 0;
    for (int size : districtSizes)
        repCount += size;
    const QStringList repNames = DemoNames::personNames(random, repCount);
    const int repWidth = widthFor(repCount, 3);
    QStringList repIds;
    std::vector<bool> ramping;
    for (int d = 0, r = 0; d < districtCount; ++d) {
        for (int i = 0; i < districtSizes[size_t(d)]; ++i, ++r) {
            Rep rep;
            rep.id = zeroPadded(QStringLiteral("R"), r + 1, repWidth);
            rep.name = repNames[r];
            rep.district = districtNames[d];
            rep.region = regionNames[d / 5];
            // A couple of new hires are still ramping (default: one in each of two districts).
            const bool isRamping = m_options.reps == 0 ? (i == 3 && d < 2) : random.chance(0.05);
            rep.rampStart = asOf.addDays(isRamping ? -random.range(45, 120) : -random.range(400, 2400));
            ramping.push_back(isRamping);
            repIds << rep.id;
            data.reps.push_back(rep);
        }
    }

    // --- accounts: three in four are customers (ARR, renewal, sponsor, health), the rest prospects
    const int accountCount = std::max(6, int(std::llround(m_options.deals / 7.5)));
    const int customerCount = accountCount * 3 / 4;
    const QStringList companies = DemoNames::companyNames(random, accountCount);
    const int accountWidth = widthFor(accountCount, 4);
    std::vector<DemoAccount> accounts;
    auto customersOf = std::vector<std::vector<int>>(size_t(repCount));
    auto prospectsOf = std::vector<std::vector<int>>(size_t(repCount));
    static constexpr std::array<const char *, 10> sponsorFirst{"Dana",   "Morgan", "Alex",  "Jordan", "Robin",
                                                               "Taylor", "Casey",  "Jamie", "Riley",  "Avery"};
    static constexpr std::array<const char *, 10> sponsorLast{"Whitfield", "Harper", "Sinclair", "Lowell",   "Castillo",
                                                              "Moreno",    "Ashby",  "Kaur",     "Lindgren", "Okoro"};
    for (int a = 0; a < accountCount; ++a) {
        DemoAccount demo;
        demo.customer = a < customerCount;
        demo.owner = demo.customer ? a % repCount : (a - customerCount) % repCount;
        Account &account = demo.account;
        account.id = zeroPadded(QStringLiteral("A"), a + 1, accountWidth);
        account.name = companies[a];
        account.industry = DemoNames::industryOf(account.name);
        const double u = random.unit();
        // A few accounts trade in EUR or GBP (always one of each among the first customers).
        if (a == 4 || (a != 9 && u < 0.06))
            account.currency = currencies[1];
        else if (a == 9 || u < 0.09)
            account.currency = currencies[2];
        if (demo.customer) {
            account.arr = dollars(random.skewed(20000, 600000), 1000);
            account.renewalDate = asOf.addDays(random.range(-12, 380));
            // One draw per statement: the order of operands' evaluation differs between compilers.
            const QString title = DemoNames::sponsorTitle(random);
            const char *last = random.pick(sponsorLast);
            const char *first = random.pick(sponsorFirst);
            account.executiveSponsor =
                QLatin1String(first) + QLatin1Char(' ') + QLatin1String(last) + QStringLiteral(", ") + title;
            const double h = random.unit();
            demo.health = h < 0.12 ? HealthProfile::Low : (h < 0.26 ? HealthProfile::Declining : HealthProfile::Steady);
        }
        const Cents arrDollars = account.arr / 100;
        if (!demo.customer) {
            static constexpr std::array<const char *, 3> segments{"Enterprise", "Mid-Market", "SMB"};
            account.segment = QLatin1String(random.pick(segments));
        } else {
            account.segment = arrDollars >= 250000 ? QStringLiteral("Enterprise")
                : arrDollars >= 80000              ? QStringLiteral("Mid-Market")
                                                   : QStringLiteral("SMB");
        }
        (demo.customer ? customersOf : prospectsOf)[size_t(demo.owner)].push_back(a);
        accounts.push_back(demo);
    }
    // At least a few renewals inside 120 days with low or falling health, whatever the seed.
    {
        int watched = 0;
        std::vector<int> candidates;
        for (int a = 0; a < customerCount; ++a) {
            const qint64 days = asOf.daysTo(accounts[size_t(a)].account.renewalDate);
            if (days <= 0 || days > 120)
                continue;
            if (accounts[size_t(a)].health != HealthProfile::Steady)
                ++watched;
            else
                candidates.push_back(a);
        }
        const int minimum = std::max(2, customerCount / 30);
        while (watched < minimum && !candidates.empty()) {
            const size_t pick = size_t(random.below(candidates.size()));
            accounts[size_t(candidates[pick])].health = watched % 2 ? HealthProfile::Low : HealthProfile::Declining;
            candidates.erase(candidates.begin() + qsizetype(pick));
            ++watched;
        }
    }
    // Health every two weeks, ending on the as-of date; a decline drops >= 12 points in 28 days.
    for (const DemoAccount &demo : accounts) {
        if (!demo.customer)
            continue;
        const int readings = m_options.weeks / 2 + 3;
        const int base = demo.health == HealthProfile::Low ? random.range(38, 56) : random.range(66, 94);
        const int drop = random.range(12, 25);
        for (int k = readings - 1; k >= 0; --k) {
            int score = base + random.range(-3, 3);
            if (demo.health == HealthProfile::Declining && k <= 2)
                score = base - (k == 2 ? 0 : (k == 1 ? drop / 2 : drop));
            data.healthReadings.push_back({demo.account.id, asOf.addDays(-14 * k), std::clamp(score, 0, 100)});
        }
        data.accounts.push_back(demo.account);
    }
    for (const DemoAccount &demo : accounts) {
        if (!demo.customer)
            data.accounts.push_back(demo.account);
    }

    // --- deal plan: renewals from the accounts, then new business and expansions
    std::vector<DemoDeal> deals;
    auto currencyOf = [&](int account) {
        return account < 0 ? 0
                           : int(currencies.indexOf(accounts[size_t(account)].account.currency.isEmpty()
                                                        ? currencies[0]
                                                        : accounts[size_t(account)].account.currency));
    };
    auto plannedRenewal = [&](int a, DayNumber close) {
        const DemoAccount &demo = accounts[size_t(a)];
        DemoDeal deal;
        deal.owner = demo.owner;
        deal.account = a;
        deal.type = DealType::Renewal;
        deal.currency = currencyOf(a);
        deal.close = close;
        const DayNumber latestCreated = asOfDay - random.range(14, 40);
        deal.created = std::min(close - random.range(100, 150), latestCreated);
        deal.amount = dollars(double(demo.account.arr / 100) * random.range(1.0, 1.08), 100);
        deal.name =
            demo.account.name + QStringLiteral(" - Renewal ") + QString::number(QDate::fromJulianDay(close).year());
        deals.push_back(deal);
    };
    for (int a = 0; a < customerCount && int(deals.size()) < m_options.deals / 3; ++a) {
        const DayNumber renewal = DayNumber(accounts[size_t(a)].account.renewalDate.toJulianDay());
        if (renewal <= asOfDay + 200)
            plannedRenewal(a, renewal);
        if (renewal - 365 >= simulationDay + 14)
            plannedRenewal(a, renewal - 365);
    }
    const int others = m_options.deals - int(deals.size());
    for (int i = 0; i < others; ++i) {
        DemoDeal deal;
        deal.owner = i % repCount;
        const bool expansion = random.chance(0.3) && !customersOf[size_t(deal.owner)].empty();
        deal.type = expansion ? DealType::Expansion : DealType::New;
        const auto &customers = customersOf[size_t(deal.owner)];
        const auto &prospects = prospectsOf[size_t(deal.owner)];
        const double u = random.unit();
        if (expansion || (u < 0.45 && !customers.empty()))
            deal.account = random.pick(customers);
        else if (u < 0.95 && !prospects.empty())
            deal.account = random.pick(prospects);
        deal.currency = currencyOf(deal.account);
        deal.created =
            simulationDay - OldDealDays + DayNumber(random.below(quint64(asOfDay - simulationDay + OldDealDays)));
        deal.close = expansion ? planClose(random, deal.created, 21, 120) : planClose(random, deal.created, 35, 180);
        deal.amount =
            expansion ? dollars(random.skewed(5000, 150000), 500) : dollars(random.skewed(12000, 350000), 500);
        const QString product = DemoNames::productName(random);
        const QString accountName = deal.account < 0 ? QString() : accounts[size_t(deal.account)].account.name;
        if (deal.account < 0)
            deal.name = product + QStringLiteral(" pilot");
        else if (expansion)
            deal.name = accountName + QStringLiteral(" - ") + product + QStringLiteral(" expansion");
        else
            deal.name = accountName + QStringLiteral(" - ") + product;
        deals.push_back(deal);
    }
    for (DemoDeal &deal : deals) {
        const double u = random.unit();
        deal.activityRate = u < 0.12 ? 0.12 : (u < 0.35 ? 0.5 : 0.85);
        deal.slip = random.chance(0.2) ? 2.5 : 1.0;
    }
    std::stable_sort(deals.begin(), deals.end(),
                     [](const DemoDeal &a, const DemoDeal &b) { return a.created < b.created; });
    const int dealWidth = widthFor(qint64(deals.size()), 6);
    for (size_t i = 0; i < deals.size(); ++i)
        deals[i].id = zeroPadded(QStringLiteral("OPP-"), qint64(i) + 1, dealWidth);

    // Scripted ends: a few deals per time-based filter, created early enough to have a history.
    {
        std::vector<size_t> candidates;
        for (size_t i = 0; i < deals.size(); ++i) {
            if (deals[i].type != DealType::Renewal && deals[i].created <= asOfDay - 80
                && deals[i].created >= simulationDay - 30)
                candidates.push_back(i);
        }
        const int perScript = std::max(2, m_options.deals / 300);
        for (int s = int(DemoScript::PushedTwice); s <= int(DemoScript::EarlyCommit); ++s) {
            for (int k = 0; k < perScript && !candidates.empty(); ++k) {
                const size_t pick = size_t(random.below(candidates.size()));
                DemoDeal &deal = deals[candidates[pick]];
                deal.script = DemoScript(s);
                deal.close = asOfDay + random.range(10, 70);
                candidates.erase(candidates.begin() + qsizetype(pick));
            }
        }
    }

    // --- the weekly history
    DemoDealSimulator::Context context{snapshots, simulationStart, repIds, currencies, rates, calendar};
    std::vector<std::vector<DemoDealSimulator::RepNumbers>> repNumbers;
    data.snapshots.reserve(deals.size() * size_t(m_options.weeks) * 2 / 3);
    DemoDealSimulator(random, context).run(deals, data.snapshots, repNumbers);

    // --- opportunities as the last export knows them
    DemoDealDetails details(random, asOf);
    data.opportunities.reserve(deals.size());
    for (const DemoDeal &deal : deals) {
        Opportunity o;
        o.id = deal.id;
        o.accountId = deal.account < 0 ? QString() : accounts[size_t(deal.account)].account.id;
        o.ownerId = repIds[deal.owner];
        o.name = deal.name;
        o.type = deal.type;
        o.stage = DemoDealSimulator::stageName(deal.stage);
        o.category = deal.category;
        o.amount = deal.amount;
        o.currency = deal.currency == 0 ? QString() : currencies[deal.currency];
        o.closeDate = QDate::fromJulianDay(deal.close);
        o.createdDate = QDate::fromJulianDay(deal.created);
        o.stageEnteredDate = QDate::fromJulianDay(deal.stageEntered);
        o.lastActivityDate = QDate::fromJulianDay(deal.lastActivity);
        o.sourceFile = QStringLiteral("demo");
        details.fill(o, deal);
        data.opportunities.push_back(std::move(o));
    }
    // Deleted deals are not open at the as-of date: leave them out of the top-up.
    {
        std::vector<Opportunity> live;
        std::vector<size_t> liveIndex;
        for (size_t i = 0; i < deals.size(); ++i) {
            if (!deals[i].deleted) {
                live.push_back(data.opportunities[i]);
                liveIndex.push_back(i);
            }
        }
        details.ensureHits(live, std::max(2, m_options.deals / 300));
        for (size_t k = 0; k < live.size(); ++k)
            data.opportunities[liveIndex[k]] = std::move(live[k]);
    }
    // Qualification changes in the last weeks, so a past as-of reads the values of then.
    {
        std::vector<QDate> created;
        std::vector<bool> open;
        for (const DemoDeal &deal : deals) {
            created.push_back(QDate::fromJulianDay(deal.created));
            open.push_back(deal.isOpen() && !deal.deleted);
        }
        data.qualificationHistory =
            DemoQualificationHistory::build(data.opportunities, created, open, snapshots, m_options.seed);
    }
    // POCs with their checklist, criteria, check-ins and tasks, matching the deals' POC fields.
    data.pocs = DemoPocs::build(data.opportunities, asOf);
    // Partners, two plays, compliance artifacts and deal tasks, from the deals and their accounts.
    data.plays = DemoPlays::build(data.opportunities, data.accounts, asOf);

    // --- quotas: per rep a share of the team's won in the last closed quarter, ramping reps half
    const FiscalPeriod current = calendar.periodOf(asOf);
    const FiscalPeriod previous = calendar.previous(current);
    std::vector<Cents> wonPrevious(size_t(repCount), 0);
    for (const DemoDeal &deal : deals) {
        if (deal.stage == DemoStage::Won && !deal.deleted && previous.contains(QDate::fromJulianDay(deal.close)))
            wonPrevious[size_t(deal.owner)] += deal.currency == 0
                ? deal.amount
                : Cents(std::llround(double(deal.amount) / rates[size_t(deal.currency)]));
    }
    Cents teamWon = 0;
    for (Cents won : wonPrevious)
        teamWon += won;
    const double perRep = std::max(150000.0 * 100, double(teamWon) / repCount);
    QList<FiscalPeriod> periods;
    for (FiscalPeriod p = calendar.periodOf(QDate::fromJulianDay(simulationDay - OldDealDays));
         p.start <= calendar.next(current).start; p = calendar.next(p))
        periods << p;
    for (int r = 0; r < repCount; ++r) {
        const double factor = random.range(0.9, 1.2);
        for (int k = 0; k < periods.size(); ++k) {
            const FiscalPeriod &p = periods[k];
            const bool rampQuarter = ramping[size_t(r)] && data.reps[size_t(r)].rampStart.addDays(90) >= p.start;
            const double growth = 1.0 + 0.03 * (k - (periods.size() - 2));
            // Half the team average, half the rep's own track record: attainments spread, not wildly.
            const double base = 0.5 * perRep + 0.5 * std::max(0.4 * perRep, double(wonPrevious[size_t(r)]));
            const double amount = base * factor * growth * (rampQuarter ? 0.5 : 1.0) / 100.0;
            data.quotas.push_back({repIds[r], p.key(), dollars(amount, 5000)});
        }
    }

    // --- forecast calls: close to the snapshot's commit and best-case forecast, never equal
    for (qsizetype s = 0; s < snapshots.size(); ++s) {
        const QString period = calendar.periodOf(snapshots[s]).key();
        for (int r = 0; r < repCount; ++r) {
            const auto &n = repNumbers[size_t(s)][size_t(r)];
            auto called = [&](Cents base) {
                double factor = random.range(0.9, 1.08);
                if (std::abs(factor - 1.0) < 0.01)
                    factor = 1.03;
                Cents value = dollars(double(base) / 100.0 * factor, 1000);
                if (value == base)
                    value += 1000 * 100;
                return value;
            };
            const Cents commit = called(n.won + n.commit);
            Cents bestCase = called(n.won + n.commit + n.bestCase);
            if (bestCase <= commit)
                bestCase = commit + (n.bestCase > 0 ? dollars(double(n.bestCase) / 200.0, 1000) : 0);
            data.forecastCalls.push_back({repIds[r], period, snapshots[s], commit, bestCase});
        }
    }

    // --- territory and capacity: a ramp curve, a leaver and account owners. Nothing here draws
    // from `random`, so everything above is the same as without it.
    data.rampCurves = {{QStringLiteral("AE"), 1, 20},
                       {QStringLiteral("AE"), 2, 45},
                       {QStringLiteral("AE"), 3, 70},
                       {QStringLiteral("AE"), 4, 90}};
    // The second rep of the first district leaves six weeks into the next quarter.
    if (repCount > 1)
        data.repEmployment.push_back({repIds[1], calendar.next(current).start.addDays(41), false});
    // Each account belongs to the owner of its most recently created deal since a year before
    // the first deal; every 20th account has none, and every 9th moved to its current owner two
    // months before the as-of from the rep listed before them.
    QHash<QString, const Opportunity *> latest;
    for (const Opportunity &o : data.opportunities) {
        if (o.accountId.isEmpty())
            continue;
        const Opportunity *&seen = latest[o.accountId];
        if (!seen || o.createdDate > seen->createdDate || (o.createdDate == seen->createdDate && o.id > seen->id))
            seen = &o;
    }
    const QDate territoryStart = QDate::fromJulianDay(simulationDay - OldDealDays).addYears(-1);
    for (int a = 0; a < int(data.accounts.size()); ++a) {
        const Account &account = data.accounts[size_t(a)];
        const Opportunity *deal = latest.value(account.id);
        if (!deal || (a + 1) % 20 == 0)
            continue;
        const qsizetype owner = repIds.indexOf(deal->ownerId);
        if ((a + 1) % 9 == 0 && owner > 0) {
            data.accountOwners.push_back({account.id, repIds[owner - 1], territoryStart});
            data.accountOwners.push_back({account.id, deal->ownerId, asOf.addDays(-61)});
        } else {
            data.accountOwners.push_back({account.id, deal->ownerId, territoryStart});
        }
    }
    return data;
}

} // namespace dmc
