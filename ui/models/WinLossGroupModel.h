#pragma once

#include "ReviewTableModel.h"
#include "analytics/review/WinLoss.h"

namespace dmc::ui {

// Won, lost with and without a reason and no decision per rep or per district of the reviewed
// period, with n (the decided deals) and the win rate won / n.
class WinLossGroupModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        District,
        Decided,
        Won,
        Bookings,
        LostWithReason,
        LostWithoutReason,
        NoDecision,
        WinRate,
        ColumnCount
    };

    explicit WinLossGroupModel(QObject *parent = nullptr);

    void setRows(const std::vector<WinLoss::GroupRow> &rows, const QString &currency);
    const WinLoss::GroupRow &row(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    std::vector<WinLoss::GroupRow> m_rows;
    QString m_currency;
};

} // namespace dmc::ui
