#include "LossValueModel.h"

#include "Format.h"

namespace dmc::ui {

LossValueModel::LossValueModel(Kind kind, QObject *parent)
    : ReviewTableModel(parent)
    , m_kind(kind)
{
}

void LossValueModel::setRows(const std::vector<WinLoss::ValueRow> &rows, bool sharesShown, const QString &currency)
{
    beginResetModel();
    m_rows = rows;
    m_sharesShown = sharesShown;
    m_currency = currency;
    endResetModel();
}

int LossValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LossValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LossValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WinLoss::ValueRow &r = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Value: return r.value;
        case Lost: return Format::number(r.lost.count);
        case Amount: return Format::money(r.lost.amount, m_currency);
        // Below the minimum the cell says why it is empty instead of showing a share that one
        // deal would move by ten points.
        case Share: return r.share ? Format::percent(*r.share) : tr("under %1 lost").arg(WinLoss::MinimumLostForShare);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Share && !r.share)
        return tr("Shares are given from %1 lost deals in the scope.").arg(WinLoss::MinimumLostForShare);
    if (role == Qt::ToolTipRole)
        return tr("Double-click or press Enter to list the %n deal(s)", nullptr, r.lost.count);
    if (role == Qt::TextAlignmentRole && index.column() != Value)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LossValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Value: return m_kind == Kind::Reason ? tr("Loss reason") : tr("Competitor");
    case Lost: return tr("Lost");
    case Amount: return tr("Amount");
    case Share: return tr("Share of lost");
    }
    return {};
}

SortKey LossValueModel::sortKey(int row, int column) const
{
    const WinLoss::ValueRow &r = m_rows[size_t(row)];
    switch (column) {
    case Value: return r.value;
    case Lost: return double(r.lost.count);
    case Amount: return double(r.lost.amount);
    case Share: return r.share ? SortKey(*r.share) : SortKey();
    }
    return {};
}

std::vector<qint32> LossValueModel::dealsAt(int row, int) const
{
    return m_rows[size_t(row)].lost.deals;
}

QString LossValueModel::drillTitle(int row, int) const
{
    return m_kind == Kind::Reason ? tr("Deals lost for \"%1\"").arg(m_rows[size_t(row)].value)
                                  : tr("Deals lost to %1").arg(m_rows[size_t(row)].value);
}

} // namespace dmc::ui
