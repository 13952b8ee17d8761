#include "DemoDealDetails.h"

#include "DemoNames.h"
#include "DemoRandom.h"

#include <algorithm>
#include <functional>

namespace dmc {

namespace {

// Chance an element is confirmed, by demo stage (Lead .. Negotiation, Won, Lost).
constexpr double confirmedChance[] = {0.05, 0.15, 0.35, 0.6, 0.8, 0.9, 0.35};

bool isOpen(const Opportunity &opportunity)
{
    return opportunity.category != ForecastCategory::Closed && opportunity.category != ForecastCategory::Omitted;
}

int confirmedCount(const Opportunity &opportunity)
{
    return int(std::count_if(opportunity.meddpicc.begin(), opportunity.meddpicc.end(),
                             [](const MeddpiccEntry &e) { return e.level == EvidenceLevel::Confirmed; }));
}

EvidenceLevel levelOf(const Opportunity &opportunity, MeddpiccElement element)
{
    return opportunity.meddpicc.level(size_t(element)).value_or(EvidenceLevel::None);
}

} // namespace

DemoDealDetails::DemoDealDetails(DemoRandom &random, QDate asOf)
    : m_random(random)
    , m_asOf(asOf)
{
}

void DemoDealDetails::setLevel(Opportunity &opportunity, MeddpiccElement element, EvidenceLevel level)
{
    opportunity.meddpicc.set(size_t(element),
                             {level,
                              level == EvidenceLevel::None
                                  ? QString()
                                  : DemoNames::meddpiccNote(int(element), level == EvidenceLevel::Confirmed,
                                                            m_random)});
}

void DemoDealDetails::fillMeddpicc(Opportunity &opportunity, const DemoDeal &deal)
{
    const bool commit = deal.category == ForecastCategory::Commit;
    for (int e = 0; e < MeddpiccElementCount; ++e) {
        const auto element = MeddpiccElement(e);
        double confirmed = confirmedChance[int(deal.stage)] + (commit ? 0.1 : 0.0);
        if (commit && (element == MeddpiccElement::Champion || element == MeddpiccElement::EconomicBuyer))
            confirmed = 0.9;
        EvidenceLevel level = EvidenceLevel::None;
        if (m_random.chance(confirmed))
            level = EvidenceLevel::Confirmed;
        else if (m_random.chance(0.6))
            level = EvidenceLevel::Partial;
        setLevel(opportunity, element, level);
    }
}

void DemoDealDetails::fillPoc(Opportunity &opportunity, const DemoDeal &deal)
{
    Poc &poc = opportunity.poc;
    poc.status = PocStatus::None; // the demo CRM tracks POCs: a deal without one says "none"
    if (deal.type == DealType::Renewal || deal.stage < DemoStage::Discovery || !m_random.chance(0.35))
        return;
    const double u = m_random.unit();
    switch (deal.stage) {
    case DemoStage::Discovery: poc.status = u < 0.4 ? PocStatus::Planned : PocStatus::Active; break;
    case DemoStage::Proposal:
        poc.status = u < 0.5 ? PocStatus::Active : (u < 0.95 ? PocStatus::Complete : PocStatus::Failed);
        break;
    case DemoStage::Negotiation: poc.status = u < 0.15 ? PocStatus::Active : PocStatus::Complete; break;
    case DemoStage::Won: poc.status = PocStatus::Complete; break;
    default: poc.status = u < 0.4 ? PocStatus::Failed : PocStatus::Complete; break;
    }
    poc.successCriteriaDefined = m_random.chance(0.75);
    switch (*poc.status) {
    case PocStatus::Planned:
        poc.start = m_asOf.addDays(m_random.range(3, 20));
        poc.plannedEnd = poc.start.addDays(28);
        break;
    case PocStatus::Active:
        poc.start = m_asOf.addDays(-m_random.range(7, 45));
        poc.plannedEnd = poc.start.addDays(m_random.range(21, 35));
        poc.lastCheckIn =
            std::max(poc.start,
                     m_asOf.addDays(m_random.chance(0.75) ? -m_random.range(0, 10) : -m_random.range(15, 30)));
        break;
    default: {
        const QDate reference = deal.isOpen() ? m_asOf : QDate::fromJulianDay(deal.close);
        poc.start = reference.addDays(-m_random.range(45, 90));
        poc.plannedEnd = poc.start.addDays(28);
        poc.lastCheckIn = poc.plannedEnd.addDays(m_random.range(-3, 5));
        break;
    }
    }
}

void DemoDealDetails::fillReviews(Opportunity &opportunity, const DemoDeal &deal)
{
    using R = ReviewStatus;
    const double u = m_random.unit();
    const double v = m_random.unit();
    switch (deal.stage) {
    case DemoStage::Lead:
    case DemoStage::Qualified:
        opportunity.securityReview = u < 0.5 ? R::NotStarted : R::NotRequired;
        opportunity.legalReview = R::NotStarted;
        break;
    case DemoStage::Discovery:
        opportunity.securityReview = u < 0.4 ? R::NotStarted : (u < 0.8 ? R::InProgress : R::NotRequired);
        opportunity.legalReview = R::NotStarted;
        break;
    case DemoStage::Proposal:
        opportunity.securityReview = u < 0.25 ? R::NotStarted
            : u < 0.75                        ? R::InProgress
            : u < 0.9                         ? R::Complete
                                              : R::NotRequired;
        opportunity.legalReview = v < 0.6 ? R::NotStarted : R::InProgress;
        break;
    case DemoStage::Negotiation:
        opportunity.securityReview = u < 0.08 ? R::NotStarted
            : u < 0.35                        ? R::InProgress
            : u < 0.9                         ? R::Complete
                                              : R::NotRequired;
        opportunity.legalReview = v < 0.05 ? R::NotStarted : (v < 0.6 ? R::InProgress : R::Complete);
        break;
    case DemoStage::Won:
        opportunity.securityReview = u < 0.85 ? R::Complete : R::NotRequired;
        opportunity.legalReview = R::Complete;
        break;
    case DemoStage::Lost:
        opportunity.securityReview = u < 0.5 ? R::NotStarted : R::InProgress;
        opportunity.legalReview = R::NotStarted;
        break;
    }
}

// A lost deal's loss reason (on about 70 % of them) and competitor (on most deals lost to one, a few
// others). Drawn from the deal's own seed, not the generator's stream, so every other value of the
// demo stays as it was before loss reasons existed.
void DemoDealDetails::fillLoss(Opportunity &opportunity, const DemoDeal &deal)
{
    if (deal.stage != DemoStage::Lost)
        return;
    quint64 seed = 1469598103934665603ULL; // FNV-1a over the id
    for (QChar c : std::as_const(opportunity.id))
        seed = (seed ^ c.unicode()) * 1099511628211ULL;
    DemoRandom random(seed);
    if (!random.chance(0.7))
        return;
    opportunity.lossReason = DemoNames::lossReason(random);
    const bool toCompetitor = opportunity.lossReason == QLatin1String("Lost to competitor");
    if (random.chance(toCompetitor ? 0.9 : 0.15))
        opportunity.competitor = DemoNames::competitorName(random);
}

void DemoDealDetails::fill(Opportunity &opportunity, const DemoDeal &deal)
{
    fillMeddpicc(opportunity, deal);
    fillPoc(opportunity, deal);
    fillReviews(opportunity, deal);
    fillLoss(opportunity, deal);
    opportunity.source = deal.type == DealType::Renewal ? QStringLiteral("Renewal") : DemoNames::leadSource(m_random);
    if (opportunity.source == QLatin1String("Partner") || m_random.chance(0.12))
        opportunity.partner = DemoNames::partnerName(m_random);
    if (deal.isOpen() && m_random.chance(0.92)) {
        const QDate when = m_asOf.addDays(m_random.range(1, 21));
        opportunity.nextStep = DemoNames::nextStep(m_random, int(deal.stage)).arg(when.toString(Qt::ISODate));
    }
}

void DemoDealDetails::ensureHits(std::vector<Opportunity> &opportunities, int minimum)
{
    const QDate in30 = m_asOf.addDays(30);
    const QDate in45 = m_asOf.addDays(45);
    auto closesWithin = [&](const Opportunity &o, const QDate &limit) {
        return o.closeDate.isValid() && o.closeDate >= m_asOf && o.closeDate <= limit;
    };
    auto isCommit = [](const Opportunity &o) { return o.category == ForecastCategory::Commit; };
    // Counts open hits of `matches`; when short, applies `make` to open `candidates`
    // picked at random until the minimum is reached.
    auto topUp = [&](const std::function<bool(const Opportunity &)> &matches,
                     const std::function<bool(const Opportunity &)> &candidate,
                     const std::function<void(Opportunity &)> &make) {
        std::vector<Opportunity *> pool;
        int hits = 0;
        for (Opportunity &o : opportunities) {
            if (!isOpen(o))
                continue;
            if (matches(o))
                ++hits;
            else if (candidate(o))
                pool.push_back(&o);
        }
        while (hits < minimum && !pool.empty()) {
            const size_t index = size_t(m_random.below(pool.size()));
            make(*pool[index]);
            pool.erase(pool.begin() + qsizetype(index));
            ++hits;
        }
    };

    topUp(
        [&](const Opportunity &o) {
            return isCommit(o)
                && (levelOf(o, MeddpiccElement::Champion) != EvidenceLevel::Confirmed
                    || levelOf(o, MeddpiccElement::EconomicBuyer) != EvidenceLevel::Confirmed);
        },
        isCommit, [&](Opportunity &o) { setLevel(o, MeddpiccElement::Champion, EvidenceLevel::Partial); });
    topUp(
        [&](const Opportunity &o) {
            return (isCommit(o) || o.category == ForecastCategory::BestCase) && closesWithin(o, in30)
                && levelOf(o, MeddpiccElement::PaperProcess) != EvidenceLevel::Confirmed;
        },
        [&](const Opportunity &o) {
            return (isCommit(o) || o.category == ForecastCategory::BestCase) && closesWithin(o, in30);
        },
        [&](Opportunity &o) { setLevel(o, MeddpiccElement::PaperProcess, EvidenceLevel::Partial); });
    topUp([&](const Opportunity &o) { return closesWithin(o, in45) && o.securityReview == ReviewStatus::NotStarted; },
          [&](const Opportunity &o) { return closesWithin(o, in45); },
          [](Opportunity &o) { o.securityReview = ReviewStatus::NotStarted; });
    topUp(
        [&](const Opportunity &o) {
            return o.poc.status == PocStatus::Active
                && ((o.poc.plannedEnd.isValid() && o.poc.plannedEnd < m_asOf) || !o.poc.lastCheckIn.isValid()
                    || o.poc.lastCheckIn < m_asOf.addDays(-14));
        },
        [](const Opportunity &o) {
            return o.type != DealType::Renewal
                && (o.stage == QLatin1String("Discovery") || o.stage == QLatin1String("Proposal"));
        },
        [&](Opportunity &o) {
            o.poc.status = PocStatus::Active;
            o.poc.start = m_asOf.addDays(-m_random.range(35, 50));
            o.poc.plannedEnd = o.poc.start.addDays(28);
            o.poc.lastCheckIn = m_asOf.addDays(-m_random.range(15, 25));
            o.poc.successCriteriaDefined = m_random.chance(0.5);
        });
    topUp([&](const Opportunity &o) { return isCommit(o) && confirmedCount(o) < 6; }, isCommit,
          [&](Opportunity &o) {
              setLevel(o, MeddpiccElement::Metrics, EvidenceLevel::Partial);
              setLevel(o, MeddpiccElement::DecisionCriteria, EvidenceLevel::None);
              setLevel(o, MeddpiccElement::Competition, EvidenceLevel::Partial);
          });
}

} // namespace dmc
