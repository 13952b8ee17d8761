#include "DemoQualificationHistory.h"

#include "DemoRandom.h"

#include <array>

namespace dmc {

std::vector<QualificationRecord> DemoQualificationHistory::build(const std::vector<Opportunity> &opportunities,
                                                                 const std::vector<QDate> &created,
                                                                 const std::vector<bool> &open,
                                                                 const QList<QDate> &snapshots, quint64 seed)
{
    std::vector<QualificationRecord> records;
    if (snapshots.size() < 2)
        return records;
    DemoRandom random(seed ^ 0x5175616c48697374ull); // "QualHist"
    // The elements the risk filters read, so a past week's hits differ from the latest.
    constexpr std::array<MeddpiccElement, 3> elements{MeddpiccElement::Champion, MeddpiccElement::EconomicBuyer,
                                                      MeddpiccElement::PaperProcess};
    for (size_t i = 0; i < opportunities.size(); ++i) {
        const Opportunity &o = opportunities[i];
        if (!open[i] || !random.chance(0.25))
            continue;
        // The week of the change: one to six weeks back, after the deal was created.
        const qsizetype weeksBack = random.range(1, 6);
        if (weeksBack >= snapshots.size())
            continue;
        const QDate changed = snapshots[snapshots.size() - 1 - weeksBack];
        if (!created[i].isValid() || created[i] >= changed)
            continue;
        const QualificationState latest = QualificationState::of(o);
        QualificationState before = latest;
        const MeddpiccElement element = elements[size_t(random.below(elements.size()))];
        if (latest.meddpicc[size_t(element)] == EvidenceLevel::Confirmed)
            before.meddpicc[size_t(element)] = EvidenceLevel::Partial;
        if (latest.securityReview == ReviewStatus::InProgress || latest.securityReview == ReviewStatus::Complete)
            before.securityReview = ReviewStatus::NotStarted;
        if (before.sameAs(latest))
            continue; // nothing confirmed or started that could have changed
        records.push_back(QualificationRecord{o.id, created[i], before});
        records.push_back(QualificationRecord{o.id, changed, latest});
    }
    return records;
}

} // namespace dmc
