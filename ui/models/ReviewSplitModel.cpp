#include "ReviewSplitModel.h"

#include "Format.h"
#include "analytics/text/TextFormat.h"

#include <QFont>

namespace dmc::ui {

ReviewSplitModel::ReviewSplitModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void ReviewSplitModel::setSplit(const SegmentedBridge &split, const FiscalPeriod &baseline,
                                const FiscalPeriod &reviewed, const QString &currency)
{
    beginResetModel();
    m_split = split;
    m_baseline = baseline;
    m_reviewed = reviewed;
    m_currency = currency;
    endResetModel();
}

const BookingsBridge &ReviewSplitModel::bridge(int row) const
{
    return isTotal(row) ? m_split.total : m_split.groups[size_t(row)];
}

Cents ReviewSplitModel::amount(int row, int column) const
{
    const BookingsBridge &b = bridge(row);
    switch (column) {
    case Baseline: return b.baseline.bookings;
    case Actual: return b.actual.bookings;
    case Change: return b.difference;
    case Volume: return b.volume.amount;
    case WinRate: return b.winRate.amount;
    case Size: return b.size.amount;
    case Mix: return b.mix.amount;
    }
    return 0;
}

QString ReviewSplitModel::groupName(int row) const
{
    return isTotal(row) ? tr("Total") : SegmentedBridge::groupName(m_split.dimension, bridge(row).group);
}

int ReviewSplitModel::rowCount(const QModelIndex &parent) const
{
    // No group, no total: an empty split (a plan has no segments) shows no rows.
    return parent.isValid() || m_split.groups.empty() ? 0 : int(m_split.groups.size()) + 1;
}

int ReviewSplitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewSplitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        if (column == Group)
            return groupName(row);
        // Compact like the terms beside them, so the eight columns fit a dock's width; the
        // tooltip has the whole amount.
        if (column == Baseline || column == Actual)
            return Format::compactMoney(amount(row, column), m_currency);
        return Format::moneyDelta(amount(row, column), m_currency);
    }
    if (role == Qt::ToolTipRole && (column == Baseline || column == Actual))
        return Format::money(amount(row, column), m_currency);
    if (role == Qt::ToolTipRole && column != Group)
        return tr("Double-click or press Enter to list the %n deal(s) behind this cell", nullptr,
                  int(dealsAt(row, column).size()));
    if (role == Qt::TextAlignmentRole && column != Group)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && isTotal(row)) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    return {};
}

QVariant ReviewSplitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group: return m_split.dimension == SegmentedBridge::Dimension::DealType ? tr("Deal type") : tr("Segment");
    // Column heads: a month's name is lower case in Russian.
    case Baseline: return TextFormat::capitalized(m_baseline.label());
    case Actual: return TextFormat::capitalized(m_reviewed.label());
    case Change: return tr("Change");
    case Volume: return tr("Volume");
    case WinRate: return tr("Win rate");
    case Size: return tr("Average won deal");
    case Mix: return tr("Mix");
    }
    return {};
}

SortKey ReviewSplitModel::sortKey(int row, int column) const
{
    if (column == Group)
        return double(row); // the groups' own order, the total last
    return double(amount(row, column));
}

std::vector<qint32> ReviewSplitModel::dealsAt(int row, int column) const
{
    const BookingsBridge &b = bridge(row);
    switch (column) {
    case Baseline: return b.baseline.decidedDeals();
    case Actual: return b.actual.decidedDeals();
    case Volume: return merged(b.volume.deals, b.volume.baselineDeals);
    case WinRate: return merged(b.winRate.deals, b.winRate.baselineDeals);
    case Size: return merged(b.size.deals, b.size.baselineDeals);
    case Mix: return merged(b.mix.deals, b.mix.baselineDeals);
    }
    return merged(b.actual.decidedDeals(), b.baseline.decidedDeals());
}

QString ReviewSplitModel::drillTitle(int row, int column) const
{
    if (column == Baseline || column == Actual)
        return tr("Decided deals, %1, %2")
            .arg(groupName(row), column == Baseline ? m_baseline.label() : m_reviewed.label());
    if (column == Group)
        return tr("Decided deals, %1, %2 and %3").arg(groupName(row), m_reviewed.label(), m_baseline.label());
    return tr("%1, %2, %3 against %4: %5")
        .arg(headerData(column, Qt::Horizontal).toString(), groupName(row), m_reviewed.label(), m_baseline.label(),
             Format::moneyDelta(amount(row, column), m_currency));
}

} // namespace dmc::ui
