#pragma once

#include "SortableTableModel.h"
#include "analytics/renewals/RenewalWatchlist.h"

namespace dmc::ui {

// The renewal watchlist: accounts renewing within 120 days, with their band, ARR, health and
// trend, sponsor, renewal deal and expansion pipeline.
class RenewalModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Band, Account, Renewal, Arr, Health, Trend, Sponsor, RenewalDeal, Expansion, ColumnCount };
    // The health readings of a row (QList<int>, oldest first) for the sparkline delegate.
    static constexpr int ReadingsRole = Qt::UserRole + 1;
    // The change the Health column shows (int), on the Trend column: the sparkline's colour.
    static constexpr int ChangeRole = Qt::UserRole + 2;

    explicit RenewalModel(QObject *parent = nullptr);

    void setWatchlist(const RenewalWatchlist &watchlist);
    const RenewalWatchlist::Entry &entry(int row) const { return m_entries[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    std::vector<RenewalWatchlist::Entry> m_entries;
    QString m_currency;
};

} // namespace dmc::ui
