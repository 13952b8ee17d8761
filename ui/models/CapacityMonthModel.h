#pragma once

#include "SortableTableModel.h"
#include "analytics/capacity/CapacityPlan.h"

#include <vector>

namespace dmc::ui {

// Ramped capacity against the need month by month, for the period and the next: one row per
// month, the need and its ±10% band, then one capacity column per plan (the data as imported
// first, then each assumption set). The dock's chart draws these columns; the table shows them.
class CapacityMonthModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Month, Need, BandLow, BandHigh, FirstPlan };

    explicit CapacityMonthModel(QObject *parent = nullptr);

    void setPlans(const std::vector<CapacityPlan> &plans, const QString &currency);

    int planCount() const { return int(m_plans.size()); }
    // "As imported" for the data, else the DM's name of the set.
    QString planName(int plan) const;
    QDate month(int row) const;
    int periodIndex(int row) const; // 0: the period, 1: the next
    Cents need(int row) const;
    Cents bandLow(int row) const;  // need × (1 − 10%)
    Cents bandHigh(int row) const; // need × (1 + 10%)
    Cents capacity(int row, int plan) const;
    QString currency() const { return m_currency; }
    static QString monthLabel(const QDate &month); // "Jul 2026"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    struct Line
    {
        QString name;
        std::vector<Cents> capacity; // per month
    };
    std::vector<CapacityPlan::Month> m_months;
    std::vector<Line> m_plans;
    QString m_currency;
};

} // namespace dmc::ui
