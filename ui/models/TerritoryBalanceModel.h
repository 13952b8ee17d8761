#pragma once

#include "ReviewTableModel.h"
#include "analytics/capacity/TerritoryBalance.h"

namespace dmc::ui {

// Territory balance per active rep (docs/definitions.md#territory-balance): each measure beside its
// balance index (the rep's value ÷ the scope's mean). A row lists the deals on the rep's accounts
// at the as-of; the open pipeline columns list the open ones.
class TerritoryBalanceModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rep,
        Accounts,
        AccountsIndex,
        Arr,
        ArrIndex,
        OpenPipeline,
        OpenPipelineIndex,
        Renewals,
        RenewalsIndex,
        NoOpenDeal,
        NoOpenDealIndex,
        ColumnCount
    };

    explicit TerritoryBalanceModel(QObject *parent = nullptr);

    void setBalance(const TerritoryBalance &balance, const QString &currency);
    const TerritoryBalance &balance() const { return m_balance; }
    // "Scope mean: 12 accounts, ARR $1.2M, …" over the rows.
    QString meanText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    static bool isIndex(int column) { return column != Rep && column % 2 == 0; }
    static size_t metricOf(int column) { return size_t((column - 1) / 2); }
    QString valueText(const TerritoryBalance::Values &values, size_t metric) const;

    TerritoryBalance m_balance;
    QString m_currency;
};

} // namespace dmc::ui
