#pragma once

#include "Meddpicc.h"
#include "Opportunity.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace dmc {

// The qualification fields of a deal as its CRM gave them at one date: the eight MEDDPICC levels,
// the POC shorthand, the security and legal reviews and the next step. These are the fields the
// qualification history keeps (docs/definitions.md#qualification-history); MEDDPICC notes are not
// historised (no filter reads them).
struct QualificationState
{
    std::array<std::optional<EvidenceLevel>, MeddpiccElementCount> meddpicc;
    Poc poc;
    std::optional<ReviewStatus> securityReview;
    std::optional<ReviewStatus> legalReview;
    QString nextStep;

    static QualificationState of(const Opportunity &opportunity);
    // Writes these fields over the deal's (the notes and every other field stay).
    void applyTo(Opportunity &opportunity) const;
    bool sameAs(const QualificationState &other) const;
};

// One change point: the deal's qualification from `validFrom` until its next record.
struct QualificationRecord
{
    QString opportunityId;
    QDate validFrom;
    QualificationState state;
};

} // namespace dmc
