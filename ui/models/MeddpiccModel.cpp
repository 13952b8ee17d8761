#include "MeddpiccModel.h"

#include <QColor>

namespace dmc::ui {

MeddpiccModel::MeddpiccModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeddpiccModel::setMeddpicc(const Meddpicc &meddpicc)
{
    beginResetModel();
    m_meddpicc = meddpicc;
    m_set = true;
    endResetModel();
}

void MeddpiccModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MeddpiccModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_set ? 0 : MeddpiccElementCount;
}

int MeddpiccModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeddpiccModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto element = static_cast<MeddpiccElement>(index.row());
    const MeddpiccEntry &entry = m_meddpicc[size_t(index.row())];
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() == Note)) {
        switch (index.column()) {
        case Element: return meddpiccName(element);
        case Level: return entry.level ? evidenceLevelName(*entry.level) : QString();
        case Note: return entry.note;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Level && entry.level) {
        switch (*entry.level) {
        case EvidenceLevel::Confirmed: return QColor(0x1e, 0x7d, 0x4f);
        case EvidenceLevel::Partial: return QColor(0x9a, 0x6a, 0x12);
        case EvidenceLevel::None: return QColor(0xb4, 0x43, 0x2f);
        }
    }
    return {};
}

QVariant MeddpiccModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Element: return tr("Element");
    case Level: return tr("Evidence");
    case Note: return tr("Note");
    }
    return {};
}

} // namespace dmc::ui
