#include "HireModel.h"

#include "Format.h"

namespace dmc::ui {

HireModel::HireModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HireModel::setHires(const std::vector<CapacityAssumptions::Hire> &hires, const QString &currency, bool editable)
{
    beginResetModel();
    m_hires = hires;
    m_currency = currency;
    m_editable = editable;
    endResetModel();
}

void HireModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_hires.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HireModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hires.size());
}

int HireModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HireModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapacityAssumptions::Hire &hire = m_hires[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return hire.name;
        case Role: return hire.role;
        case Start: return Format::date(hire.start);
        case Quota: return hire.quarterlyQuota ? Format::money(*hire.quarterlyQuota, m_currency) : tr("role median");
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Name: return hire.name;
        case Role: return hire.role;
        case Start: return hire.start;
        // Whole units; 0 stands for "the role median" in the editor.
        case Quota: return int(hire.quarterlyQuota ? *hire.quarterlyQuota / 100 : 0);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Quota)
        return tr("The hire's quarterly full quota in whole units; 0: the median quota of the role's reps");
    if (role == Qt::TextAlignmentRole && index.column() == Quota)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool HireModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    CapacityAssumptions::Hire hire = m_hires[size_t(index.row())];
    switch (index.column()) {
    case Name: hire.name = value.toString().trimmed(); break;
    case Role: hire.role = value.toString().trimmed(); break;
    case Start: hire.start = value.toDate(); break;
    case Quota: {
        const qint64 units = value.toLongLong();
        hire.quarterlyQuota = units > 0 ? std::optional<Cents>(Cents(units) * 100) : std::nullopt;
        break;
    }
    }
    if (hire.name.isEmpty() || hire.role.isEmpty() || !hire.start.isValid() || hire == m_hires[size_t(index.row())])
        return false;
    emit hireEdited(index.row(), hire);
    return true;
}

Qt::ItemFlags HireModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant HireModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Hire");
    case Role: return tr("Role");
    case Start: return tr("Start");
    case Quota: return tr("Quarterly quota");
    }
    return {};
}

} // namespace dmc::ui
