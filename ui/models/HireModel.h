#pragma once

#include "domain/CapacityAssumptions.h"

#include <QAbstractTableModel>

#include <vector>

namespace dmc::ui {

// The hires of one assumption set, edited in place: name, role, start and quarterly quota (empty:
// the median quota of the role's reps). An edit is not applied here: hireEdited() hands the new
// hire to whoever records it (the capacity session, as one undo step) and the set comes back
// through setHires().
class HireModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, Start, Quota, ColumnCount };

    explicit HireModel(QObject *parent = nullptr);

    void setHires(const std::vector<CapacityAssumptions::Hire> &hires, const QString &currency, bool editable);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // After a language switch.
    void retranslate();

signals:
    void hireEdited(int row, const dmc::CapacityAssumptions::Hire &hire);

private:
    std::vector<CapacityAssumptions::Hire> m_hires;
    QString m_currency;
    bool m_editable = false;
};

} // namespace dmc::ui
