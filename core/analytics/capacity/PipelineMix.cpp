#include "PipelineMix.h"

#include <QHash>

namespace dmc {

namespace {

PipelineMix::Row rowOf(const PeriodDeals &deals)
{
    PipelineMix::Row row;
    row.mix = SourceMix::build(deals);
    for (const SourceMix::Row &group : row.mix.rows) {
        row.created += group.createdAmount;
        row.bookings += group.bookings;
    }
    return row;
}

const SourceMix::Row *groupRow(const SourceMix &mix, SourceGroup group)
{
    for (const SourceMix::Row &row : mix.rows)
        if (row.group == group)
            return &row;
    return nullptr;
}

} // namespace

std::optional<double> PipelineMix::Row::createdShare(SourceGroup group) const
{
    const SourceMix::Row *row = groupRow(mix, group);
    if (created <= 0)
        return std::nullopt;
    return row ? double(row->createdAmount) / double(created) : 0.0;
}

std::optional<double> PipelineMix::Row::bookingsShare(SourceGroup group) const
{
    const SourceMix::Row *row = groupRow(mix, group);
    if (bookings <= 0)
        return std::nullopt;
    return row ? double(row->bookings) / double(bookings) : 0.0;
}

PipelineMix PipelineMix::build(const Dataset &dataset, const PeriodDeals &deals)
{
    PipelineMix result;
    result.scope = rowOf(deals);
    // One pass splits the deals by owner (a rep of the scope owns its own PeriodDeals).
    QHash<qint32, PeriodDeals> byOwner;
    for (const auto &deal : deals.decided)
        byOwner[deal.owner].decided.push_back(deal);
    for (const auto &deal : deals.created)
        byOwner[deal.owner].created.push_back(deal);
    for (qint32 rep : deals.ownerReps) {
        Row row = rowOf(byOwner.value(rep));
        row.repId = dataset.reps()[size_t(rep)].rep.id;
        row.name = dataset.reps()[size_t(rep)].rep.name;
        result.reps.push_back(std::move(row));
    }
    return result;
}

} // namespace dmc
