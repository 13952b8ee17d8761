#pragma once

#include "analytics/insights/InsightFilter.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class EmptyState;
class InsightModel;
class InsightsSession;
class TypedSortProxy;

// The Insights dock: the scope's patterns, anomalies, dichotomies and outliers in list order
// (amount at stake, then recency) with a small chart each and the per-scope cap ("Show all"),
// filters by kind, rep, amount and "new only" (InsightFilter), the dismissed list, the selected
// one's rule, baseline and lineage, and the actions to show its deals in the inspection queue
// (click or Enter), mark it seen, dismiss it with a note or restore it.
class InsightsView : public QWidget
{
    Q_OBJECT

public:
    explicit InsightsView(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    InsightModel *model() const { return m_model; }
    QAction *showDealsAction() const { return m_showDeals; }
    QAction *markSeenAction() const { return m_markSeen; }
    QAction *dismissAction() const { return m_dismiss; }
    QAction *showAllAction() const { return m_showAll; }
    QAction *dismissedListAction() const { return m_dismissedList; }
    const InsightFilter &filter() const { return m_filter; }
    // The key of the selected insight ("" when none).
    QString selectedKey() const;
    void selectKey(const QString &key);
    // Back to the list the cockpit's line counts: the listed ones, capped, no filter.
    void showCappedList();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showInsights();
    void readFilters();
    void applyFilter();
    void showSelection();
    void showDeals();
    void dismissSelected();
    void markSelectedSeen();

    Workspace *m_workspace;
    InsightsSession *m_session;
    InsightModel *m_model;
    TypedSortProxy *m_proxy;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QToolBar *m_toolBar;
    QComboBox *m_kind;
    QComboBox *m_rep;
    QSpinBox *m_minimum;
    QCheckBox *m_newOnly;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_details;
    QAction *m_showDeals;
    QAction *m_markSeen;
    QAction *m_dismiss;
    QAction *m_showAll;
    QAction *m_dismissedList;
    InsightFilter m_filter;
    InsightFilter::Result m_shown;
};

} // namespace dmc::ui
