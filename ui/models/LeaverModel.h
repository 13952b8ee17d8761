#pragma once

#include "domain/CapacityAssumptions.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace dmc::ui {

// The leavers of one assumption set: the rep and their last day, which is edited in place;
// leaverEdited() hands the change to the capacity session (one undo step).
class LeaverModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rep, LastDay, ColumnCount };

    explicit LeaverModel(QObject *parent = nullptr);

    // `names`: rep id -> name, for the reps the data holds.
    void setLeavers(const std::vector<CapacityAssumptions::Leaver> &leavers, const QHash<QString, QString> &names,
                    bool editable);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

signals:
    void leaverEdited(int row, const dmc::CapacityAssumptions::Leaver &leaver);

private:
    std::vector<CapacityAssumptions::Leaver> m_leavers;
    QHash<QString, QString> m_names;
    bool m_editable = false;
};

} // namespace dmc::ui
