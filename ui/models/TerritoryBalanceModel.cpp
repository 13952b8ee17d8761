#include "TerritoryBalanceModel.h"

#include "Format.h"
#include "analytics/text/TextFormat.h"

namespace dmc::ui {

TerritoryBalanceModel::TerritoryBalanceModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void TerritoryBalanceModel::setBalance(const TerritoryBalance &balance, const QString &currency)
{
    beginResetModel();
    m_balance = balance;
    m_currency = currency;
    endResetModel();
}

int TerritoryBalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_balance.reps.size());
}

int TerritoryBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TerritoryBalanceModel::valueText(const TerritoryBalance::Values &values, size_t metric) const
{
    switch (TerritoryBalance::metrics[metric]) {
    case TerritoryBalance::Metric::Accounts: return Format::number(values.accounts);
    case TerritoryBalance::Metric::Arr: return Format::money(values.arr, m_currency);
    case TerritoryBalance::Metric::OpenPipeline: return Format::money(values.openPipeline, m_currency);
    case TerritoryBalance::Metric::Renewals: return Format::number(values.renewals);
    case TerritoryBalance::Metric::NoOpenDeal: return Format::number(values.noOpenDeal);
    }
    return {};
}

QString TerritoryBalanceModel::meanText() const
{
    if (m_balance.reps.empty())
        return {};
    const auto &mean = m_balance.mean;
    return tr("Mean of the %n rep(s): %1 accounts, ARR %2, open pipeline %3, %4 renewals in the period, %5 "
              "accounts with no open deal; an index of 1.00 is the mean.",
              nullptr, int(m_balance.reps.size()))
        .arg(TextFormat::decimal(mean[0], 1), Format::money(Cents(mean[1]), m_currency),
             Format::money(Cents(mean[2]), m_currency), TextFormat::decimal(mean[3], 1),
             TextFormat::decimal(mean[4], 1));
}

QVariant TerritoryBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TerritoryBalance::Row &r = m_balance.reps[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        if (column == Rep)
            return r.name;
        const std::optional<double> &balanceIndex = r.index[metricOf(column)];
        if (isIndex(column))
            return balanceIndex ? TextFormat::decimal(*balanceIndex, 2) : QString();
        return valueText(r.values, metricOf(column));
    }
    if (role == Qt::ToolTipRole && column != Rep)
        return tr("Double-click to list the deals on the %n account(s) of %1", nullptr, r.values.accounts).arg(r.name);
    if (role == Qt::TextAlignmentRole && column != Rep)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TerritoryBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && isIndex(section))
        return tr("Balance index: the rep's value ÷ the mean of the scope's active reps");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rep: return tr("Rep");
    case Accounts: return tr("Accounts");
    case Arr: return tr("ARR");
    case OpenPipeline: return tr("Open pipeline");
    case Renewals: return tr("Renewals in period");
    case NoOpenDeal: return tr("No open deal");
    }
    return tr("Index");
}

SortKey TerritoryBalanceModel::sortKey(int row, int column) const
{
    const TerritoryBalance::Row &r = m_balance.reps[size_t(row)];
    if (column == Rep)
        return r.name;
    if (isIndex(column))
        return r.index[metricOf(column)] ? SortKey(*r.index[metricOf(column)]) : SortKey();
    return r.values.value(TerritoryBalance::metrics[metricOf(column)]);
}

std::vector<qint32> TerritoryBalanceModel::dealsAt(int row, int column) const
{
    const TerritoryBalance::Row &r = m_balance.reps[size_t(row)];
    return column == OpenPipeline || column == OpenPipelineIndex ? r.openDeals : r.deals;
}

QString TerritoryBalanceModel::drillTitle(int row, int column) const
{
    const TerritoryBalance::Row &r = m_balance.reps[size_t(row)];
    return column == OpenPipeline || column == OpenPipelineIndex ? tr("Open deals on the accounts of %1").arg(r.name)
                                                                 : tr("Deals on the accounts of %1").arg(r.name);
}

} // namespace dmc::ui
