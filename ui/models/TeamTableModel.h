#pragma once

#include "SortableTableModel.h"
#include "analytics/numbers/TeamRow.h"

#include <vector>

namespace dmc::ui {

// The cockpit team table: one row per rep of the CockpitResult, the numbers of
// docs/definitions.md#team-table-and-deltas in columns. Each money cell knows the deals behind it (dealsAt).
class TeamTableModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rep,
        District,
        Quota,
        Won,
        Attainment,
        Commit,
        BestCase,
        Pipeline,
        Gap,
        Coverage,
        Exceptions,
        ColumnCount
    };

    explicit TeamTableModel(QObject *parent = nullptr);

    void setRows(std::vector<TeamRow> rows, const QString &currency, double coverageTarget);
    const TeamRow &teamRow(int row) const { return m_rows[size_t(row)]; }
    // Opportunity indices behind a cell; empty for cells that are not sums of deals.
    std::vector<qint32> dealsAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

    static QString columnTitle(int column);

private:
    std::vector<TeamRow> m_rows;
    QString m_currency;
    double m_coverageTarget = 3.0;
};

} // namespace dmc::ui
