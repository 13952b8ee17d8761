#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class EmptyState;
class InspectionQueueModel;
class InspectionQueueProxy;
class QueueActions;
class QueueGroupProxy;

// The inspection queue: every risk hit with its evidence and the DM's status, note and
// follow-up (editable in place, or on many selected rows at once through QueueActions: R, S, N,
// O and the context menu), rule chips, search, group by rep or rule, and the filter set by a
// drill from the cockpit. The current row opens in Deal detail; its whole evidence, status,
// note and follow-up read under the table. Edits keep the selection and the scroll position.
class InspectionQueueView : public QWidget
{
    Q_OBJECT

public:
    // What the DM set up in the queue (the window keeps it per database).
    struct Choices
    {
        QSet<QString> hiddenRules; // rules whose chips are unticked
        int groupBy = 0;           // InspectionQueueProxy::GroupBy
        int sortColumn = -1;       // InspectionQueueModel column; -1: by amount, largest first
        Qt::SortOrder sortOrder = Qt::DescendingOrder;
    };

    explicit InspectionQueueView(Workspace *workspace, QWidget *parent = nullptr);

    Choices choices() const;
    // Puts the chips, the grouping and the sort as given (the defaults for a new database).
    void setChoices(const Choices &choices);

    InspectionQueueModel *model() const { return m_model; }
    InspectionQueueProxy *proxy() const { return m_proxy; }
    // The table's model: the proxy's rows with a header before each group.
    QueueGroupProxy *shownRows() const { return m_groups; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *ruleChips() const { return m_chips; }
    QueueActions *actions() const { return m_queueActions; }
    // The current row's evidence, status, note and follow-up, as the strip under the table says it.
    QString currentDetail() const;
    void focusSearch();
    void clearDrill();
    // Snoozing asks for an end date and a reason (tests turn it off to snooze for 14 days).
    void setAskForSnoozeDetails(bool ask);

signals:
    // The DM ticked or unticked a chip, changed the grouping or sorted by another column.
    void choicesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void showHits();
    void showDrill(const QString &title, const std::vector<qint32> &deals);
    void applyChips();
    void applyGroupBy();
    void updateCount();
    void updateDetail();
    void fitChips();
    void spanGroupHeaders();

    Workspace *m_workspace;
    InspectionQueueModel *m_model;
    InspectionQueueProxy *m_proxy;
    QueueGroupProxy *m_groups;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLineEdit *m_search;
    QLabel *m_groupLabel;
    QComboBox *m_group;
    QCheckBox *m_showReviewed;
    QCheckBox *m_showSnoozed;
    QListWidget *m_chips;
    QWidget *m_drillBar;
    QLabel *m_drillLabel;
    QPushButton *m_clearDrill;
    QTableView *m_table;
    QLabel *m_detail;
    QLabel *m_count;
    QueueActions *m_queueActions = nullptr;
    QSet<QString> m_hiddenRules;
    QString m_drillTitle;
    int m_drillDeals = 0;
    bool m_askSnooze = true;
    bool m_resetting = false; // between the shown rows' modelAboutToBeReset and modelReset
};

} // namespace dmc::ui
