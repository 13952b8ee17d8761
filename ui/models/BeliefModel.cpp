#include "BeliefModel.h"

#include <QColor>

namespace dmc::ui {

BeliefModel::BeliefModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QStringList BeliefModel::ratingKeys()
{
    return {QStringLiteral("proven"), QStringLiteral("mostly_proven"), QStringLiteral("needs_proof")};
}

void BeliefModel::setStack(const CoachingPackData::BeliefStack &stack)
{
    beginResetModel();
    m_stack = stack;
    endResetModel();
}

void BeliefModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BeliefModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stack.beliefs.size());
}

int BeliefModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BeliefModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoachingPackData::Belief &belief = m_stack.beliefs[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Position: return belief.position;
        case Belief: return belief.text;
        case Rating: return CoachingPackData::ratingName(belief.rating);
        }
    }
    if (role == Qt::EditRole && index.column() == Rating)
        return belief.rating;
    if (role == Qt::ForegroundRole && index.column() == Rating) {
        if (belief.rating == QLatin1String("proven"))
            return QColor(0x1e, 0x7d, 0x4f);
        if (belief.rating == QLatin1String("needs_proof"))
            return QColor(0xb4, 0x43, 0x2f);
        if (belief.rating.isEmpty())
            return QColor(0x8a, 0x94, 0xa3);
    }
    return {};
}

bool BeliefModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Rating || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString rating = value.toString();
    if (!ratingKeys().contains(rating))
        return false;
    CoachingPackData::Belief &belief = m_stack.beliefs[size_t(index.row())];
    if (belief.rating == rating)
        return false;
    belief.rating = rating;
    emit dataChanged(index, index);
    emit ratingEdited(m_stack.opportunityId, belief.position, belief.stored(), rating);
    return true;
}

Qt::ItemFlags BeliefModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() == Rating)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BeliefModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position: return tr("#");
    case Belief: return tr("Belief");
    case Rating: return tr("DM rating");
    }
    return {};
}

} // namespace dmc::ui
