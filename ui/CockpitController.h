#pragma once

#include "DealAction.h"
#include "ScopeNode.h"
#include "analytics/AccuracyResult.h"
#include "analytics/CoachingPackData.h"
#include "analytics/CockpitResult.h"
#include "analytics/PipelineChanges.h"
#include "analytics/Query.h"
#include "analytics/RenewalWatchlist.h"
#include "analytics/RiskResult.h"
#include "analytics/RuleSet.h"
#include "domain/Error.h"
#include "store/DatabaseIdentity.h"
#include "store/FollowUp.h"

#include <QDate>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace dmc {
class ActionStore;
class Database;
class Dataset;
class Engine;
}

namespace dmc::ui {

// Owns the open database, the engine over its loaded data and the current query (scope,
// period, as-of, compare-to). Loads and recomputes off the GUI thread and tells the views
// through signals; the views never call the engine themselves.
class CockpitController : public QObject
{
    Q_OBJECT

public:
    explicit CockpitController(QObject *parent = nullptr);
    ~CockpitController() override;

    // Opens (creating when absent) the database on this thread, then loads its data in the
    // background; loadFinished() follows.
    Status open(const QString &location);
    void close();
    // Loads the data of the open database again (after an import).
    void reload();
    // The language changed: the choices' labels and every generated text (evidence, insights,
    // pack lines) are built again in the new language; the query stays as it is.
    void retranslate();
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
    // writes (a writable file, a team database's owner); otherwise changes last the session.
    bool canSaveRules() const { return canImport(); }

    // --- choices for the query bar
    ScopeNode scopeTree() const { return m_scopeTree; }
    QList<std::pair<QString, QString>> periods() const;   // key, label
    QList<QDate> snapshotDates() const;
    QString scopeKey() const;
    QString scopeLabel() const;     // the current scope's name as the scope picker shows it
    QString periodKey() const;
    QDate asOf() const { return m_query.asOf; }
    QDate compareTo() const { return m_query.compareTo.value_or(QDate()); }
    QString statusText() const;

    // --- current results (valid after resultsChanged)
    const Query &query() const { return m_query; }
    std::shared_ptr<const Engine> engine() const { return m_engine; }
    const Dataset *dataset() const;
    const CockpitResult &cockpit() const { return m_cockpit; }
    const PipelineChanges &changes() const { return m_changes; }
    const AccuracyResult &accuracy() const { return m_accuracy; }
    const RenewalWatchlist &renewals() const { return m_renewals; }
    // The coaching pack of the rep chosen with setPackRep() (empty until one is chosen).
    const CoachingPackData &pack() const { return m_pack; }
    QString packRep() const { return m_packRep; }
    // The DM's note for the pack's rep and the as-of week.
    QString coachingNote() const;
    QString reportingCurrency() const;

    // --- risk filters (saved in the database as the DM's overrides)
    const RuleSet &rules() const { return m_rules; }
    int hitCount(const QString &ruleId) const { return m_hitCounts.value(ruleId); }
    // Why a rule cannot fire on the loaded data (a field it reads holds no value at all), in the
    // current language; nothing when it can, or when no data is loaded. On or off alike.
    std::optional<RiskUnavailable> unavailability(const QString &ruleId) const;
    const RiskResult &risk() const { return m_risk; }
    // The DM's statuses, notes and follow-ups keyed by InspectionQueueModel::actionKey(), as
    // stored in the database's ActionStore (loaded when the database opens).
    QHash<QString, DealAction> actions() const { return m_actions; }

    // Opportunity ids of dataset indices (for the queue filter and the deal list).
    QStringList opportunityIds(const std::vector<qint32> &indices) const;

public slots:
    void setScope(const QString &key);
    void setPeriod(const QString &key);
    void setAsOf(QDate date);
    void setCompareTo(QDate date);
    // Shows one deal in Deal detail (dataset opportunity index).
    void selectDeal(qint32 opportunity);
    // Filters the inspection queue to the deals behind a number; an empty list clears it.
    void drillInto(const QString &title, const std::vector<qint32> &deals);
    void selectRep(const QString &repId);
    void setRuleEnabled(const QString &ruleId, bool enabled);
    void setRuleParameter(const QString &ruleId, const QString &key, int value);
    void restoreDefaultRules();
    void setPackRep(const QString &repId);
    void saveBeliefRating(const QString &opportunityId, int position, const QString &belief, const QString &rating);
    void saveCoachingNote(const QString &text);
    // Stores a DM status / note / follow-up at once in the ActionStore; actionSaved() follows
    // (on a refused write with what is stored, after failed()).
    void saveAction(const QString &opportunityId, const QString &ruleId, const dmc::ui::DealAction &action);

signals:
    void loadStarted();
    void loadFinished();
    // Scopes, periods or snapshot dates available changed (a new database was loaded).
    void choicesChanged();
    void computeStarted();
    void resultsChanged();
    // Anything the title and status bar show changed.
    void stateChanged();
    void failed(const QString &message);
    void dealSelected(qint32 opportunity);
    void drillRequested(const QString &title, const std::vector<qint32> &deals);
    void repSelected(const QString &repId);
    void rulesChanged();
    void packChanged();
    void hitsChanged();
    void actionSaved(const QString &opportunityId, const QString &ruleId, const dmc::ui::DealAction &action);

private:
    struct Loaded;
    struct Computed;
    void startLoading();
    void acceptLoaded(const std::shared_ptr<Loaded> &loaded, quint64 generation);
    void recompute();
    void acceptComputed(const std::shared_ptr<Computed> &computed, quint64 generation);
    void buildChoices();
    void saveRules();
    void applySettings();
    void recomputePack();
    QString noteKey() const;
    void loadActions();
    void loadPackNotes();
    void loadFollowUpsDue();
    Status storeAction(const QString &opportunityId, const QString &ruleId, const DealAction &before,
                       DealAction &action);
    DealAction storedAction(const QString &opportunityId, const QString &ruleId);
    QString writeError(const Error &error) const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ActionStore> m_store;       // over m_database
    DatabaseIdentity m_identity;
    std::shared_ptr<const Engine> m_engine;
    bool m_loading = false;
    bool m_computing = false;
    quint64 m_loadGeneration = 0;
    quint64 m_computeGeneration = 0;
    ScopeNode m_scopeTree;
    QList<std::pair<QString, QString>> m_periods;
    Query m_query;
    CockpitResult m_cockpit;
    PipelineChanges m_changes;
    AccuracyResult m_accuracy;
    RenewalWatchlist m_renewals;
    CoachingPackData m_pack;
    QString m_packRep;
    quint64 m_packGeneration = 0;
    QHash<QString, std::vector<CoachingPackData::StoredRating>> m_ratings;   // by opportunity id
    QHash<QString, QString> m_notes;                                           // by noteKey()
    QHash<QString, int> m_noteVersions;                                        // by noteKey(); absent: not read
    QHash<QString, int> m_ratingVersions;                                      // by "opportunity\nposition"
    RuleSet m_rules;
    QHash<QString, int> m_hitCounts;
    RiskResult m_risk;
    QHash<QString, DealAction> m_actions;
    QHash<QString, int> m_actionVersions;       // by actionKey(): the stored dm_action version
    QHash<QString, FollowUp> m_followUpRows;    // by actionKey(): the hit's stored open follow-up
};

} // namespace dmc::ui
