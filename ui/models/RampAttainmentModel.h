#pragma once

#include "SortableTableModel.h"
#include "analytics/capacity/RampAttainment.h"

namespace dmc::ui {

// Ramp attainment by tenure month (docs/definitions.md#ramp-attainment): one row per rep of the
// scope with a ramp start, a column per tenure month 1..12, and a last row with the cohort
// median over the database's reps (its n in the tooltip).
class RampAttainmentModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Rep, Start, FirstMonth };

    explicit RampAttainmentModel(QObject *parent = nullptr);

    void setAttainment(const RampAttainment &ramp, const QString &currency);
    const RampAttainment &attainment() const { return m_ramp; }
    bool isCohortRow(int row) const { return row == int(m_ramp.reps.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    RampAttainment m_ramp;
    QString m_currency;
};

} // namespace dmc::ui
