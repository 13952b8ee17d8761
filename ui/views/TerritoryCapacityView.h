#pragma once

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class CapacityChart;
class CapacitySession;
class RampAttainmentChart;
class EmptyState;
class FittedTableView;
class ReviewTableModel;
class SortableTableModel;

// Territory and capacity of the window's scope and period (docs/definitions.md#territory-and-capacity):
// ramped capacity against the need by month for the period and the next, one line per plan with
// the ±10% band; the chosen plan's FRE and ramp loss per rep; coverage by segment beside the
// implied coverage; the pipeline mix; the territory balance with its indices and the accounts
// listed apart; ramp attainment by tenure month. The DM's assumption sets are edited in place
// (Edit > Undo reverts each step). Cells with deals behind them list them in the inspection queue.
class TerritoryCapacityView : public QWidget
{
    Q_OBJECT

public:
    explicit TerritoryCapacityView(Workspace *workspace, QWidget *parent = nullptr);

    CapacityChart *chart() const { return m_chart; }
    RampAttainmentChart *rampChart() const { return m_rampChart; }
    QComboBox *setCombo() const { return m_setCombo; }

signals:
    // Export quarterly plan... was clicked: the window exports the document (File menu's action).
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    FittedTableView *addTable(SortableTableModel *model, const QString &objectName, bool sortable,
                              ReviewTableModel *drill = nullptr);
    void drill(const QTableView *view, const QModelIndex &index);
    void retranslateUi();
    void showCapacity();
    void showSets();
    void showChart();
    void showRampChart();
    int selectedRow(const QTableView *table) const;

    Workspace *m_workspace;
    CapacitySession *m_session;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll = nullptr;
    EmptyState *m_empty;
    QLabel *m_setLabel;
    QComboBox *m_setCombo;
    QPushButton *m_newSet;
    QPushButton *m_deleteSet;
    QPushButton *m_exportPlan;
    QLabel *m_status;
    QLabel *m_headline;
    CapacityChart *m_chart;
    QLabel *m_monthHeading;
    FittedTableView *m_monthTable;
    QGroupBox *m_editor;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_factorLabel;
    QSpinBox *m_factor;
    QLabel *m_curvesLabel;
    QComboBox *m_curves;
    QLabel *m_targetLabel;
    QSpinBox *m_target;
    QLabel *m_hiresHeading;
    FittedTableView *m_hireTable;
    QPushButton *m_addHire;
    QPushButton *m_removeHire;
    QLabel *m_leaversHeading;
    FittedTableView *m_leaverTable;
    QComboBox *m_leaverRep;
    QDateEdit *m_leaverDay;
    QPushButton *m_addLeaver;
    QPushButton *m_removeLeaver;
    QLabel *m_repHeading;
    FittedTableView *m_repTable;
    QLabel *m_coverageHeading;
    QLabel *m_coverageNote;
    FittedTableView *m_coverageTable;
    QLabel *m_mixHeading;
    FittedTableView *m_mixTable;
    QLabel *m_balanceHeading;
    QLabel *m_balanceMean;
    FittedTableView *m_balanceTable;
    QLabel *m_apartHeading;
    FittedTableView *m_apartTable;
    QLabel *m_rampHeading;
    RampAttainmentChart *m_rampChart;
    FittedTableView *m_rampTable;
    QLabel *m_hint;
    std::vector<std::pair<const QTableView *, ReviewTableModel *>> m_drills;
};

} // namespace dmc::ui
