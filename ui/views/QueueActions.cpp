#include "QueueActions.h"

#include "InspectionQueueModel.h"
#include "QueueGroupProxy.h"
#include "Workspace.h"
#include "dialogs/SnoozeDialog.h"
#include "workspace/DmActions.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace dmc::ui {

QueueActions::QueueActions(Workspace *workspace, InspectionQueueModel *model, QueueGroupProxy *rows, QTableView *table)
    : QObject(table)
    , m_workspace(workspace)
    , m_model(model)
    , m_rows(rows)
    , m_table(table)
    , m_review(new QAction(table))
    , m_reopen(new QAction(table))
    , m_snooze(new QAction(table))
    , m_note(new QAction(table))
{
    const std::pair<QAction *, const char *> actions[] = {{m_review, "QueueReviewAction"},
                                                          {m_snooze, "QueueSnoozeAction"},
                                                          {m_note, "QueueNoteAction"},
                                                          {m_reopen, "QueueReopenAction"}};
    for (const auto &[action, name] : actions) {
        action->setObjectName(QLatin1String(name));
        // Single keys act only while the queue has the focus, never while typing elsewhere.
        action->setShortcutContext(Qt::WidgetShortcut);
        table->addAction(action);
    }
    m_review->setShortcut(Qt::Key_R);
    m_snooze->setShortcut(Qt::Key_S);
    m_note->setShortcut(Qt::Key_N);
    m_reopen->setShortcut(Qt::Key_O);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_review, &QAction::triggered, this, [this] {
        apply(selectedSourceRows(), [](DealAction &action) {
            action.status = DealAction::Status::Reviewed;
            action.snoozeUntil = {};
            action.snoozeReason.clear();
        });
    });
    connect(m_reopen, &QAction::triggered, this, [this] {
        apply(selectedSourceRows(), [](DealAction &action) {
            action.status = DealAction::Status::Open;
            action.snoozeUntil = {};
            action.snoozeReason.clear();
        });
    });
    connect(m_snooze, &QAction::triggered, this, &QueueActions::snoozeSelected);
    connect(m_note, &QAction::triggered, this, &QueueActions::noteSelected);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueActions::updateEnabled);
    retranslateUi();
    updateEnabled();
}

void QueueActions::retranslateUi()
{
    m_review->setText(tr("Mark &reviewed"));
    m_reopen->setText(tr("Re&open"));
    m_snooze->setText(tr("&Snooze..."));
    m_note->setText(tr("&Note..."));
}

void QueueActions::updateEnabled()
{
    const bool enabled = m_model->isEditable() && m_table->selectionModel()->hasSelection();
    for (QAction *action : {m_review, m_reopen, m_snooze, m_note})
        action->setEnabled(enabled);
}

std::vector<int> QueueActions::selectedSourceRows() const
{
    std::vector<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const int row = m_rows->queueRow(index.row()); row >= 0)
            rows.push_back(row);
    std::sort(rows.begin(), rows.end());
    return rows;
}

void QueueActions::apply(const std::vector<int> &rows, const std::function<void(DealAction &)> &edit)
{
    if (!m_model->isEditable())
        return;
    // Keys first: each save may reset the model (a snooze recomputes the hits).
    std::vector<std::pair<QString, QString>> keys;
    for (const int row : rows)
        keys.emplace_back(m_model->hit(row).opportunityId, m_model->hit(row).ruleId);
    DmActions *actions = m_workspace->actions();
    for (const auto &[opportunityId, ruleId] : keys) {
        DealAction action = actions->action(opportunityId, ruleId);
        edit(action);
        if (action != actions->action(opportunityId, ruleId))
            actions->saveAction(opportunityId, ruleId, action);
    }
}

std::optional<QueueActions::SnoozeDetails> QueueActions::askSnooze(const QString &what, QDate until,
                                                                   const QString &reason) const
{
    const QDate asOf = m_workspace->asOf();
    if (!m_askSnooze)
        return SnoozeDetails{asOf.addDays(14), QString()};
    SnoozeDialog dialog(what, asOf, until.isValid() ? until : asOf.addDays(14), reason, m_table);
    // Beside the row it is about, not over another view.
    const QRect row = m_table->visualRect(m_table->currentIndex());
    if (row.isValid()) {
        dialog.adjustSize();
        dialog.move(m_table->viewport()->mapToGlobal(QPoint(row.left() + 40, row.bottom() + 4)));
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return SnoozeDetails{dialog.until(), dialog.reason()};
}

void QueueActions::snoozeSelected()
{
    const std::vector<int> rows = selectedSourceRows();
    if (rows.empty() || !m_model->isEditable())
        return;
    const RiskHit &first = m_model->hit(rows.front());
    const QString what = rows.size() == 1 ? first.opportunityName : tr("%n hit(s)", nullptr, int(rows.size()));
    const DealAction stored = m_workspace->actions()->action(first.opportunityId, first.ruleId);
    const auto details = askSnooze(what, stored.snoozeUntil, stored.snoozeReason);
    if (!details)
        return;
    apply(rows, [&details](DealAction &action) {
        action.status = DealAction::Status::Snoozed;
        action.snoozeUntil = details->until;
        action.snoozeReason = details->reason;
    });
}

void QueueActions::noteSelected()
{
    const std::vector<int> rows = selectedSourceRows();
    if (rows.empty() || !m_model->isEditable())
        return;
    const RiskHit &first = m_model->hit(rows.front());
    const QString current =
        rows.size() == 1 ? m_workspace->actions()->action(first.opportunityId, first.ruleId).note : QString();
    const QString label = rows.size() == 1
        ? tr("Note on %1").arg(first.opportunityName)
        : tr("Note on %n hit(s); it replaces their notes", nullptr, int(rows.size()));
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(m_table, tr("Note"), label, current, &ok).trimmed();
    if (!ok)
        return;
    apply(rows, [&note](DealAction &action) { action.note = note; });
}

} // namespace dmc::ui
