#pragma once

#include "analytics/capacity/CapacityReport.h"
#include "analytics/capacity/TerritoryBalance.h"
#include "store/AssumptionSetStore.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class ApartAccountModel;
class CapacityMonthModel;
class HireModel;
class LeaverModel;
class RampAttainmentModel;
class RepCapacityModel;
class SegmentCoverageModel;
class SourceMixModel;
class TerritoryBalanceModel;

// Territory and capacity for the window (docs/definitions.md#territory-and-capacity): the
// CapacityReport and TerritoryBalance of the workspace's query, built on a worker while a view
// shows them, one plan per stored assumption set beside the data as imported; the DM's sets,
// edited as undo steps (undoStack()) and stored at once through AssumptionSetStore, never in a
// CRM table. No widgets: the dock and the tests read the models.
class CapacitySession : public QObject
{
    Q_OBJECT

public:
    explicit CapacitySession(Workspace *workspace);
    ~CapacitySession() override;

    // --- results (valid after capacityChanged)
    bool hasReport() const { return m_report.has_value(); }
    const CapacityReport *report() const { return m_report ? &*m_report : nullptr; }
    const TerritoryBalance &balance() const { return m_balance; }
    // The plan of the set chosen with setCurrentSet ("": the data as imported); null before a report.
    const CapacityPlan *currentPlan() const;
    bool isComputing() const { return m_computing; }
    // The report is the one of the workspace's current query: built, not outdated, not being rebuilt.
    bool isCurrent() const { return m_report && !m_stale && !m_computing && m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The current plan's totals as sentences: the period, the FRE arithmetic, the next period.
    QStringList describeCurrent() const;

    CapacityMonthModel *monthModel() const { return m_monthModel; }
    RepCapacityModel *repModel() const { return m_repModel; }
    SegmentCoverageModel *coverageModel() const { return m_coverageModel; }
    SourceMixModel *mixModel() const { return m_mixModel; }
    TerritoryBalanceModel *balanceModel() const { return m_balanceModel; }
    ApartAccountModel *apartModel() const { return m_apartModel; }
    RampAttainmentModel *rampModel() const { return m_rampModel; }

    // --- the DM's assumption sets
    const std::vector<AssumptionSetStore::Stored> &sets() const { return m_sets; }
    QStringList setNames() const;
    QString currentSet() const { return m_current; }
    const CapacityAssumptions *currentAssumptions() const;
    // The current set's hires placed in the scope and its leavers, edited in place (each edit one
    // undo step).
    HireModel *hireModel() const { return m_hireModel; }
    LeaverModel *leaverModel() const { return m_leaverModel; }
    // The reps a set can name as leavers: the scope's reps of the data (id, name).
    std::vector<std::pair<QString, QString>> leaverChoices() const;
    bool canEdit() const;
    QUndoStack *undoStack() const { return m_undo; }

    // While a view shows the report it follows the query (built after each recompute).
    void setShown(bool shown);
    // Builds the report of the current query once, shown or not (an export from the window);
    // capacityChanged tells when it is there.
    void requestReport();
    void setCurrentSet(const QString &name);

    // Edits, each pushed on undoStack() and stored at once. The set-level ones act on the current set.
    void createSet();
    void removeCurrentSet();
    void renameCurrentSet(const QString &name);
    void setAttainmentFactor(double factor);
    void setCurves(CapacityAssumptions::Curves curves);
    void setDistrictTarget(std::optional<Cents> target);
    void addHire();
    void removeHire(int row);
    void addLeaver(const QString &repId, const QDate &lastDay);
    void removeLeaver(int row);

    // The one write every undo step makes: the set stored as `from` ("" none) becomes `to` (none:
    // removed). False, with failed(), when the store refused it.
    bool replaceSet(const QString &from, const std::optional<CapacityAssumptions> &to);

signals:
    void capacityStarted();
    void capacityChanged();
    // The stored sets or the current one changed (the combo and the editor follow).
    void setsChanged();
    void failed(const QString &message);

private:
    void databaseOpened();
    void markStale();
    void recompute();
    void reloadSets();
    void fillSetModels();
    void fillCurrentPlan();
    void edit(const CapacityAssumptions &after, const QString &text);
    void clearResults();

    Workspace *m_workspace;
    QUndoStack *m_undo;
    QString m_location; // the database the sets and the undo steps belong to
    std::vector<AssumptionSetStore::Stored> m_sets;
    QString m_current;
    std::shared_ptr<const CapacityInputs> m_inputs; // read once per load of the data
    std::optional<CapacityReport> m_report;
    TerritoryBalance m_balance;
    QStringList m_planNames;        // the report's plans, in order ("" first)
    std::vector<size_t> m_hireRows; // the hire model's rows: indices into the current set's hires
    QString m_error;
    quint64 m_generation = 0;
    bool m_shown = false;
    bool m_requested = false; // requestReport(): build once although no view shows it
    bool m_stale = true;
    bool m_computing = false;

    CapacityMonthModel *m_monthModel;
    RepCapacityModel *m_repModel;
    SegmentCoverageModel *m_coverageModel;
    SourceMixModel *m_mixModel;
    TerritoryBalanceModel *m_balanceModel;
    ApartAccountModel *m_apartModel;
    RampAttainmentModel *m_rampModel;
    HireModel *m_hireModel;
    LeaverModel *m_leaverModel;
};

} // namespace dmc::ui
