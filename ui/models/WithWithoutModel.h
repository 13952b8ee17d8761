#pragma once

#include "analytics/plays/PartnerFigures.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// The with / without partner table: per segment the win rate, average won size and median days
// from created to close of the period's decided deals with a partner beside those without, each
// with its n; below the threshold the n alone (docs/definitions.md#with-and-without-a-partner).
class WithWithoutModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Segment,
        WinRateWith,
        WinRateWithout,
        AverageWith,
        AverageWithout,
        MedianWith,
        MedianWithout,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const std::vector<WithWithoutRow> &rows, const QString &currency);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString averageWon(const WithWithoutCell &cell) const;

    std::vector<WithWithoutRow> m_rows;
    QString m_currency;
};

} // namespace dmc::ui
