#pragma once

#include "analytics/coaching/CoachingPackData.h"
#include "export/render/Report.h"

#include <QCoreApplication>

namespace dmc {

class Dataset;

// Lays out a rep's coaching pack as a Report in the current language: numbers and changes (a
// table in the cockpit's compact format), pipeline changes, exceptions (snoozed apart), the MEDDPICC gap matrix, metrics
// beside the district median, belief stacks, questions and follow-ups due.
class PackReport
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PackReport)

public:
    static Report build(const CoachingPackData &pack, const Dataset &dataset, double coverageTarget,
                        const QDateTime &generatedAt);
};

} // namespace dmc
