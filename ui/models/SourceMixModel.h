#pragma once

#include "ReviewTableModel.h"
#include "analytics/review/SourceMix.h"

namespace dmc::ui {

// Created pipeline and bookings of the reviewed period per source group, with the win rate.
class SourceMixModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { Group, Created, CreatedAmount, Decided, Won, Bookings, WinRate, ColumnCount };

    explicit SourceMixModel(QObject *parent = nullptr);

    void setMix(const SourceMix &mix, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    std::vector<SourceMix::Row> m_rows;
    QString m_currency;
};

} // namespace dmc::ui
