#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class EmptyState;
class PocBoardModel;
class PocScorecardModel;
class TypedSortProxy;

// The POC board: every POC of the scope on a time line (planned against actual, the as-of marked)
// with its DOR ticks, criteria, check-ins and tasks by side; the scope's DOR adoption, duration and
// POC-to-won figures with their n above; the selected POC's scorecard below. A row selects its
// deal in Deal detail.
class PocBoardView : public QWidget
{
    Q_OBJECT

public:
    explicit PocBoardView(Workspace *workspace, QWidget *parent = nullptr);

    PocBoardModel *model() const { return m_model; }
    PocScorecardModel *scorecardModel() const { return m_scorecard; }
    QTableView *table() const { return m_table; }
    // Saves the weekly POC digest of the board (PDF, HTML, Markdown), as `dmcockpit pocs --digest`
    // writes it, since the toolbar's compare-to date (a week before the as-of without one).
    void saveDigest();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResults();
    void showSelected();

    Workspace *m_workspace;
    PocBoardModel *m_model;
    TypedSortProxy *m_proxy;
    PocScorecardModel *m_scorecard;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_figures;
    QPushButton *m_digest;
    QLabel *m_legend;
    QTableView *m_table;
    QTableView *m_scorecardTable;
};

} // namespace dmc::ui
