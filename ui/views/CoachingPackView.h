#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class BeliefModel;
class EmptyState;
class FollowUpModel;
class InspectionQueueModel;
class MeddpiccMatrixModel;
class TypedSortProxy;

// The 1:1 coaching pack for one rep: numbers and changes, exceptions, the MEDDPICC gap
// matrix, metrics beside the district median, a belief stack editor per deal, the question
// bank filled with deal facts, the DM's notes for the week and follow-ups.
class CoachingPackView : public QWidget
{
    Q_OBJECT

public:
    explicit CoachingPackView(Workspace *workspace, QWidget *parent = nullptr);

    QComboBox *repPicker() const { return m_rep; }
    QComboBox *dealPicker() const { return m_deal; }
    MeddpiccMatrixModel *matrixModel() const { return m_matrix; }
    BeliefModel *beliefModel() const { return m_beliefs; }
    InspectionQueueModel *exceptionModel() const { return m_exceptions; }
    QPlainTextEdit *noteEditor() const { return m_note; }
    QString questionsText() const;
    void saveNote();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRepPicker();
    void showEmptyMessage();
    void showPack();
    void showBeliefStack();

    Workspace *m_workspace;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_repLabel;
    QComboBox *m_rep;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_numbersHeading;
    QLabel *m_metricsHeading;
    QLabel *m_metrics;
    QLabel *m_exceptionsHeading;
    InspectionQueueModel *m_exceptions;
    TypedSortProxy *m_exceptionProxy;
    QTableView *m_exceptionTable;
    QLabel *m_matrixHeading;
    MeddpiccMatrixModel *m_matrix;
    TypedSortProxy *m_matrixProxy;
    QTableView *m_matrixTable;
    QLabel *m_beliefHeading;
    QComboBox *m_deal;
    BeliefModel *m_beliefs;
    QTableView *m_beliefTable;
    QLabel *m_questionsHeading;
    QTextBrowser *m_questions;
    QLabel *m_noteHeading;
    QPlainTextEdit *m_note;
    QPushButton *m_saveNote;
    QLabel *m_followUpHeading;
    FollowUpModel *m_followUps;
    QTableView *m_followUpTable;
};

} // namespace dmc::ui
