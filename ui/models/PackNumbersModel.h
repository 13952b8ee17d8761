#pragma once

#include "analytics/coaching/PackNumbers.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>
#include <vector>

namespace dmc::ui {

// The coaching pack's "Numbers and changes": measure, value at the as-of snapshot, change since
// the compare-to snapshot (the Change column is empty without one). The texts are the pack's
// (PackNumbers), so the window and the exported pack read the same.
class PackNumbersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Measure, Value, Change, ColumnCount };

    explicit PackNumbersModel(QObject *parent = nullptr);

    void setRows(std::vector<PackNumbers::Row> rows, QDate asOf, std::optional<QDate> compareTo);
    bool hasCompareTo() const { return m_compareTo.has_value(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PackNumbers::Row> m_rows;
    QDate m_asOf;
    std::optional<QDate> m_compareTo;
};

} // namespace dmc::ui
