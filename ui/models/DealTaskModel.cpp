#include "DealTaskModel.h"

#include "Format.h"
#include "analytics/plays/PlaysText.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QSet>

#include <functional>

namespace dmc::ui {

void DealTaskModel::setReport(const PlaysReport &report)
{
    beginResetModel();
    m_rows.clear();
    // Per deal: the tasks that wait for none (or for one of another deal) first, each followed
    // by the tasks waiting for it, depth first.
    QHash<QString, std::vector<const TaskState *>> waiting; // task id -> tasks waiting for it
    QSet<QString> ids;
    for (const TaskState &t : report.tasks.tasks)
        ids.insert(t.task.id);
    for (const TaskState &t : report.tasks.tasks)
        if (!t.task.dependsOn.isEmpty() && ids.contains(t.task.dependsOn))
            waiting[t.task.dependsOn].push_back(&t);
    std::function<void(const TaskState &, int)> add = [&](const TaskState &t, int depth) {
        m_rows.push_back({t, report.deals[size_t(t.deal)], depth});
        for (const TaskState *next : waiting.value(t.task.id))
            add(*next, depth + 1);
    };
    for (const TaskState &t : report.tasks.tasks)
        if (t.task.dependsOn.isEmpty() || !ids.contains(t.task.dependsOn))
            add(t, 0);
    endResetModel();
}

void DealTaskModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint32 DealTaskModel::opportunityAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].deal.opportunity : -1;
}

int DealTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const DealTask &task = row.task.task;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Deal:
            return tr("%1 · %2, close %3")
                .arg(row.deal.id, row.deal.name,
                     row.deal.close.isValid() ? Format::date(row.deal.close) : QStringLiteral("–"));
        case Task: {
            const QString title = task.title.isEmpty() ? task.id : task.title;
            return row.depth == 0 ? title : QString(row.depth * 3, u' ') + QStringLiteral("↳ ") + title;
        }
        case Role: return PlaysText::role(task.ownerRole);
        case Due: return task.due.isValid() ? Format::date(task.due) : QString();
        case Done: return task.done.isValid() ? Format::date(task.done) : QString();
        case State: return row.task.overdue ? tr("Overdue") : (row.task.open ? tr("Open") : tr("Done", "deal task"));
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && row.task.overdue)
        return QBrush(QColor(0xb4, 0x3c, 0x1e));
    if (role == Qt::ToolTipRole && index.column() == Task && !task.dependsOn.isEmpty())
        return tr("Waits for %1").arg(task.dependsOn);
    return {};
}

QVariant DealTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Deal: return tr("Deal");
    case Task: return tr("Task (indented under the task it waits for)");
    case Role: return tr("Role");
    case Due: return tr("Due");
    case Done: return tr("Done", "deal task");
    case State: return tr("At the as-of");
    }
    return {};
}

} // namespace dmc::ui
