#pragma once

#include "domain/Money.h"

#include <QAbstractProxyModel>
#include <QString>

#include <vector>

namespace dmc::ui {

class InspectionQueueModel;
class InspectionQueueProxy;

// The inspection queue as the table shows it: the sorted, filtered hits of InspectionQueueProxy
// with, when they are grouped by rep or by filter, a header row before each group naming it with
// its hit count, its deal count and the sum of those deals' amounts (each deal once). Header
// rows are not selectable; queueRow() is -1 for them. Any change of the rows below resets this
// model, and SelectionKeeper puts the selection and the scroll position back.
class QueueGroupProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit QueueGroupProxy(InspectionQueueModel *queue, QObject *parent = nullptr);

    // The proxy's source model must be `proxy`, whose source is the queue model.
    void setQueueProxy(InspectionQueueProxy *proxy);

    bool isGroupRow(int row) const { return m_rows[size_t(row)].queueRow < 0; }
    // The InspectionQueueModel row behind a row, -1 for a group header.
    int queueRow(int row) const { return m_rows[size_t(row)].queueRow; }
    int groupCount() const { return int(m_groups.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int sourceRow = -1; // row of the queue proxy, -1 for a header
        int queueRow = -1;  // row of the queue model, -1 for a header
        int group = -1;
    };
    struct Group
    {
        QString name;
        int hits = 0;
        int deals = 0;
        Cents amount = 0;
    };

    void beginChange();
    void endChange();
    void rebuild();
    QString groupTitle(const Group &group) const;

    InspectionQueueModel *m_queue;
    InspectionQueueProxy *m_proxy = nullptr;
    std::vector<Row> m_rows;
    std::vector<int> m_proxyToRow; // queue proxy row -> row here
    std::vector<Group> m_groups;
    bool m_changing = false;
};

} // namespace dmc::ui
