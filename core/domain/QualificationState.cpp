#include "QualificationState.h"

namespace dmc {

QualificationState QualificationState::of(const Opportunity &opportunity)
{
    QualificationState state;
    for (int i = 0; i < MeddpiccElementCount; ++i)
        state.meddpicc[size_t(i)] = opportunity.meddpicc.level(size_t(i));
    state.poc = opportunity.poc;
    state.securityReview = opportunity.securityReview;
    state.legalReview = opportunity.legalReview;
    state.nextStep = opportunity.nextStep;
    return state;
}

void QualificationState::applyTo(Opportunity &opportunity) const
{
    for (int i = 0; i < MeddpiccElementCount; ++i)
        opportunity.meddpicc.setLevel(size_t(i), meddpicc[size_t(i)]);
    opportunity.poc = poc;
    opportunity.securityReview = securityReview;
    opportunity.legalReview = legalReview;
    opportunity.nextStep = nextStep;
}

bool QualificationState::sameAs(const QualificationState &other) const
{
    return meddpicc == other.meddpicc && poc.status == other.poc.status && poc.start == other.poc.start
        && poc.plannedEnd == other.poc.plannedEnd && poc.lastCheckIn == other.poc.lastCheckIn
        && poc.successCriteriaDefined == other.poc.successCriteriaDefined && securityReview == other.securityReview
        && legalReview == other.legalReview && nextStep == other.nextStep;
}

} // namespace dmc
