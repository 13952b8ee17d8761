#pragma once

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class EmptyState;
class FittedTableView;
class ReviewModels;
class ReviewTableModel;
class WaterfallChart;

// The quarterly review of the window's scope and period against a baseline the DM picks: the
// bookings bridge (chart and terms), the bridge by deal type and by segment, win and loss,
// source mix, renewal outlook, the accuracy trend and, on a region, the district comparison.
// Every cell and bar with deals behind it lists them in the inspection queue.
class QuarterlyReviewView : public QWidget
{
    Q_OBJECT

public:
    explicit QuarterlyReviewView(Workspace *workspace, QWidget *parent = nullptr);

    WaterfallChart *chart() const { return m_chart; }
    // Saves the review as a document (PDF, HTML, Markdown), as `dmcockpit review -o` writes it.
    void saveDocument();
    // Lists the deals behind one bar of the chart (a row of the term table).
    void drillTerm(int row);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    FittedTableView *addTable(ReviewTableModel *model, const QString &objectName, bool sortable);
    void drill(const QTableView *view, const QModelIndex &index);
    void retranslateUi();
    void showReview();
    void showChart();

    Workspace *m_workspace;
    ReviewModels *m_models;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_headline;
    QLabel *m_lengthLabel;
    QComboBox *m_length; // the quarter or one of its months
    QLabel *m_baselineLabel;
    QComboBox *m_baseline;
    QLabel *m_termsLabel;
    QComboBox *m_terms;
    QLabel *m_status;
    QPushButton *m_save;
    WaterfallChart *m_chart;
    FittedTableView *m_termTable;
    QLabel *m_snapshots;
    QLabel *m_method;
    QLabel *m_hint;
    QLabel *m_byTypeHeading;
    FittedTableView *m_byTypeTable;
    QLabel *m_bySegmentHeading;
    FittedTableView *m_bySegmentTable;
    QLabel *m_winLossHeading;
    QLabel *m_winLossSummary;
    FittedTableView *m_reasonTable;
    FittedTableView *m_competitorTable;
    FittedTableView *m_repTable;
    FittedTableView *m_districtWinLossTable;
    QLabel *m_sourceHeading;
    FittedTableView *m_sourceTable;
    QLabel *m_renewalHeading;
    FittedTableView *m_renewalTable;
    QLabel *m_accuracyHeading;
    FittedTableView *m_accuracyTable;
    QLabel *m_districtHeading;
    QLabel *m_districtLines;
    FittedTableView *m_districtTable;
    std::vector<std::pair<const QTableView *, ReviewTableModel *>> m_tables;
};

} // namespace dmc::ui
