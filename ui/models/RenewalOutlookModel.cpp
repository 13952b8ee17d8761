#include "RenewalOutlookModel.h"

#include "Format.h"
#include "domain/ForecastCategory.h"

namespace dmc::ui {

RenewalOutlookModel::RenewalOutlookModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void RenewalOutlookModel::setOutlook(const RenewalOutlook &outlook, const QString &currency)
{
    beginResetModel();
    m_bands = outlook.bands;
    m_currency = currency;
    endResetModel();
}

int RenewalOutlookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bands.size());
}

int RenewalOutlookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double RenewalOutlookModel::value(int row, int column) const
{
    const RenewalOutlook::Band &b = m_bands[size_t(row)];
    switch (column) {
    case Accounts: return b.accounts;
    case Arr: return double(b.arr);
    case Fell: return b.fell;
    case Flat: return b.flat;
    case Rose: return b.rose;
    case NoTrend: return b.noTrend;
    case Commit: return b.renewalCategories[0];
    case BestCase: return b.renewalCategories[1];
    case Pipeline: return b.renewalCategories[2];
    case NoDeal: return b.withoutRenewalDeal;
    }
    return row;
}

QVariant RenewalOutlookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RenewalOutlook::Band &b = m_bands[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        if (index.column() == Band)
            return RenewalOutlook::bandName(b.band);
        if (index.column() == Arr)
            return Format::money(b.arr, m_currency);
        return Format::number(qint64(value(index.row(), index.column())));
    }
    if (role == Qt::TextAlignmentRole && index.column() != Band)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RenewalOutlookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= Fell && section <= NoTrend)
        return tr("The account's health change over the last 30 days");
    if (role == Qt::ToolTipRole && section >= Commit && section <= NoDeal)
        return tr("The accounts' open renewal deals by forecast category");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Band: return tr("Health");
    case Accounts: return tr("Accounts");
    case Arr: return tr("ARR");
    case Fell: return tr("Fell");
    case Flat: return tr("Unchanged");
    case Rose: return tr("Rose");
    case NoTrend: return tr("No trend");
    case Commit: return forecastCategoryName(ForecastCategory::Commit);
    case BestCase: return forecastCategoryName(ForecastCategory::BestCase);
    case Pipeline: return forecastCategoryName(ForecastCategory::Pipeline);
    case NoDeal: return tr("No renewal deal");
    }
    return {};
}

SortKey RenewalOutlookModel::sortKey(int row, int column) const
{
    return value(row, column);
}

std::vector<qint32> RenewalOutlookModel::dealsAt(int row, int) const
{
    return m_bands[size_t(row)].deals;
}

QString RenewalOutlookModel::drillTitle(int row, int) const
{
    return tr("Renewal deals, %1").arg(RenewalOutlook::bandName(m_bands[size_t(row)].band));
}

} // namespace dmc::ui
