#include "PackNumbersModel.h"

#include "Format.h"

namespace dmc::ui {

PackNumbersModel::PackNumbersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PackNumbersModel::setRows(std::vector<PackNumbers::Row> rows, QDate asOf, std::optional<QDate> compareTo)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_asOf = asOf;
    m_compareTo = compareTo;
    endResetModel();
}

int PackNumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackNumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackNumbersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackNumbers::Row &row = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Measure: return row.label;
        case Value: return row.valueText;
        case Change: return row.changeText;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Measure)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PackNumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != Measure)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Measure: return tr("Measure");
    case Value: return m_asOf.isValid() ? tr("As of %1").arg(Format::date(m_asOf)) : tr("Value");
    case Change: return m_compareTo ? tr("Change since %1").arg(Format::date(*m_compareTo)) : tr("No earlier snapshot");
    }
    return {};
}

} // namespace dmc::ui
