#include "MeddpiccMatrixModel.h"

#include "Format.h"
#include "analytics/text/TermLabels.h"

#include <QBrush>
#include <QColor>

namespace dmc::ui {

MeddpiccMatrixModel::MeddpiccMatrixModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void MeddpiccMatrixModel::setRows(std::vector<CoachingPackData::MatrixRow> rows, const QString &currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = currency;
    endResetModel();
}

int MeddpiccMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeddpiccMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeddpiccMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoachingPackData::MatrixRow &row = m_rows[size_t(index.row())];
    const int column = index.column();
    if (column >= FirstElement) {
        const auto element = static_cast<MeddpiccElement>(column - FirstElement);
        const EvidenceLevel level = row.levels[size_t(column - FirstElement)];
        // A mark in a narrow column (the colour says the same); the words in the tooltip.
        if (role == Qt::DisplayRole)
            return evidenceLevelMark(level);
        if (role == Qt::ToolTipRole)
            return tr("%1: %2").arg(meddpiccName(element), evidenceLevelName(level));
        if (role == Qt::AccessibleTextRole)
            return evidenceLevelName(level);
        if (role == Qt::BackgroundRole) {
            switch (level) {
            case EvidenceLevel::Confirmed: return QBrush(QColor(0xe3, 0xf1, 0xe8));
            case EvidenceLevel::Partial: return QBrush(QColor(0xfb, 0xf0, 0xd9));
            case EvidenceLevel::None: return QBrush(QColor(0xf8, 0xe3, 0xdf));
            }
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Deal: return row.opportunityName;
        case Amount: return Format::money(row.amount, m_currency);
        case Confirmed: return tr("%1 of %2").arg(row.confirmed).arg(MeddpiccElementCount);
        }
    }
    if (role == Qt::ToolTipRole && column == Deal)
        return tr("%1 · %2 · %3 · closes %4")
            .arg(row.accountName, TermLabels::stage(row.stage), forecastCategoryName(row.category),
                 Format::date(row.closeDate));
    if (role == Qt::TextAlignmentRole && column == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MeddpiccMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (section >= FirstElement) {
        const auto element = static_cast<MeddpiccElement>(section - FirstElement);
        if (role == Qt::DisplayRole)
            return meddpiccAbbreviation(element);
        if (role == Qt::ToolTipRole)
            return meddpiccName(element);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Deal: return tr("Deal");
    case Amount: return tr("Amount");
    case Confirmed: return tr("Confirmed");
    }
    return {};
}

SortKey MeddpiccMatrixModel::sortKey(int row, int column) const
{
    const CoachingPackData::MatrixRow &r = m_rows[size_t(row)];
    if (column >= FirstElement)
        return double(r.levels[size_t(column - FirstElement)]);
    switch (column) {
    case Deal: return r.opportunityName;
    case Amount: return double(r.amount);
    case Confirmed: return double(r.confirmed);
    }
    return {};
}

} // namespace dmc::ui
