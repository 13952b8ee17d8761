#pragma once

#include "analytics/plays/PartnerFigures.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// Every partner by name with what it records it can do, the query's deals it is on, the deals
// it is the primary partner of by attribution and its co-sell record; a win rate from the
// threshold n on. Listed, never ranked (docs/definitions.md#partner-coverage).
class PartnerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Partner, Attributes, Deals, Sourced, Influenced, CoSell, WinRate, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPartners(const std::vector<PartnerRow> &partners, const QString &currency);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PartnerRow> m_partners;
    QString m_currency;
};

} // namespace dmc::ui
