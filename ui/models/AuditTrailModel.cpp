#include "AuditTrailModel.h"

#include "workspace/AuditWording.h"

namespace dmc::ui {

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTrailModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id && m_entries[row].kind != AuditKind::Import)
            return int(row);
    }
    return -1;
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditEntry &entry = m_entries[size_t(index.row())];
    if (role == EntryIdRole)
        return entry.id;
    if (role == RevertibleRole)
        return entry.isRevertible();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case When: return AuditWording::when(entry.changedAt);
    case Who: return entry.author;
    case Kind:
        return entry.revertsId > 0 ? tr("%1, revert of %2").arg(AuditWording::kindName(entry.kind)).arg(entry.revertsId)
                                   : AuditWording::kindName(entry.kind);
    case What: return AuditWording::subject(entry);
    case Field: return AuditWording::fields(entry);
    case From: return AuditWording::oldValues(entry);
    case To: return AuditWording::newValues(entry);
    case ColumnCount: break;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Kind: return tr("Kind");
    case What: return tr("What");
    case Field: return tr("Field");
    case From: return tr("From");
    case To: return tr("To");
    case ColumnCount: break;
    }
    return {};
}

void AuditTrailModel::retranslate()
{
    if (!m_entries.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace dmc::ui
