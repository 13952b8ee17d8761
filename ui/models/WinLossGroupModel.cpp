#include "WinLossGroupModel.h"

#include "Format.h"

namespace dmc::ui {

WinLossGroupModel::WinLossGroupModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void WinLossGroupModel::setRows(const std::vector<WinLoss::GroupRow> &rows, const QString &currency)
{
    beginResetModel();
    m_rows = rows;
    m_currency = currency;
    endResetModel();
}

int WinLossGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WinLossGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinLossGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WinLoss::GroupRow &r = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return r.name;
        case District: return r.district;
        case Decided: return Format::number(r.decided());
        case Won: return Format::number(r.won.count);
        case Bookings: return Format::money(r.won.amount, m_currency);
        case LostWithReason: return Format::number(r.lostWithReason.count);
        case LostWithoutReason: return Format::number(r.lostWithoutReason.count);
        case NoDecision: return Format::number(r.noDecision.count);
        case WinRate: return r.winRate() ? Format::percent(*r.winRate()) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != District)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WinLossGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Decided)
        return tr("n: the deals won or lost in the period");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case District: return tr("District");
    case Decided: return tr("n (decided)");
    case Won: return tr("Won");
    case Bookings: return tr("Bookings");
    case LostWithReason: return tr("Lost, reason");
    case LostWithoutReason: return tr("Lost, no reason");
    case NoDecision: return tr("No decision");
    case WinRate: return tr("Win rate");
    }
    return {};
}

SortKey WinLossGroupModel::sortKey(int row, int column) const
{
    const WinLoss::GroupRow &r = m_rows[size_t(row)];
    switch (column) {
    case Name: return r.name;
    case District: return r.district;
    case Decided: return double(r.decided());
    case Won: return double(r.won.count);
    case Bookings: return double(r.won.amount);
    case LostWithReason: return double(r.lostWithReason.count);
    case LostWithoutReason: return double(r.lostWithoutReason.count);
    case NoDecision: return double(r.noDecision.count);
    case WinRate: return r.winRate() ? SortKey(*r.winRate()) : SortKey();
    }
    return {};
}

std::vector<qint32> WinLossGroupModel::dealsAt(int row, int column) const
{
    const WinLoss::GroupRow &r = m_rows[size_t(row)];
    switch (column) {
    case Won:
    case Bookings: return r.won.deals;
    case LostWithReason: return r.lostWithReason.deals;
    case LostWithoutReason: return r.lostWithoutReason.deals;
    case NoDecision: return r.noDecision.deals;
    }
    return merged(merged(r.won.deals, r.lostWithReason.deals), r.lostWithoutReason.deals);
}

QString WinLossGroupModel::drillTitle(int row, int column) const
{
    const QString name = m_rows[size_t(row)].name;
    switch (column) {
    case Won:
    case Bookings: return tr("Won deals of %1").arg(name);
    case LostWithReason: return tr("Deals of %1 lost with a reason").arg(name);
    case LostWithoutReason: return tr("Deals of %1 lost without a reason").arg(name);
    case NoDecision: return tr("Deals of %1 without a decision").arg(name);
    }
    return tr("Decided deals of %1").arg(name);
}

} // namespace dmc::ui
