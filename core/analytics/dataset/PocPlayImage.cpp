#include "PocPlayImage.h"

#include "DatasetImageCodec.h"
#include "DatasetPlays.h"
#include "DatasetPocs.h"

#include <algorithm>

namespace dmc {

using namespace image;

namespace {

template<class R, class F>
void pocFields(R &p, F &f)
{
    f(p.id);
    f(p.opportunityId);
    f(p.phase);
    f(p.outcome);
    f(p.start);
    f(p.plannedEnd);
    f(p.actualEnd);
    f(p.environmentReady);
    f(p.dataReady);
    f(p.evaluator);
    f(p.exitPlan);
    f(p.nextStepAgreed);
    f(p.goLive);
}

template<class R, class F>
void criterionFields(R &c, F &f)
{
    f(c.id);
    f(c.pocId);
    f(c.objective);
    f(c.metric);
    f(c.target);
    f(c.method);
    f(c.evidence);
    f(c.result);
    f(c.resultDate);
    f(c.recordedDate);
    f(c.changedDate);
}

template<class R, class F>
void checkInFields(R &c, F &f)
{
    f(c.id);
    f(c.pocId);
    f(c.plannedDate);
    f(c.heldDate);
    f(c.note);
}

template<class R, class F>
void pocTaskFields(R &t, F &f)
{
    f(t.id);
    f(t.pocId);
    f(t.side);
    f(t.title);
    f(t.dueDate);
    f(t.doneDate);
}

template<class R, class F>
void partnerFields(R &p, F &f)
{
    f(p.id);
    f(p.name);
    f(p.capabilities);
    f(p.segments);
    f(p.vehicles);
}

template<class R, class F>
void dealPartnerFields(R &p, F &f)
{
    f(p.opportunityId);
    f(p.partnerId);
    f(p.role);
    f(p.isPrimary);
    f(p.registeredDate);
    f(p.firstTouchDate);
}

template<class R, class F>
void playFields(R &p, F &f)
{
    f(p.id);
    f(p.name);
    f(p.segments);
    f(p.industries);
    f(p.types);
    f(p.regions);
    f(p.minAmount);
    f(p.maxAmount);
    f(p.capabilities);
    f(p.vehicles);
    f(p.artifacts);
    f(p.artifactStage);
}

template<class R, class F>
void stepFields(R &s, F &f)
{
    f(s.id);
    f(s.playId);
    f(s.title);
    f(s.dueStage);
}

template<class R, class F>
void complianceFields(R &c, F &f)
{
    f(c.opportunityId);
    f(c.artifact);
    f(c.status);
    f(c.started);
    f(c.done);
}

template<class R, class F>
void dealTaskFields(R &t, F &f)
{
    f(t.id);
    f(t.opportunityId);
    f(t.ownerRole);
    f(t.title);
    f(t.due);
    f(t.done);
    f(t.dependsOn);
    f(t.stepId);
}

void writeOffsets(Writer &writer, const std::vector<quint32> &offsets)
{
    writer.raw(quint64(offsets.size()));
    for (const quint32 offset : offsets)
        writer.raw(offset);
}

bool readOffsets(Reader &reader, std::vector<quint32> &offsets, size_t parts, size_t rows)
{
    const auto count = reader.raw<quint64>();
    if (!reader.ok() || count != parts + 1)
        return false;
    offsets.resize(size_t(count));
    for (quint32 &offset : offsets)
        offset = reader.raw<quint32>();
    return reader.ok() && offsetsValid(offsets, parts, rows);
}

template<class Key>
void writeRanges(Writer &writer, const QHash<Key, std::pair<quint32, quint32>> &ranges)
{
    writer.raw(quint64(ranges.size()));
    for (auto it = ranges.constBegin(); it != ranges.constEnd(); ++it) {
        writer(it.key());
        writer.raw(it.value().first);
        writer.raw(it.value().second);
    }
}

// Ranges into a list of `rows`; `keyValid` refuses a key the Dataset does not hold.
template<class Key, class KeyValid>
bool readRanges(Reader &reader, QHash<Key, std::pair<quint32, quint32>> &ranges, size_t rows, KeyValid keyValid)
{
    const auto count = reader.raw<quint64>();
    if (!reader.ok() || count > quint64(reader.remaining()))
        return false;
    ranges.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        Key key{};
        reader(key);
        const auto first = reader.raw<quint32>();
        const auto last = reader.raw<quint32>();
        if (!reader.ok() || !keyValid(key) || first > last || last > rows)
            return false;
        ranges.insert(key, {first, last});
    }
    return true;
}

} // namespace

void PocPlayImage::write(Writer &writer, const DatasetPocs &pocs, const DatasetPlays &plays)
{
    const PocRecords &p = pocs.m_records;
    writeList(writer, p.pocs, [](const PocRecord &r, Writer &f) { pocFields(r, f); });
    writeList(writer, p.criteria, [](const PocCriterion &r, Writer &f) { criterionFields(r, f); });
    writeList(writer, p.checkIns, [](const PocCheckIn &r, Writer &f) { checkInFields(r, f); });
    writeList(writer, p.tasks, [](const PocTask &r, Writer &f) { pocTaskFields(r, f); });
    writeRanges(writer, pocs.m_byDeal);
    writeOffsets(writer, pocs.m_criteriaOffsets);
    writeOffsets(writer, pocs.m_checkInOffsets);
    writeOffsets(writer, pocs.m_taskOffsets);

    const PlayRecords &q = plays.m_records;
    writeList(writer, q.partners, [](const Partner &r, Writer &f) { partnerFields(r, f); });
    writeList(writer, q.opportunityPartners, [](const OpportunityPartner &r, Writer &f) { dealPartnerFields(r, f); });
    writeList(writer, q.plays, [](const Play &r, Writer &f) { playFields(r, f); });
    writeList(writer, q.steps, [](const PlayStep &r, Writer &f) { stepFields(r, f); });
    writeList(writer, q.compliance, [](const ComplianceRecord &r, Writer &f) { complianceFields(r, f); });
    writeList(writer, q.tasks, [](const DealTask &r, Writer &f) { dealTaskFields(r, f); });
    writeRanges(writer, plays.m_stepsByPlay);
    writeRanges(writer, plays.m_complianceByDeal);
    writeRanges(writer, plays.m_tasksByDeal);
}

bool PocPlayImage::read(Reader &reader, DatasetPocs &pocs, DatasetPlays &plays, size_t opportunities)
{
    const auto isDeal = [opportunities](qint32 deal) { return deal >= 0 && size_t(deal) < opportunities; };
    PocRecords &p = pocs.m_records;
    if (!readList(reader, p.pocs, [](PocRecord &r, Reader &f) { pocFields(r, f); })
        || !readList(reader, p.criteria, [](PocCriterion &r, Reader &f) { criterionFields(r, f); })
        || !readList(reader, p.checkIns, [](PocCheckIn &r, Reader &f) { checkInFields(r, f); })
        || !readList(reader, p.tasks, [](PocTask &r, Reader &f) { pocTaskFields(r, f); })
        || !readRanges(reader, pocs.m_byDeal, p.pocs.size(), isDeal)
        || !readOffsets(reader, pocs.m_criteriaOffsets, p.pocs.size(), p.criteria.size())
        || !readOffsets(reader, pocs.m_checkInOffsets, p.pocs.size(), p.checkIns.size())
        || !readOffsets(reader, pocs.m_taskOffsets, p.pocs.size(), p.tasks.size()))
        return false;

    PlayRecords &q = plays.m_records;
    return readList(reader, q.partners, [](Partner &r, Reader &f) { partnerFields(r, f); })
        && readList(reader, q.opportunityPartners, [](OpportunityPartner &r, Reader &f) { dealPartnerFields(r, f); })
        && readList(reader, q.plays, [](Play &r, Reader &f) { playFields(r, f); })
        && readList(reader, q.steps, [](PlayStep &r, Reader &f) { stepFields(r, f); })
        && readList(reader, q.compliance, [](ComplianceRecord &r, Reader &f) { complianceFields(r, f); })
        && readList(reader, q.tasks, [](DealTask &r, Reader &f) { dealTaskFields(r, f); })
        && readRanges(reader, plays.m_stepsByPlay, q.steps.size(), [](const QString &) { return true; })
        && readRanges(reader, plays.m_complianceByDeal, q.compliance.size(), isDeal)
        && readRanges(reader, plays.m_tasksByDeal, q.tasks.size(), isDeal);
}

} // namespace dmc
