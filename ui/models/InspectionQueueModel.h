#pragma once

#include "QueueRows.h"
#include "SortableTableModel.h"
#include "analytics/risk/RiskHit.h"
#include "workspace/DealAction.h"

#include <QHash>

#include <vector>

namespace dmc::ui {

// Every risk hit of the current query (visible and snoozed), with the DM's status, note and
// follow-up beside it, then, during a drill-down, the drilled deals that have no hit (one row
// each, rule empty: the DM's status and note on the deal itself). Status, note and follow-up date are editable in place; an edit is
// reported through actionEdited() and stored at once by DmActions.
class InspectionQueueModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rep,
        Deal,
        Account,
        Amount,
        CloseDate,
        Category,
        Stage,
        Rule,
        Evidence,
        Status,
        Note,
        FollowUp,
        ColumnCount
    };

    explicit InspectionQueueModel(QObject *parent = nullptr);

    // `snoozed` hits are kept and marked, so "show snoozed" needs no recompute. `actions` are the
    // DM's actions by DmActions::key(), as setActions() takes them. QueueRows::prepare() then
    // setRows(), on this thread.
    void setHits(std::vector<RiskHit> hits, std::vector<RiskHit> snoozed, const QString &currency,
                 QHash<QString, DealAction> actions);
    // Rows prepared on a worker (QueueRows::prepare), taken whole.
    void setRows(QueueRows rows, const QString &currency);
    // The rows listed after the hits: deals of a drill-down without a hit (DealRow::at); an
    // empty list removes them. setHits() removes them too.
    void setDealRows(std::vector<RiskHit> rows);
    // The DM's actions by DmActions::key().
    void setActions(QHash<QString, DealAction> actions);
    // Updates one stored action (after DmActions saved it).
    void setAction(const QString &opportunityId, const QString &ruleId, const DealAction &action);
    // Off for a read-only database: Status, Note and Follow-up are then shown, not edited.
    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }
    const QString &currency() const { return m_currency; }

    const RiskHit &hit(int row) const { return m_hits[size_t(row)]; }
    bool isSnoozed(int row) const { return row >= m_visibleCount && row < m_dealRowStart; }
    // A drilled deal without a hit (no rule, no evidence).
    bool isDealRow(int row) const { return row >= m_dealRowStart; }
    int dealRowCount() const { return int(m_hits.size()) - m_dealRowStart; }
    DealAction action(int row) const;
    // Lower-case text of the row for the search box (rep, deal, account, rule, evidence, note).
    const QString &searchText(int row) const { return m_search[size_t(row)]; }
    int ruleOrder(int row) const { return m_ruleOrder[size_t(row)]; }
    // DmActions::key() of the row's hit, built once per row (SelectionKeeper asks for every row's).
    const QString &actionKey(int row) const { return m_keys[size_t(row)]; }

    static QString statusName(DealAction::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

signals:
    void actionEdited(const QString &opportunityId, const QString &ruleId, const dmc::DealAction &action);

private:
    void rebuildSearch(int row);
    void indexDealRows();
    // The stored action of a row with its snooze applied; cached per row because sorting the
    // Status / Note / Follow-up columns asks for it O(n log n) times.
    DealAction resolveAction(int row) const;

    std::vector<RiskHit> m_hits;
    int m_visibleCount = 0;
    int m_dealRowStart = 0; // rows from here on are drilled deals without a hit
    bool m_editable = true;
    std::vector<QString> m_search;
    std::vector<QString> m_keys; // actionKey() per row
    std::vector<int> m_ruleOrder;
    std::vector<DealAction> m_rowActions; // resolveAction() per row
    QHash<QString, DealAction> m_actions;
    QString m_currency;
};

} // namespace dmc::ui
