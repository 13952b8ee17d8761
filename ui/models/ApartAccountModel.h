#pragma once

#include "ReviewTableModel.h"
#include "analytics/capacity/TerritoryBalance.h"

namespace dmc {
class Dataset;
}

namespace dmc::ui {

// The scope's accounts outside the balance: no owner on the as-of, or an owner who is not active
// (left, or a planned hire not started). A row lists the account's deals.
class ApartAccountModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { Account, Segment, Arr, Reason, Deals, ColumnCount };

    explicit ApartAccountModel(QObject *parent = nullptr);

    void setAccounts(const TerritoryBalance &balance, const Dataset *dataset, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    struct Row
    {
        QString name;
        QString segment;
        Cents arr = 0;
        TerritoryBalance::Apart reason = TerritoryBalance::Apart::NoOwner;
        QString owner; // the inactive owner's name (or id when the rep table lacks it)
        std::vector<qint32> deals;
    };
    QString reasonText(const Row &row) const;

    std::vector<Row> m_rows;
    QString m_currency;
};

} // namespace dmc::ui
