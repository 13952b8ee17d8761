#pragma once

#include <QWidget>

class QBoxLayout;
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
class FittedTableView;
class EmptyState;
class FollowUpModel;
class InspectionQueueModel;
class MeddpiccMatrixModel;
class PackMetricsModel;
class PackNumbersModel;
class TypedSortProxy;

// The 1:1 coaching pack for one rep: numbers and changes (a table in the cockpit's format),
// metrics beside the district median, exceptions and the MEDDPICC gap matrix across the width,
// a belief stack editor per deal (saying why when there is none), the question bank filled
// with deal facts, the DM's notes for the week (saying when they were saved) and follow-ups.
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
    PackNumbersModel *numbersModel() const { return m_numbers; }
    PackMetricsModel *metricsModel() const { return m_metrics; }
    QTableView *matrixTable() const;
    QString questionsText() const;
    // Stores the note; the line beside the button says "Saved 10:42" or why it was not.
    void saveNote();
    QString noteStatus() const;
    // Why the belief stack is empty or how much of it is rated ("" while it is hidden).
    QString beliefStatus() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillRepPicker();
    void showEmptyMessage();
    void showState();
    void showPack();
    void showBeliefStack();
    void showBeliefsRated();
    void showNoteEdited();
    void layoutNumbersRow();

    Workspace *m_workspace;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_repLabel;
    QComboBox *m_rep;
    QLabel *m_title;
    QBoxLayout *m_numbersRow = nullptr;
    QLabel *m_numbersHeading;
    PackNumbersModel *m_numbers;
    FittedTableView *m_numbersTable;
    QLabel *m_bridge;
    QLabel *m_metricsHeading;
    PackMetricsModel *m_metrics;
    FittedTableView *m_metricsTable;
    QLabel *m_exceptionsHeading;
    QLabel *m_exceptionsLine;
    InspectionQueueModel *m_exceptions;
    TypedSortProxy *m_exceptionProxy;
    FittedTableView *m_exceptionTable;
    QLabel *m_pocsHeading;
    QLabel *m_pocs; // one line per POC of the rep's deals, as the pack's documents list them
    QLabel *m_playsHeading;
    QLabel *m_plays; // the plays part's lines and one line per listed deal; hidden without play rows
    QLabel *m_matrixHeading;
    QLabel *m_matrixLine;
    MeddpiccMatrixModel *m_matrix;
    TypedSortProxy *m_matrixProxy;
    FittedTableView *m_matrixTable;
    QLabel *m_beliefHeading;
    QComboBox *m_deal;
    QLabel *m_beliefStatus;
    BeliefModel *m_beliefs;
    FittedTableView *m_beliefTable;
    QLabel *m_questionsHeading;
    QTextBrowser *m_questions;
    QLabel *m_noteHeading;
    QPlainTextEdit *m_note;
    QPushButton *m_saveNote;
    QLabel *m_noteStatus;
    QString m_noteSaved; // "Saved 10:42" of the note shown, "" before a save
    QString m_noteOwner; // the rep and week the note belongs to
    QLabel *m_followUpHeading;
    FollowUpModel *m_followUps;
    FittedTableView *m_followUpTable;
    QLabel *m_followUpsNone;
};

} // namespace dmc::ui
