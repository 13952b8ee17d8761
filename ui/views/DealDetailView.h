#pragma once

#include <QWidget>

class QAction;
class QFormLayout;
class QGroupBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class DealHistoryModel;
class EmptyState;
class MeddpiccModel;
class PocScorecardModel;

// Everything about the selected deal: its fields, MEDDPICC grid, POC, the history across
// snapshots and the import row it came from. Read-only: CRM data is never edited here. Its
// "Deal brief..." and "Account brief..." actions save a one-page brief (export/brief) as PDF,
// HTML or Markdown through the export preview.
class DealDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit DealDetailView(Workspace *workspace, QWidget *parent = nullptr);

    qint32 deal() const { return m_deal; }
    QString headline() const;
    DealHistoryModel *historyModel() const { return m_history; }
    MeddpiccModel *meddpiccModel() const { return m_meddpicc; }
    QAction *dealBriefAction() const { return m_dealBriefAction; }
    QAction *accountBriefAction() const { return m_accountBriefAction; }
    PocScorecardModel *pocScorecardModel() const { return m_pocScorecard; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The workspace's selected deal (it checked the index and filled the MEDDPICC and history models).
    void showSelectedDeal();
    void fill();
    QLabel *addField(QFormLayout *form, const char *name);
    void saveDealBrief();
    void saveAccountBrief();

    Workspace *m_workspace;
    qint32 m_deal = -1;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll = nullptr;
    EmptyState *m_empty;
    QLabel *m_title;
    QLabel *m_subtitle;
    QGroupBox *m_fieldsBox;
    QFormLayout *m_fields;
    QGroupBox *m_meddpiccBox;
    QTableView *m_meddpiccTable;
    MeddpiccModel *m_meddpicc;
    QGroupBox *m_pocBox;
    QFormLayout *m_poc;
    QGroupBox *m_pocScorecardBox;
    QTableView *m_pocScorecardTable;
    PocScorecardModel *m_pocScorecard;
    QGroupBox *m_historyBox;
    QTableView *m_historyTable;
    DealHistoryModel *m_history;
    QLabel *m_source;
    QList<QLabel *> m_values;
    QAction *m_dealBriefAction;
    QAction *m_accountBriefAction;
};

} // namespace dmc::ui
