#pragma once

#include "ReviewTableModel.h"
#include "analytics/review/SegmentedBridge.h"
#include "domain/FiscalPeriod.h"

namespace dmc::ui {

// The bookings bridge split by deal type or by account segment: one row per group with its
// bookings in both periods, the change and its four terms, then the total of the groups.
class ReviewSplitModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { Group, Baseline, Actual, Change, Volume, WinRate, Size, Mix, ColumnCount };

    explicit ReviewSplitModel(QObject *parent = nullptr);

    void setSplit(const SegmentedBridge &split, const FiscalPeriod &baseline, const FiscalPeriod &reviewed,
                  const QString &currency);
    bool isTotal(int row) const { return row == int(m_split.groups.size()); }
    const BookingsBridge &bridge(int row) const;
    Cents amount(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    QString groupName(int row) const;

    SegmentedBridge m_split;
    FiscalPeriod m_baseline;
    FiscalPeriod m_reviewed;
    QString m_currency;
};

} // namespace dmc::ui
