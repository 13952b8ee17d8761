#pragma once

#include "models/PlaysData.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class AttributionSplitModel;
class ComplianceMatrixModel;
class DealTaskModel;
class EmptyState;
class PartnerModel;
class PlayDealModel;
class PlayModel;
class RoleTaskModel;
class WithWithoutModel;

// Plays and partners (docs/definitions.md#plays-and-partners), four tabs: Partners (the
// attribution split, the with / without table and every partner, listed by name), Plays (each play
// with its eligible deals and adherence; the selected play's deals with the steps due and missing),
// Compliance (deal × artifact against the stage the play names) and Tasks (per role open and
// overdue, the longest chain of open dependent tasks; every deal's tasks under the ones they wait
// for). A deal row opens the deal in Deal detail.
class PlaysPartnersView : public QWidget
{
    Q_OBJECT

public:
    explicit PlaysPartnersView(Workspace *workspace, QWidget *parent = nullptr);

    const PlaysData &data() const { return *m_data; }
    QTabWidget *tabs() const { return m_tabs; }
    PlayModel *playModel() const { return m_plays; }
    PlayDealModel *playDealModel() const { return m_playDeals; }
    ComplianceMatrixModel *complianceModel() const { return m_compliance; }
    RoleTaskModel *roleTaskModel() const { return m_roles; }
    DealTaskModel *dealTaskModel() const { return m_tasks; }
    WithWithoutModel *withWithoutModel() const { return m_withWithout; }
    QTableView *playTable() const { return m_playTable; }
    QTableView *playDealTable() const { return m_playDealTable; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResults();
    void showPlay();
    void retranslateUi();
    QTableView *table(QAbstractItemModel *model, const char *name);

    Workspace *m_workspace;
    std::shared_ptr<const PlaysData> m_data = std::make_shared<const PlaysData>();
    AttributionSplitModel *m_split;
    WithWithoutModel *m_withWithout;
    PartnerModel *m_partners;
    PlayModel *m_plays;
    PlayDealModel *m_playDeals;
    ComplianceMatrixModel *m_compliance;
    RoleTaskModel *m_roles;
    DealTaskModel *m_tasks;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTabWidget *m_tabs;
    QLabel *m_partnerFigures;
    QLabel *m_withWithoutTitle;
    QLabel *m_playFigures;
    QLabel *m_complianceFigures;
    QLabel *m_taskFigures;
    QTableView *m_playTable;
    QTableView *m_playDealTable;
};

} // namespace dmc::ui
