#pragma once

#include "DemoDeal.h"
#include "domain/Opportunity.h"

#include <QDate>

#include <vector>

namespace dmc {

class DemoRandom;

// The deal fields the weekly snapshots do not carry: MEDDPICC with notes, POC, security and
// legal review, next step, source and partner, filled to match each deal's final stage.
class DemoDealDetails
{
public:
    DemoDealDetails(DemoRandom &random, QDate asOf);

    void fill(Opportunity &opportunity, const DemoDeal &deal);

    // Tops up the deal-field risk filters (commit without champion or EB, paper process,
    // security review, POC, MEDDPICC completeness) to at least `minimum` open hits each at the
    // as-of date, for any seed. Chance alone gives most hits; this only guarantees them.
    void ensureHits(std::vector<Opportunity> &opportunities, int minimum);

private:
    void fillMeddpicc(Opportunity &opportunity, const DemoDeal &deal);
    void fillPoc(Opportunity &opportunity, const DemoDeal &deal);
    void fillReviews(Opportunity &opportunity, const DemoDeal &deal);
    static void fillLoss(Opportunity &opportunity, const DemoDeal &deal);
    void setLevel(Opportunity &opportunity, MeddpiccElement element, EvidenceLevel level);

    DemoRandom &m_random;
    QDate m_asOf;
};

} // namespace dmc
