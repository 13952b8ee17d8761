#include "SourceMixModel.h"

#include "Format.h"

namespace dmc::ui {

SourceMixModel::SourceMixModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void SourceMixModel::setMix(const SourceMix &mix, const QString &currency)
{
    beginResetModel();
    m_rows = mix.rows;
    m_currency = currency;
    endResetModel();
}

int SourceMixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceMixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceMixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceMix::Row &r = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Group: return SourceGroups::name(r.group);
        case Created: return Format::number(r.created);
        case CreatedAmount: return Format::money(r.createdAmount, m_currency);
        case Decided: return Format::number(r.decided);
        case Won: return Format::number(r.won);
        case Bookings: return Format::money(r.bookings, m_currency);
        case WinRate: return r.winRate ? Format::percent(*r.winRate) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Group)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SourceMixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group: return tr("Source");
    case Created: return tr("Created");
    case CreatedAmount: return tr("Created pipeline");
    case Decided: return tr("Decided");
    case Won: return tr("Won");
    case Bookings: return tr("Bookings");
    case WinRate: return tr("Win rate");
    }
    return {};
}

SortKey SourceMixModel::sortKey(int row, int column) const
{
    const SourceMix::Row &r = m_rows[size_t(row)];
    switch (column) {
    case Group: return double(row);
    case Created: return double(r.created);
    case CreatedAmount: return double(r.createdAmount);
    case Decided: return double(r.decided);
    case Won: return double(r.won);
    case Bookings: return double(r.bookings);
    case WinRate: return r.winRate ? SortKey(*r.winRate) : SortKey();
    }
    return {};
}

std::vector<qint32> SourceMixModel::dealsAt(int row, int column) const
{
    const SourceMix::Row &r = m_rows[size_t(row)];
    switch (column) {
    case Group:
    case Created:
    case CreatedAmount: return r.createdDeals;
    case Won:
    case Bookings: return r.wonDeals;
    }
    return merged(r.wonDeals, r.lostDeals);
}

QString SourceMixModel::drillTitle(int row, int column) const
{
    const QString group = SourceGroups::name(m_rows[size_t(row)].group);
    switch (column) {
    case Group:
    case Created:
    case CreatedAmount: return tr("Deals created, source %1").arg(group);
    case Won:
    case Bookings: return tr("Deals won, source %1").arg(group);
    }
    return tr("Decided deals, source %1").arg(group);
}

} // namespace dmc::ui
