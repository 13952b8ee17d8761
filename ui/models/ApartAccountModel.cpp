#include "ApartAccountModel.h"

#include "Format.h"
#include "analytics/dataset/Dataset.h"

namespace dmc::ui {

ApartAccountModel::ApartAccountModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void ApartAccountModel::setAccounts(const TerritoryBalance &balance, const Dataset *dataset, const QString &currency)
{
    beginResetModel();
    m_rows.clear();
    m_currency = currency;
    if (dataset) {
        for (const TerritoryBalance::ApartAccount &apart : balance.apart) {
            const dmc::Account &account = dataset->accounts()[size_t(apart.account)];
            Row row;
            row.name = account.name.isEmpty() ? account.id : account.name;
            row.segment = account.segment;
            row.arr = dataset->accountArr(apart.account);
            row.reason = apart.reason;
            const qint32 owner = apart.ownerId.isEmpty() ? -1 : dataset->repIndex(apart.ownerId);
            row.owner = owner >= 0 ? dataset->reps()[size_t(owner)].rep.name : apart.ownerId;
            row.deals = apart.deals;
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

int ApartAccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApartAccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApartAccountModel::reasonText(const Row &row) const
{
    return row.reason == TerritoryBalance::Apart::NoOwner ? tr("No owner") : tr("Owner not active: %1").arg(row.owner);
}

QVariant ApartAccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Account: return r.name;
        case Segment: return r.segment;
        case Arr: return Format::money(r.arr, m_currency);
        case Reason: return reasonText(r);
        case Deals: return Format::number(qint64(r.deals.size()));
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Arr || index.column() == Deals))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ApartAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account: return tr("Account");
    case Segment: return tr("Segment");
    case Arr: return tr("ARR");
    case Reason: return tr("Listed apart");
    case Deals: return tr("Deals");
    }
    return {};
}

SortKey ApartAccountModel::sortKey(int row, int column) const
{
    const Row &r = m_rows[size_t(row)];
    switch (column) {
    case Account: return r.name;
    case Segment: return r.segment;
    case Arr: return double(r.arr);
    case Reason: return reasonText(r);
    case Deals: return double(r.deals.size());
    }
    return {};
}

std::vector<qint32> ApartAccountModel::dealsAt(int row, int) const
{
    return m_rows[size_t(row)].deals;
}

QString ApartAccountModel::drillTitle(int row, int) const
{
    return tr("Deals on the account %1").arg(m_rows[size_t(row)].name);
}

} // namespace dmc::ui
