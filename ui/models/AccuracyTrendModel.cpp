#include "AccuracyTrendModel.h"

#include "Format.h"

namespace dmc::ui {

AccuracyTrendModel::AccuracyTrendModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void AccuracyTrendModel::setTrend(const AccuracyTrend &trend, const QString &currency)
{
    beginResetModel();
    m_periods = trend.periods;
    m_currency = currency;
    endResetModel();
}

int AccuracyTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int AccuracyTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> AccuracyTrendModel::share(int row, int column) const
{
    const AccuracyPeriod &p = m_periods[size_t(row)];
    switch (column) {
    case WapeT14: return p.scopeTotal.wapeT14;
    case WapeT7: return p.scopeTotal.wapeT7;
    case SlipT14: return p.slipRateT14;
    case SlipT7: return p.slipRateT7;
    }
    return std::nullopt;
}

QVariant AccuracyTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccuracyPeriod &p = m_periods[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        if (index.column() == Period)
            return p.period.label();
        if (index.column() == CommitT14)
            return Format::money(p.commitAtT14, m_currency);
        const auto value = share(index.row(), index.column());
        return value ? Format::percent(*value) : tr("no forecast");
    }
    if (role == Qt::TextAlignmentRole && index.column() != Period)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AccuracyTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section != Period)
        return tr("T-14 and T-7: 14 and 7 days before the period's last day. Slip rate: the share of the Commit "
                  "at that point lost, removed or moved out of the period by its end.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period: return tr("Period");
    case WapeT14: return tr("WAPE at T-14");
    case WapeT7: return tr("WAPE at T-7");
    case SlipT14: return tr("Slip rate from T-14");
    case SlipT7: return tr("Slip rate from T-7");
    case CommitT14: return tr("Commit at T-14");
    }
    return {};
}

SortKey AccuracyTrendModel::sortKey(int row, int column) const
{
    if (column == Period)
        return double(row);
    if (column == CommitT14)
        return double(m_periods[size_t(row)].commitAtT14);
    const auto value = share(row, column);
    return value ? SortKey(*value) : SortKey();
}

std::vector<qint32> AccuracyTrendModel::dealsAt(int row, int) const
{
    return m_periods[size_t(row)].slippedDealsT14;
}

QString AccuracyTrendModel::drillTitle(int row, int) const
{
    return tr("Commit at T-14 that slipped, %1").arg(m_periods[size_t(row)].period.label());
}

} // namespace dmc::ui
