#pragma once

#include "workspace/DealAction.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class InspectionQueueModel;
class QueueGroupProxy;

// What a DM does to the hits selected in the inspection queue, one or many at once: mark
// reviewed (R), reopen (O), snooze (S, asking until when and why) and note (N). The actions sit
// on the table (its context menu, its shortcuts) and store through DmActions.
class QueueActions : public QObject
{
    Q_OBJECT

public:
    struct SnoozeDetails
    {
        QDate until;
        QString reason;
    };

    QueueActions(Workspace *workspace, InspectionQueueModel *model, QueueGroupProxy *rows, QTableView *table);

    QAction *reviewAction() const { return m_review; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *snoozeAction() const { return m_snooze; }
    QAction *noteAction() const { return m_note; }
    // Off: snoozes last 14 days with no reason and no dialog (tests; the note still asks).
    void setAskForSnoozeDetails(bool ask) { m_askSnooze = ask; }
    // Asks until when and why `what` is snoozed, in a dialog beside the current row.
    std::optional<SnoozeDetails> askSnooze(const QString &what, QDate until, const QString &reason) const;
    void retranslateUi();
    void updateEnabled();

private:
    std::vector<int> selectedSourceRows() const;
    // Applies `edit` to the stored action of every selected row and saves each.
    void apply(const std::vector<int> &rows, const std::function<void(DealAction &)> &edit);
    void snoozeSelected();
    void noteSelected();

    Workspace *m_workspace;
    InspectionQueueModel *m_model;
    QueueGroupProxy *m_rows;
    QTableView *m_table;
    QAction *m_review;
    QAction *m_reopen;
    QAction *m_snooze;
    QAction *m_note;
    bool m_askSnooze = true;
};

} // namespace dmc::ui
