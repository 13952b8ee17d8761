#include "SegmentCoverageModel.h"

#include "Format.h"

namespace dmc::ui {

SegmentCoverageModel::SegmentCoverageModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void SegmentCoverageModel::setCoverage(const SegmentCoverage &coverage, const QString &currency)
{
    beginResetModel();
    m_coverage = coverage;
    m_currency = currency;
    endResetModel();
}

int SegmentCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coverage.rows.size());
}

int SegmentCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SegmentCoverageModel::segmentName(int row) const
{
    const QString &segment = m_coverage.rows[size_t(row)].segment;
    return segment.isEmpty() ? tr("No segment") : segment;
}

QVariant SegmentCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentCoverage::Row &r = m_coverage.rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Segment: return segmentName(index.row());
        case OpenDeals: return Format::number(r.openDeals);
        case OpenPipeline: return Format::money(r.openPipeline, m_currency);
        case RemainingTarget: return Format::money(r.remainingTarget, m_currency);
        case Coverage: return r.coverage ? Format::ratio(*r.coverage) : QString();
        case ImpliedCoverage: return r.impliedCoverage ? Format::ratio(*r.impliedCoverage) : QString();
        case WinRate: return r.winRate ? Format::percent(*r.winRate) : QString();
        case Won: return Format::number(r.won);
        case Decided: return Format::number(r.decided);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RemainingTarget:
            return tr("%1 of the remaining %2: the segment's share of the won amount of the trailing four quarters")
                .arg(Format::percent(r.targetShare), Format::money(m_coverage.remaining, m_currency));
        case ImpliedCoverage:
            return r.impliedCoverage ? tr("1 ÷ win rate: %n won of %1 decided", nullptr, r.won).arg(r.decided)
                                     : tr("No won deal in the trailing four quarters");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Segment)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SegmentCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Coverage: return tr("Open pipeline closing in the period ÷ the segment's remaining target");
        case ImpliedCoverage: return tr("1 ÷ the segment's win rate over the trailing four quarters");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Segment: return tr("Segment");
    case OpenDeals: return tr("Open deals");
    case OpenPipeline: return tr("Open pipeline");
    case RemainingTarget: return tr("Remaining target");
    case Coverage: return tr("Coverage");
    case ImpliedCoverage: return tr("Implied coverage");
    case WinRate: return tr("Win rate, 4 quarters");
    case Won: return tr("Won");
    case Decided: return tr("Decided");
    }
    return {};
}

SortKey SegmentCoverageModel::sortKey(int row, int column) const
{
    const SegmentCoverage::Row &r = m_coverage.rows[size_t(row)];
    switch (column) {
    case Segment: return double(row);
    case OpenDeals: return double(r.openDeals);
    case OpenPipeline: return double(r.openPipeline);
    case RemainingTarget: return double(r.remainingTarget);
    case Coverage: return r.coverage ? SortKey(*r.coverage) : SortKey();
    case ImpliedCoverage: return r.impliedCoverage ? SortKey(*r.impliedCoverage) : SortKey();
    case WinRate: return r.winRate ? SortKey(*r.winRate) : SortKey();
    case Won: return double(r.won);
    case Decided: return double(r.decided);
    }
    return {};
}

std::vector<qint32> SegmentCoverageModel::dealsAt(int row, int) const
{
    return m_coverage.rows[size_t(row)].openDealIndices;
}

QString SegmentCoverageModel::drillTitle(int row, int) const
{
    return tr("Open deals closing in %1, segment %2").arg(m_coverage.period.label(), segmentName(row));
}

} // namespace dmc::ui
