#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class EmptyState;
class RenewalModel;
class TypedSortProxy;

// Accounts renewing within 120 days in 30 / 60 / 90 / 120-day bands: ARR, health with its
// trend sparkline, sponsor, renewal deal and expansion pipeline. A row drills to its deals.
class RenewalWatchlistView : public QWidget
{
    Q_OBJECT

public:
    explicit RenewalWatchlistView(Workspace *workspace, QWidget *parent = nullptr);

    RenewalModel *model() const { return m_model; }
    TypedSortProxy *proxy() const { return m_proxy; }
    // Shows renewals within `days` (30, 60, 90 or 120).
    void showBand(int days);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResults();

    Workspace *m_workspace;
    RenewalModel *m_model;
    TypedSortProxy *m_proxy;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_summary;
    QLabel *m_missing; // what the data lacks (no health readings), above the table
    QLabel *m_legend;  // what the trend line's colours and dotted line say, under the table
    QButtonGroup *m_bands;
    QList<QToolButton *> m_bandButtons;
    QTableView *m_table;
    int m_band = 120;
};

} // namespace dmc::ui
