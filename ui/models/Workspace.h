#pragma once

#include "analytics/coaching/CoachingPackData.h"
#include "analytics/engine/Query.h"
#include "analytics/numbers/AccuracyResult.h"
#include "analytics/numbers/CockpitResult.h"
#include "analytics/numbers/PipelineChanges.h"
#include "analytics/renewals/RenewalWatchlist.h"
#include "analytics/review/ReviewBaseline.h"
#include "analytics/risk/RiskResult.h"
#include "analytics/risk/RuleSet.h"
#include "domain/Error.h"
#include "store/DatabaseIdentity.h"
#include "workspace/CompareToRule.h"
#include "workspace/ScopeNode.h"

#include <QDate>
#include <QObject>

class QTimer;
class QUndoStack;

#include <memory>
#include <optional>
#include <vector>

namespace dmc {

class Database;
class Dataset;
class DmActions;
class Engine;
struct PocBoard;

namespace ui {
class AccuracyModel;
class BeliefModel;
class CapacitySession;
class DealChangeModel;
class DealHistoryModel;
class FollowUpModel;
class HistorySession;
class InsightsSession;
class InspectionQueueModel;
class MeddpiccMatrixModel;
class MeddpiccModel;
struct PlaysData;
struct QueueRows;
class RenewalModel;
class ReviewModels;
class TeamTableModel;
} // namespace ui

// One open database as the window and the tests see it, without a widget: the database and the
// DM's actions on it (DmActions), the engine over its data loaded on a worker (EngineLoader), the
// query (scope, period, as-of, compare-to), the results recomputed on a worker when the query
// changes, and the item models the views show (views put their own sort / filter proxies on top).
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens (creating when absent) the database on this thread, then loads its data in the
    // background; loadFinished() and the first resultsChanged() follow.
    Status open(const QString &location);
    void close();
    // Loads the data of the open database again (after an import).
    void reload();
    // The language changed: labels and models are shown in the new language at once
    // (languageChanged()), then the generated sentences (evidence, insights, pack lines) are
    // built again in it; the query stays as it is.
    void retranslate();
    // The scope to start with when a database loads (the window's remembered one), if it has reps.
    void setPreferredScope(const QString &key) { m_preferredScope = key; }
    // The compare-to rule and the coaching pack's rep the next open() starts with (the window
    // remembers them per database); a rep the loaded data does not hold is dropped.
    void setPreferredCompareRule(const CompareToRule &rule) { m_preferredCompareRule = rule; }
    void setPreferredPackRep(const QString &repId) { m_preferredPackRep = repId; }

    QString databaseLocation() const;
    Database *database() const { return m_database.get(); }
    bool isLoading() const { return m_loading; }
    bool isComputing() const { return m_computing; }
    bool hasData() const { return m_engine != nullptr; }
    // Which database and role are in use (role, district, read-only), read when it opened.
    const DatabaseIdentity &identity() const { return m_identity; }
    // False on a read-only file or for a team role that may not write: the views then offer no
    // editing, instead of letting a DM type a note that cannot be saved.
    bool canEdit() const;
    bool canImport() const { return m_database && m_identity.canImport; }
    // The risk filters are stored in the database's settings, which only whoever may import
    // writes (a writable file, a team database's owner); a DM on a team database keeps their own
    // changes on top of those (RuleLayers::saveOwn). A read-only connection: the session only.
    bool canSaveRules() const { return canImport() || (m_identity.team && canEdit()); }
    bool savesOwnRules() const { return !canImport() && canSaveRules(); }
    // The DM's statuses, notes, follow-ups, ratings and coaching notes on this database.
    DmActions *actions() const { return m_actions; }
    // Who the DM's writes from this window are by (the login role on a team database).
    QString author() const;
    // The insights of the current query with the DM's marks, computed after each recompute.
    ui::InsightsSession *insights() const { return m_insights; }
    // The audit trail of the current scope (the History dock) and the undo steps of the DM's edits.
    ui::HistorySession *history() const { return m_history; }
    // Edit > Undo / Redo: the DM's edits of actions and assumption sets in this session, on this
    // database (cleared when another opens).
    QUndoStack *undoStack() const { return m_undoStack; }

    // --- choices for the query bar
    const ScopeNode &scopeTree() const { return m_scopeTree; }
    const QList<std::pair<QString, QString>> &periods() const { return m_periods; } // key, label
    QList<QDate> snapshotDates() const;
    QString scopeKey() const { return m_query.scope.key(); }
    QString scopeLabel() const; // the current scope's name as the scope picker shows it
    QString periodKey() const;
    QDate asOf() const { return m_query.asOf; }
    // The compare-to snapshot in use (invalid when there is none before the as-of).
    QDate compareTo() const { return m_query.compareTo.value_or(QDate()); }
    // How the compare-to follows the as-of: the previous snapshot, or the DM's fixed date.
    const CompareToRule &compareRule() const { return m_compareRule; }
    // The snapshot right before the as-of (what "previous snapshot" compares with).
    QDate previousSnapshot() const;

    // --- current results (valid after resultsChanged)
    const Query &query() const { return m_query; }
    std::shared_ptr<const Engine> engine() const { return m_engine; }
    const Dataset *dataset() const;
    QString reportingCurrency() const;
    const CockpitResult &cockpit() const { return m_cockpit; }
    const PipelineChanges &changes() const { return m_changes; }
    const AccuracyResult &accuracy() const { return m_accuracy; }
    const RenewalWatchlist &renewals() const { return m_renewals; }
    const RiskResult &risk() const { return m_risk; }
    int hitCount(const QString &ruleId) const { return m_hitCounts.value(ruleId); }
    // The coaching pack of the rep chosen with setPackRep() (empty until one is chosen).
    const CoachingPackData &pack() const { return m_pack; }
    QString packRep() const { return m_packRep; }
    // The DM's note for the pack's rep and the as-of week.
    QString coachingNote() const;
    // The deal shown in Deal detail (dataset index; -1: none).
    qint32 selectedDeal() const { return m_selectedDeal; }
    // Opportunity ids of dataset indices (for the queue filter and the deal list).
    QStringList opportunityIds(const std::vector<qint32> &indices) const;

    // --- the POC board and the plays report of the query, built on a worker after each
    // resultsChanged() (pocsAndPlaysChanged() follows); empty until then and without data, never
    // null. Shared: the views keep what they show while the next ones are built.
    std::shared_ptr<const PocBoard> pocBoard() const { return m_pocBoard; }
    std::shared_ptr<const ui::PlaysData> plays() const { return m_plays; }

    // --- risk filters (saved in the database as the DM's overrides)
    const RuleSet &rules() const { return m_rules; }
    // Why a rule cannot fire on the loaded data (a field it reads holds no value at all), in the
    // current language; nothing when it can, or when no data is loaded. On or off alike.
    std::optional<RiskUnavailable> unavailability(const QString &ruleId) const;

    // --- the models the views show, filled before resultsChanged / packChanged / dealSelected
    ui::TeamTableModel *teamModel() const { return m_teamModel; }
    ui::FollowUpModel *followUpModel() const { return m_followUpModel; }
    ui::InspectionQueueModel *queueModel() const { return m_queueModel; }
    ui::DealChangeModel *changeModel() const { return m_changeModel; }
    ui::AccuracyModel *accuracyModel() const { return m_accuracyModel; }
    ui::RenewalModel *renewalModel() const { return m_renewalModel; }
    ui::InspectionQueueModel *packExceptionModel() const { return m_packExceptionModel; }
    ui::MeddpiccMatrixModel *packMatrixModel() const { return m_packMatrixModel; }
    ui::FollowUpModel *packFollowUpModel() const { return m_packFollowUpModel; }
    // One belief stack of the pack, the one the pack view picks (BeliefModel::setStack).
    ui::BeliefModel *beliefModel() const { return m_beliefModel; }
    ui::MeddpiccModel *dealMeddpiccModel() const { return m_dealMeddpiccModel; }
    ui::DealHistoryModel *dealHistoryModel() const { return m_dealHistoryModel; }

    // --- the quarterly review of the query's scope and period (docs/definitions.md#quarterly-review)
    // It reads every deal of two periods, the accuracy of four and, on a region, each district's
    // exceptions: it is built on a worker, and only while a view shows it (setReviewShown), after
    // the query's results. reviewChanged() follows with the models filled.
    ui::ReviewModels *reviewModels() const { return m_reviewModels; }
    ReviewBaseline::Kind reviewBaseline() const { return m_reviewBaseline; }
    // What the review covers: the query's quarter (0) or one of its months (1-3).
    int reviewMonth() const { return m_reviewMonth; }
    // The periods the review can cover: the query's quarter, then its three months.
    QList<FiscalPeriod> reviewPeriodChoices() const;
    bool isReviewComputing() const { return m_reviewComputing; }

    // --- territory and capacity of the query, and the DM's assumption sets (built while shown)
    ui::CapacitySession *capacity() const { return m_capacity; }

public slots:
    void setScope(const QString &key);
    void setPeriod(const QString &key);
    void setAsOf(QDate date);
    void setCompareRule(const CompareToRule &rule);
    // A fixed compare-to date (CompareToRule::fixedDate).
    void setCompareTo(QDate date);
    // Shows one deal in Deal detail (dataset opportunity index).
    void selectDeal(qint32 opportunity);
    // Filters the inspection queue to the deals behind a number, adding a row for each of them
    // without a hit; an empty list clears it. The drill stays across recomputes until cleared.
    void drillInto(const QString &title, const std::vector<qint32> &deals);
    void selectRep(const QString &repId);
    void setRuleEnabled(const QString &ruleId, bool enabled);
    void setRuleParameter(const QString &ruleId, const QString &key, int value);
    void restoreDefaultRules();
    void setPackRep(const QString &repId);
    // What the review compares the period with: the previous period or the same period a year before.
    void setReviewBaseline(ReviewBaseline::Kind baseline);
    // The review of the whole quarter (0) or of its first, second or third month (1-3).
    void setReviewMonth(int monthOfQuarter);
    // A view shows the review (or stopped showing it): while shown, it follows the query.
    void setReviewShown(bool shown);

signals:
    void loadStarted();
    void loadFinished();
    // Scopes, periods or snapshot dates available changed (a new database was loaded).
    void choicesChanged();
    void computeStarted();
    void resultsChanged();
    // After resultsChanged of new results, once the event loop has had a turn to paint them: the
    // docks' own workers (insights, coaching pack, review, POC board and plays, capacity) start
    // here, not beside the first paint. On two cores two such workers left the GUI thread two
    // thirds of a core for it. Right after resultsChanged when only the follow-ups changed.
    void resultsSettled();
    // Anything the title and status bar show changed.
    void stateChanged();
    void failed(const QString &message);
    void dealSelected(qint32 opportunity);
    void drillRequested(const QString &title, const std::vector<qint32> &deals);
    void repSelected(const QString &repId);
    // The DM picked a scope (the window remembers it for the next start).
    void scopeChosen(const QString &key);
    // The DM chose a compare-to rule / a coaching pack rep (the window remembers them).
    void compareRuleChosen(const dmc::CompareToRule &rule);
    void packRepChosen(const QString &repId);
    void rulesChanged();
    void packChanged();
    void reviewStarted();
    void reviewChanged();
    void hitsChanged();
    void pocsAndPlaysChanged();
    // The language changed: labels and the models' headers and cells are in the new language;
    // nothing was recomputed (resultsChanged follows once the generated sentences are rebuilt).
    void languageChanged();

private:
    struct Loaded;
    struct Computed;
    struct PocsAndPlays;
    void startLoading();
    void acceptLoaded(const std::shared_ptr<Loaded> &loaded, quint64 generation);
    void recompute();
    void acceptComputed(const std::shared_ptr<Computed> &computed, quint64 generation);
    void buildChoices();
    void fillDrillRows();
    void saveRules();
    void applySettings();
    void recomputePack();
    void recomputeReview();
    void recomputePocsAndPlays();
    void settleResults();
    void loadFollowUpsDue();
    // `queueRows`: the queue's rows prepared on the worker with the actions in use, taken (moved
    // from) when given; without them the queue's rows are built here.
    void fillResultModels(ui::QueueRows *queueRows = nullptr);
    void fillDealModels();
    void setEngine(std::shared_ptr<const Engine> engine);

    std::unique_ptr<Database> m_database;
    DatabaseIdentity m_identity;
    DmActions *m_actions;
    QUndoStack *m_undoStack = nullptr;
    ui::HistorySession *m_history = nullptr;
    QTimer *m_settleTimer = nullptr; // starts settleResults a turn of the event loop after new results
    ui::InsightsSession *m_insights;
    std::shared_ptr<const Engine> m_engine;
    QString m_preferredScope;
    CompareToRule m_preferredCompareRule;
    QString m_preferredPackRep;
    CompareToRule m_compareRule;
    bool m_loading = false;
    bool m_computing = false;
    quint64 m_loadGeneration = 0;
    quint64 m_computeGeneration = 0;
    quint64 m_packGeneration = 0;
    quint64 m_reviewGeneration = 0;
    quint64 m_pocsAndPlaysGeneration = 0;
    ReviewBaseline::Kind m_reviewBaseline = ReviewBaseline::Kind::PreviousPeriod;
    int m_reviewMonth = 0;
    bool m_reviewShown = false;
    bool m_reviewStale = true; // the review was not built for the current query and baseline
    bool m_reviewComputing = false;
    ScopeNode m_scopeTree;
    QList<std::pair<QString, QString>> m_periods;
    Query m_query;
    CockpitResult m_cockpit;
    PipelineChanges m_changes;
    AccuracyResult m_accuracy;
    RenewalWatchlist m_renewals;
    RiskResult m_risk;
    QHash<QString, int> m_hitCounts;
    std::shared_ptr<const PocBoard> m_pocBoard;
    std::shared_ptr<const ui::PlaysData> m_plays;
    CoachingPackData m_pack;
    QString m_packRep;
    qint32 m_selectedDeal = -1;
    std::vector<qint32> m_drillDeals; // the deals of the current drill-down (none: no drill)
    RuleSet m_rules;

    ui::TeamTableModel *m_teamModel;
    ui::FollowUpModel *m_followUpModel;
    ui::InspectionQueueModel *m_queueModel;
    ui::DealChangeModel *m_changeModel;
    ui::AccuracyModel *m_accuracyModel;
    ui::RenewalModel *m_renewalModel;
    ui::InspectionQueueModel *m_packExceptionModel;
    ui::MeddpiccMatrixModel *m_packMatrixModel;
    ui::FollowUpModel *m_packFollowUpModel;
    ui::BeliefModel *m_beliefModel;
    ui::MeddpiccModel *m_dealMeddpiccModel;
    ui::DealHistoryModel *m_dealHistoryModel;
    ui::ReviewModels *m_reviewModels;
    ui::CapacitySession *m_capacity = nullptr;
};

} // namespace dmc
