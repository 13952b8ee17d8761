#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class HistorySession;

// The audit trail of the current scope (HistorySession): when, who, what, field, from, to, newest
// first, with a filter box and kind / author pickers; a selected DM action is reverted with
// Revert (a new entry; imports are listed, not revertible). The DM actions whose deal or rep is no
// longer in the data are listed apart under the trail.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QTableView *orphanTable() const { return m_orphanTable; }
    QAction *revertAction() const { return m_revertAction; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showTrail();
    void updateRevert();
    void revertSelected();
    qint64 selectedEntry(bool *revertible) const;

    Workspace *m_workspace;
    HistorySession *m_session;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QComboBox *m_author;
    QPushButton *m_revertButton;
    QAction *m_revertAction;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_orphanLabel;
    QTableView *m_orphanTable;
};

} // namespace dmc::ui
