#pragma once

#include "SortKey.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// A table model over result structs that can say, per cell, which typed key it sorts by.
class SortableTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual SortKey sortKey(int row, int column) const = 0;

    // After a language switch: headers and cells are formatted again by the new locale.
    void retranslate()
    {
        if (columnCount() > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
};

} // namespace dmc::ui
