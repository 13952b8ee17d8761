#pragma once

#include "SortableTableModel.h"
#include "analytics/numbers/FollowUpDue.h"

#include <vector>

namespace dmc::ui {

// Follow-ups due by the as-of week (from the DM action store), for the cockpit.
class FollowUpModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Due, Rep, Deal, Text, Owner, ColumnCount };

    explicit FollowUpModel(QObject *parent = nullptr);

    // `repNames` maps rep ids to names for display.
    void setFollowUps(std::vector<FollowUpDue> followUps, QHash<QString, QString> repNames);
    const FollowUpDue &followUp(int row) const { return m_followUps[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

private:
    std::vector<FollowUpDue> m_followUps;
    QHash<QString, QString> m_repNames;
};

} // namespace dmc::ui
