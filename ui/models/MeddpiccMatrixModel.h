#pragma once

#include "SortableTableModel.h"
#include "analytics/coaching/CoachingPackData.h"

namespace dmc::ui {

// The coaching pack's MEDDPICC gap matrix: the rep's open deals in the period (rows) by the
// eight elements (columns, headed by their letters), each cell the evidence level as a mark
// (✓ ~ –) on its colour, named in the tooltip.
class MeddpiccMatrixModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Deal, Amount, Confirmed, FirstElement, ColumnCount = FirstElement + MeddpiccElementCount };

    explicit MeddpiccMatrixModel(QObject *parent = nullptr);

    void setRows(std::vector<CoachingPackData::MatrixRow> rows, const QString &currency);
    const CoachingPackData::MatrixRow &matrixRow(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    std::vector<CoachingPackData::MatrixRow> m_rows;
    QString m_currency;
};

} // namespace dmc::ui
