#pragma once

#include "ReviewTableModel.h"
#include "analytics/review/RenewalOutlook.h"

namespace dmc::ui {

// Renewals due in the two quarters after the reviewed period per health band: accounts, ARR at
// stake, how their health moved, and their open renewal deals by forecast category.
class RenewalOutlookModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { Band, Accounts, Arr, Fell, Flat, Rose, NoTrend, Commit, BestCase, Pipeline, NoDeal, ColumnCount };

    explicit RenewalOutlookModel(QObject *parent = nullptr);

    void setOutlook(const RenewalOutlook &outlook, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    double value(int row, int column) const;

    std::vector<RenewalOutlook::Band> m_bands;
    QString m_currency;
};

} // namespace dmc::ui
