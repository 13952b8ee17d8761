#include "WithWithoutModel.h"

#include "Format.h"
#include "analytics/plays/PlaysText.h"

#include <QFont>

namespace dmc::ui {

void WithWithoutModel::setRows(const std::vector<WithWithoutRow> &rows, const QString &currency)
{
    beginResetModel();
    m_rows = rows;
    m_currency = currency;
    endResetModel();
}

void WithWithoutModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString WithWithoutModel::averageWon(const WithWithoutCell &cell) const
{
    // The window's money format, the n as PlaysText writes it.
    if (!cell.averageWon)
        return PlaysText::averageWon(cell, m_currency);
    return tr("%1 (n = %2)").arg(Format::money(*cell.averageWon, m_currency), Format::number(cell.won));
}

int WithWithoutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WithWithoutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WithWithoutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WithWithoutRow &row = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Segment: return row.all ? tr("All segments") : (row.segment.isEmpty() ? tr("No segment") : row.segment);
        case WinRateWith: return PlaysText::winRate(row.with);
        case WinRateWithout: return PlaysText::winRate(row.without);
        case AverageWith: return averageWon(row.with);
        case AverageWithout: return averageWon(row.without);
        case MedianWith: return PlaysText::medianCycle(row.with);
        case MedianWithout: return PlaysText::medianCycle(row.without);
        }
    }
    if (role == Qt::ToolTipRole && index.column() != Segment) {
        const WithWithoutCell &cell = index.column() % 2 ? row.with : row.without;
        return tr("%1 won of %2 decided; %3 with a created and a close date")
            .arg(Format::number(cell.won), Format::number(cell.decided), Format::number(cell.cycleN));
    }
    if (role == Qt::FontRole && row.all) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Segment)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WithWithoutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Segment: return tr("Segment");
    case WinRateWith: return tr("Win rate, with partner");
    case WinRateWithout: return tr("Win rate, without");
    case AverageWith: return tr("Average won, with partner");
    case AverageWithout: return tr("Average won, without");
    case MedianWith: return tr("Median days to close, with partner");
    case MedianWithout: return tr("Median days to close, without");
    }
    return {};
}

} // namespace dmc::ui
