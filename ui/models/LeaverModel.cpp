#include "LeaverModel.h"

#include "Format.h"

namespace dmc::ui {

LeaverModel::LeaverModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LeaverModel::setLeavers(const std::vector<CapacityAssumptions::Leaver> &leavers,
                             const QHash<QString, QString> &names, bool editable)
{
    beginResetModel();
    m_leavers = leavers;
    m_names = names;
    m_editable = editable;
    endResetModel();
}

void LeaverModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_leavers.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LeaverModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leavers.size());
}

int LeaverModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaverModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapacityAssumptions::Leaver &leaver = m_leavers[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        if (index.column() == Rep)
            return m_names.value(leaver.repId, leaver.repId);
        return Format::date(leaver.lastDay);
    }
    if (role == Qt::EditRole && index.column() == LastDay)
        return leaver.lastDay;
    return {};
}

bool LeaverModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable || index.column() != LastDay
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    CapacityAssumptions::Leaver leaver = m_leavers[size_t(index.row())];
    leaver.lastDay = value.toDate();
    if (!leaver.lastDay.isValid() || leaver == m_leavers[size_t(index.row())])
        return false;
    emit leaverEdited(index.row(), leaver);
    return true;
}

Qt::ItemFlags LeaverModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.column() == LastDay)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant LeaverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Rep ? tr("Leaver") : tr("Last day");
}

} // namespace dmc::ui
