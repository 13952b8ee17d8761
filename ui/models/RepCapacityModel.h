#pragma once

#include "SortableTableModel.h"
#include "analytics/capacity/CapacityPlan.h"

#include <vector>

namespace dmc::ui {

// One plan's reps for the period (docs/definitions.md#ramped-capacity): full quota, the ramp
// percent of each month by tenure, the FRE, ramped capacity and ramp loss, and whether the rep is
// a planned hire or leaving (in the data or in the assumption set).
class RepCapacityModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Rep, Role, Start, Change, FullQuota, Ramp, Fre, Capacity, RampLoss, ColumnCount };

    explicit RepCapacityModel(QObject *parent = nullptr);

    void setPlan(const CapacityPlan &plan, const QString &currency);
    void clear();

    const CapacityPlan::Rep &rep(int row) const { return m_plan.reps[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    QString change(const CapacityPlan::Rep &rep) const;
    QString ramps(const CapacityPlan::Rep &rep) const;
    QString quotaNote(const CapacityPlan::Rep &rep) const;

    CapacityPlan m_plan;
    QString m_currency;
};

} // namespace dmc::ui
