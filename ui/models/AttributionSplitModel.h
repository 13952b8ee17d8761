#pragma once

#include "analytics/plays/PartnerFigures.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// The attribution split of the query's deals: sourced, influenced and no partner, each in deals and
// amount, the open and the won ones (docs/definitions.md#partner-attribution).
class AttributionSplitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Attribution, Deals, Amount, OpenDeals, OpenAmount, WonDeals, WonAmount, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setFigures(const PartnerFigures &figures, const QString &currency);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PartnerFigures m_figures;
    QString m_currency;
    bool m_empty = true;
};

} // namespace dmc::ui
