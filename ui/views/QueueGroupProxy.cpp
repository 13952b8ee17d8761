#include "QueueGroupProxy.h"

#include "Format.h"
#include "InspectionQueueModel.h"
#include "InspectionQueueProxy.h"
#include "analytics/risk/RuleSet.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace dmc::ui {

QueueGroupProxy::QueueGroupProxy(InspectionQueueModel *queue, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_queue(queue)
{
}

void QueueGroupProxy::setQueueProxy(InspectionQueueProxy *proxy)
{
    beginResetModel();
    m_proxy = proxy;
    QAbstractProxyModel::setSourceModel(proxy);
    // Every structural change below is a reset here: rows and headers move together, and the
    // counts in the headers change with them.
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, &QueueGroupProxy::beginChange);
    connect(proxy, &QAbstractItemModel::modelReset, this, &QueueGroupProxy::endChange);
    connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, &QueueGroupProxy::beginChange);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &QueueGroupProxy::endChange);
    connect(proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, &QueueGroupProxy::beginChange);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &QueueGroupProxy::endChange);
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &QueueGroupProxy::beginChange);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &QueueGroupProxy::endChange);
    connect(proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (m_changing)
                    return;
                for (int row = topLeft.row(); row <= bottomRight.row() && row < int(m_proxyToRow.size()); ++row) {
                    const int shown = m_proxyToRow[size_t(row)];
                    emit dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()), roles);
                }
            });
    connect(proxy, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    rebuild();
    endResetModel();
}

void QueueGroupProxy::beginChange()
{
    if (m_changing)
        return;
    m_changing = true;
    beginResetModel();
}

void QueueGroupProxy::endChange()
{
    if (!m_changing)
        return;
    rebuild();
    m_changing = false;
    endResetModel();
}

void QueueGroupProxy::rebuild()
{
    m_rows.clear();
    m_groups.clear();
    m_proxyToRow.clear();
    if (!m_proxy)
        return;
    const int count = m_proxy->rowCount();
    m_proxyToRow.resize(size_t(count));
    const auto grouping = m_proxy->hasDealFilter() ? InspectionQueueProxy::GroupBy::None : m_proxy->groupBy();
    QSet<qint32> deals;
    QString key;
    for (int row = 0; row < count; ++row) {
        const int queueRow = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const RiskHit &hit = m_queue->hit(queueRow);
        if (grouping != InspectionQueueProxy::GroupBy::None) {
            const QString rowKey = grouping == InspectionQueueProxy::GroupBy::Rep ? hit.repName : hit.ruleId;
            if (m_groups.empty() || rowKey != key) {
                key = rowKey;
                deals.clear();
                m_groups.push_back(Group{grouping == InspectionQueueProxy::GroupBy::Rep
                                             ? hit.repName
                                             : RuleSet::displayName(hit.ruleId),
                                         0, 0, 0});
                m_rows.push_back(Row{-1, -1, int(m_groups.size()) - 1});
            }
            Group &group = m_groups.back();
            ++group.hits;
            if (!deals.contains(hit.opportunity)) {
                deals.insert(hit.opportunity);
                ++group.deals;
                group.amount += hit.amount;
            }
        }
        m_proxyToRow[size_t(row)] = int(m_rows.size());
        m_rows.push_back(Row{row, queueRow, int(m_groups.size()) - 1});
    }
}

QString QueueGroupProxy::groupTitle(const Group &group) const
{
    return tr("%1 · %2 · %3 · %4")
        .arg(group.name, tr("%n hit(s)", nullptr, group.hits), tr("%n deal(s)", nullptr, group.deals),
             Format::compactMoney(group.amount, m_queue->currency()));
}

QModelIndex QueueGroupProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex QueueGroupProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex QueueGroupProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int QueueGroupProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueGroupProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_proxy ? 0 : m_proxy->columnCount();
}

bool QueueGroupProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex QueueGroupProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_proxy || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int sourceRow = m_rows[size_t(proxyIndex.row())].sourceRow;
    return sourceRow < 0 ? QModelIndex() : m_proxy->index(sourceRow, proxyIndex.column());
}

QModelIndex QueueGroupProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyToRow.size()))
        return {};
    return index(m_proxyToRow[size_t(sourceIndex.row())], sourceIndex.column());
}

QVariant QueueGroupProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (row.sourceRow >= 0)
        return QAbstractProxyModel::data(index, role);
    // A group header: its title in the first column, which the view spans across the table.
    const Group &group = m_groups[size_t(row.group)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return index.column() == 0 ? groupTitle(group) : QString();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole: return QBrush(QColor(0xe8, 0xee, 0xf5));
    case Qt::ForegroundRole: return QBrush(QColor(0x1f, 0x2a, 0x37));
    default: return {};
    }
}

Qt::ItemFlags QueueGroupProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A header is neither selectable nor current: keys and clicks go to the hits.
    if (isGroupRow(index.row()))
        return Qt::NoItemFlags;
    return QAbstractProxyModel::flags(index);
}

// Columns are the queue's own: QAbstractProxyModel would map the section through row 0, which
// can be a group header or missing.
QVariant QueueGroupProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_proxy || orientation != Qt::Horizontal)
        return {};
    return m_proxy->headerData(section, orientation, role);
}

} // namespace dmc::ui
