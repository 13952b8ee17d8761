#include "Workspace.h"

#include "analytics/risk/RuleLayers.h"
#include "workspace/BackgroundTask.h"
#include "workspace/DmActions.h"
#include "HistorySession.h"

#include <QTimer>
#include <QUndoStack>
#include "workspace/EngineLoader.h"
#include "workspace/EnginePreload.h"
#include "workspace/WorkspaceChoices.h"

#include "AccuracyModel.h"
#include "BeliefModel.h"
#include "CapacitySession.h"
#include "DealChangeModel.h"
#include "DealHistoryModel.h"
#include "FollowUpModel.h"
#include "InsightsSession.h"
#include "InspectionQueueModel.h"
#include "MeddpiccMatrixModel.h"
#include "MeddpiccModel.h"
#include "PlaysData.h"
#include "RenewalModel.h"
#include "ReviewModels.h"
#include "TeamTableModel.h"

#include "analytics/engine/Engine.h"
#include "analytics/poc/PocBoardBuilder.h"
#include "analytics/review/QuarterlyReview.h"
#include "analytics/risk/DealRow.h"
#include "analytics/risk/RiskAvailability.h"
#include "analytics/risk/RiskSnooze.h"
#include "store/Database.h"

#include <algorithm>
#include <future>

namespace dmc {

// What the background load hands back to the caller's thread.
struct Workspace::Loaded
{
    std::shared_ptr<const Engine> engine;
    QString error;
};

// What a background recompute hands back.
struct Workspace::Computed
{
    Query query;
    CockpitResult cockpit;
    PipelineChanges changes;
    AccuracyResult accuracy;
    RiskResult risk;
    RenewalWatchlist renewals;
    // The queue's rows, prepared beside the exceptions with the DM's actions of that moment.
    ui::QueueRows queueRows;
};

// What the POC board and plays worker hands back.
struct Workspace::PocsAndPlays
{
    std::shared_ptr<const PocBoard> board;
    std::shared_ptr<const ui::PlaysData> plays;
};

namespace {

// Who writes the DM's data: the database role on PostgreSQL (the policies stamp it whatever the
// client sends), the login name on a local file.
QString authorOf(const DatabaseIdentity &identity)
{
    QString name = identity.userName;
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("dm") : name;
}

} // namespace

QString Workspace::author() const
{
    return authorOf(m_identity);
}

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_actions(new DmActions(this))
    , m_insights(new ui::InsightsSession(this))
    , m_teamModel(new ui::TeamTableModel(this))
    , m_followUpModel(new ui::FollowUpModel(this))
    , m_queueModel(new ui::InspectionQueueModel(this))
    , m_changeModel(new ui::DealChangeModel(this))
    , m_accuracyModel(new ui::AccuracyModel(this))
    , m_renewalModel(new ui::RenewalModel(this))
    , m_packExceptionModel(new ui::InspectionQueueModel(this))
    , m_packMatrixModel(new ui::MeddpiccMatrixModel(this))
    , m_packFollowUpModel(new ui::FollowUpModel(this))
    , m_beliefModel(new ui::BeliefModel(this))
    , m_dealMeddpiccModel(new ui::MeddpiccModel(this))
    , m_dealHistoryModel(new ui::DealHistoryModel(this))
    , m_reviewModels(new ui::ReviewModels(this))
{
    m_pocBoard = std::make_shared<const PocBoard>();
    m_plays = std::make_shared<const ui::PlaysData>();
    // One undo stack for the window: the DM's edits of actions (HistorySession) and of the
    // assumption sets (CapacitySession), in the order made.
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("UndoStack"));
    m_history = new ui::HistorySession(this);
    connect(m_history, &ui::HistorySession::failed, this, &Workspace::failed);
    connect(m_actions, &DmActions::written, m_history, &ui::HistorySession::recordEdit);
    connect(m_actions, &DmActions::trailChanged, m_history, &ui::HistorySession::refresh);
    // Assumption-set edits and their undo steps are logged too; the scope decides the reps.
    connect(m_undoStack, &QUndoStack::indexChanged, m_history, &ui::HistorySession::refresh);
    connect(this, &Workspace::resultsChanged, m_history, &ui::HistorySession::refresh);
    // A window repaints on its update request, which Qt delivers from a timer (5 ms by default,
    // QT_QPA_UPDATE_IDLE_TIME) started by the models' resets; a queued call or a 0 ms timer ran
    // before it in 3 of 15 tries. 20 ms from the results is after it, and nothing a DM waits for.
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(20);
    connect(m_settleTimer, &QTimer::timeout, this, &Workspace::settleResults);
    m_capacity = new ui::CapacitySession(this);
    connect(m_capacity, &ui::CapacitySession::failed, this, &Workspace::failed);
    connect(m_actions, &DmActions::failed, this, &Workspace::failed);
    connect(m_actions, &DmActions::actionSaved, m_queueModel, &ui::InspectionQueueModel::setAction);
    connect(m_actions, &DmActions::actionSaved, m_packExceptionModel, &ui::InspectionQueueModel::setAction);
    connect(m_actions, &DmActions::followUpsChanged, this, [this] {
        loadFollowUpsDue();
        fillResultModels();
        emit resultsChanged();
        emit resultsSettled(); // the same results with other follow-ups: no first paint to wait for
    });
    connect(m_actions, &DmActions::snoozesChanged, this, &Workspace::applySettings);
    connect(m_actions, &DmActions::packInputChanged, this, &Workspace::recomputePack);
    // The pack's Patterns apply the DM's marks: a new mark shows there at once.
    connect(m_insights, &ui::InsightsSession::marksChanged, this, &Workspace::recomputePack);
    // Edits in the pack go straight to the store; the queue view asks for a snooze's date first.
    connect(m_packExceptionModel, &ui::InspectionQueueModel::actionEdited, m_actions, &DmActions::saveAction);
    connect(m_beliefModel, &ui::BeliefModel::ratingEdited, m_actions, &DmActions::saveBeliefRating);
}

Workspace::~Workspace()
{
    // The undo stack clears itself when deleted (as a child, after the database), and clearing
    // emits its signals: by then the window that listens is only a QWidget, so nothing may hear.
    m_undoStack->disconnect();
}

Status Workspace::open(const QString &location)
{
    auto opened = Database::open(location);
    if (!opened)
        return opened.error();
    auto identity = DatabaseIdentity::read(*opened.value());
    if (!identity)
        return identity.error();
    m_actions->attach(nullptr, {});
    m_undoStack->clear(); // undo steps belong to the database they were made on
    m_database = std::move(opened.value());
    m_identity = identity.value();
    m_actions->attach(m_database.get(), author());
    m_history->refresh();
    setEngine(nullptr);
    m_compareRule = m_preferredCompareRule;
    m_packRep = m_preferredPackRep;
    m_actions->reload();
    for (ui::InspectionQueueModel *model : {m_queueModel, m_packExceptionModel})
        model->setEditable(canEdit());
    m_beliefModel->setEditable(canEdit());
    auto rules = RuleSet::load(*m_database);
    m_rules = rules ? rules.value() : RuleSet();
    if (!rules)
        emit failed(
            tr("The saved risk filters could not be read; the defaults apply. %1").arg(rules.error().toString()));
    emit rulesChanged();
    startLoading();
    return Done{};
}

void Workspace::close()
{
    ++m_loadGeneration; // a load or compute still running for the old database is ignored
    ++m_computeGeneration;
    m_actions->attach(nullptr, {});
    m_undoStack->clear();
    m_database.reset();
    m_identity = {};
    m_history->refresh();
    setEngine(nullptr);
    m_scopeTree = {};
    m_periods.clear();
    m_query = {};
    m_compareRule = {};
    m_cockpit = {};
    m_changes = {};
    m_accuracy = {};
    m_risk = {};
    m_renewals = {};
    m_hitCounts.clear();
    m_loading = m_computing = false;
    emit choicesChanged();
    m_pack = {};
    m_packRep.clear();
    fillResultModels();
    emit resultsChanged();
    emit hitsChanged();
    m_settleTimer->stop();
    settleResults(); // the docks empty now: nothing competes with a paint
    emit stateChanged();
}

void Workspace::reload()
{
    if (m_database)
        startLoading();
}

bool Workspace::canEdit() const
{
    return m_database && !m_identity.readOnly && m_identity.role != DatabaseIdentity::Role::NoAccess;
}

QString Workspace::databaseLocation() const
{
    return m_database ? m_database->location() : QString();
}

std::optional<RiskUnavailable> Workspace::unavailability(const QString &ruleId) const
{
    if (!m_engine)
        return std::nullopt;
    return RiskAvailability::check(ruleId, m_rules, m_engine->dataset());
}

const Dataset *Workspace::dataset() const
{
    return m_engine ? &m_engine->dataset() : nullptr;
}

QString Workspace::reportingCurrency() const
{
    return m_engine ? m_engine->dataset().reportingCurrency() : QString();
}

QList<QDate> Workspace::snapshotDates() const
{
    return m_engine ? m_engine->dataset().snapshotDates() : QList<QDate>();
}

QDate Workspace::previousSnapshot() const
{
    return snapshotBefore(snapshotDates(), m_query.asOf);
}

QString Workspace::scopeLabel() const
{
    const QString label = WorkspaceChoices::labelOf(m_scopeTree, scopeKey());
    return label.isEmpty() ? m_query.scope.value : label;
}

QString Workspace::periodKey() const
{
    return m_query.period.isValid() ? m_query.period.key() : QString();
}

QStringList Workspace::opportunityIds(const std::vector<qint32> &indices) const
{
    return m_engine ? m_engine->dataset().opportunityIds(indices) : QStringList();
}

QString Workspace::coachingNote() const
{
    return m_actions->coachingNote(m_packRep);
}

void Workspace::setEngine(std::shared_ptr<const Engine> engine)
{
    m_engine = std::move(engine);
    m_actions->setDataset(m_engine ? m_engine->sharedDataset() : nullptr);
}

void Workspace::setScope(const QString &key)
{
    const auto scope = Scope::parse(key);
    if (!scope || *scope == m_query.scope)
        return;
    m_query.scope = *scope;
    emit scopeChosen(key);
    recompute();
}

void Workspace::setPeriod(const QString &key)
{
    if (!m_engine || key == periodKey())
        return;
    const auto period = m_engine->calendar().parse(key);
    if (!period)
        return;
    m_query.period = *period;
    recompute();
}

void Workspace::setAsOf(QDate date)
{
    if (!m_engine || !date.isValid() || date == m_query.asOf)
        return;
    // The compare-to follows its rule: the snapshot before the new as-of, or the fixed date.
    const bool periodFollows = m_query.period == m_engine->calendar().periodOf(m_query.asOf);
    m_query = m_engine->resolve(date, periodFollows ? std::nullopt : std::optional(m_query.period), m_query.scope,
                                m_compareRule.compareToFor(date));
    emit choicesChanged();
    recompute();
}

void Workspace::setCompareRule(const CompareToRule &rule)
{
    if (!m_engine || rule == m_compareRule)
        return;
    m_compareRule = rule;
    m_query = m_engine->resolve(m_query.asOf, m_query.period, m_query.scope, m_compareRule.compareToFor(m_query.asOf));
    emit compareRuleChosen(m_compareRule);
    emit choicesChanged();
    recompute();
}

void Workspace::setCompareTo(QDate date)
{
    setCompareRule(CompareToRule::fixedDate(date));
}

void Workspace::selectDeal(qint32 opportunity)
{
    const Dataset *data = dataset();
    m_selectedDeal = data && opportunity >= 0 && opportunity < qint32(data->opportunities().size()) ? opportunity : -1;
    fillDealModels();
    emit dealSelected(opportunity);
}

void Workspace::drillInto(const QString &title, const std::vector<qint32> &deals)
{
    m_drillDeals = title.isEmpty() ? std::vector<qint32>() : deals;
    fillDrillRows();
    emit drillRequested(title, m_drillDeals);
}

// The drilled deals without a hit (visible or snoozed) at the as-of, as queue rows.
void Workspace::fillDrillRows()
{
    const Dataset *data = dataset();
    if (!data || m_drillDeals.empty()) {
        m_queueModel->setDealRows({});
        return;
    }
    QSet<qint32> withHits;
    for (const auto *hits : {&m_risk.hits, &m_risk.snoozed})
        for (const RiskHit &hit : *hits)
            withHits.insert(hit.opportunity);
    std::vector<qint32> without;
    for (const qint32 deal : m_drillDeals)
        if (!withHits.contains(deal))
            without.push_back(deal);
    m_queueModel->setDealRows(DealRow::at(*data, data->dateIndex(m_query.asOf), without));
}

void Workspace::selectRep(const QString &repId)
{
    emit repSelected(repId);
    setPackRep(repId);
}

void Workspace::setRuleEnabled(const QString &ruleId, bool enabled)
{
    if (m_rules.isEnabled(ruleId) == enabled)
        return;
    m_rules.setEnabled(ruleId, enabled);
    saveRules();
}

void Workspace::setRuleParameter(const QString &ruleId, const QString &key, int value)
{
    if (m_rules.parameter(ruleId, key) == value)
        return;
    if (!m_rules.setParameter(ruleId, key, value)) {
        emit rulesChanged(); // out of range: the view shows the stored value again
        return;
    }
    saveRules();
}

void Workspace::restoreDefaultRules()
{
    // A DM's own changes sit on the team's: restoring drops the DM's, back to the team's filters.
    m_rules = RuleSet();
    if (savesOwnRules()) {
        if (auto shared = RuleLayers::shared(*m_database, riskRuleCatalog()))
            m_rules = *shared;
    }
    saveRules();
}

void Workspace::saveRules()
{
    if (canSaveRules()) {
        const Status saved = savesOwnRules() ? RuleLayers::saveOwn(m_rules, *m_database) : m_rules.save(*m_database);
        if (!saved)
            emit failed(saved.error().toString());
    }
    emit rulesChanged();
    applySettings();
}

void Workspace::applySettings()
{
    if (!m_engine)
        return;
    // A new engine over the same data: only the rule set and snoozes differ; nothing is reloaded.
    AnalyticsSettings settings = m_engine->settings();
    settings.rules = m_rules;
    if (m_database)
        settings.snoozes = RiskSnooze::loadAll(*m_database);
    setEngine(std::make_shared<const Engine>(m_engine->sharedDataset(), std::move(settings)));
    recompute();
}

// The cockpit's "follow-ups due" (the engine leaves them to the caller).
void Workspace::loadFollowUpsDue()
{
    m_cockpit.followUps.clear();
    if (!m_engine)
        return;
    auto due = m_actions->followUpsDue(m_engine->dataset(), m_query);
    if (due)
        m_cockpit.followUps = std::move(*due);
    else
        emit failed(tr("The DM's follow-ups could not be read. %1").arg(due.error().toString()));
}

void Workspace::startLoading()
{
    const quint64 generation = ++m_loadGeneration;
    ++m_computeGeneration;
    const QString location = m_database->location();
    m_loading = true;
    emit loadStarted();
    emit stateChanged();

    // The worker opens its own read-only connection: SQLite connections belong to their thread.
    // The window's first file may already be loading since before the window was built.
    runInBackground<Loaded>(
        this,
        [location, preloaded = EnginePreload::take(location)] {
            Loaded loaded;
            if (preloaded.valid() && (loaded.engine = preloaded.get()))
                return loaded;
            auto engine = EngineLoader::load(location);
            if (engine)
                loaded.engine = std::move(engine->engine);
            else
                loaded.error = engine.error().toString();
            return loaded;
        },
        [this, generation](const std::shared_ptr<Loaded> &loaded) { acceptLoaded(loaded, generation); });
}

void Workspace::acceptLoaded(const std::shared_ptr<Loaded> &loaded, quint64 generation)
{
    if (generation != m_loadGeneration)
        return;
    m_loading = false;
    setEngine(loaded->engine);
    m_selectedDeal = -1;
    fillDealModels();
    // A drill names deals of the data that was loaded before.
    if (!m_drillDeals.empty()) {
        m_drillDeals.clear();
        emit drillRequested(QString(), {});
    }
    if (!m_engine) {
        emit failed(loaded->error);
        emit loadFinished();
        emit stateChanged();
        return;
    }
    m_rules = m_engine->settings().rules;
    const auto preferred = Scope::parse(m_preferredScope);
    Scope scope = Scope::all();
    if (preferred && (preferred->kind == Scope::Kind::All || !m_engine->dataset().repsInScope(*preferred).empty()))
        scope = *preferred;
    // The remembered compare-to rule applies to the latest as-of like to any other.
    const auto latest = m_engine->resolve(std::nullopt, std::nullopt, scope);
    m_query = m_engine->resolve(latest.asOf, latest.period, scope, m_compareRule.compareToFor(latest.asOf));
    if (!m_packRep.isEmpty() && m_engine->dataset().repIndex(m_packRep) < 0)
        m_packRep.clear();
    m_actions->setAsOf(m_query.asOf);
    buildChoices();
    emit choicesChanged();
    emit loadFinished();
    recompute();
}

void Workspace::retranslate()
{
    for (ui::SortableTableModel *model :
         std::initializer_list<ui::SortableTableModel *>{m_teamModel, m_followUpModel, m_queueModel, m_changeModel,
                                                         m_accuracyModel, m_renewalModel, m_packExceptionModel,
                                                         m_packMatrixModel, m_packFollowUpModel, m_dealHistoryModel})
        model->retranslate();
    m_beliefModel->retranslate();
    m_dealMeddpiccModel->retranslate();
    m_reviewModels->retranslate();
    if (m_engine) {
        buildChoices();
        emit choicesChanged();
    }
    emit languageChanged();
    // Evidence, insights and pack lines are sentences the engine wrote in the old language.
    recompute();
}

void Workspace::buildChoices()
{
    m_scopeTree = WorkspaceChoices::scopeTree(m_engine->dataset());
    m_periods = WorkspaceChoices::periods(m_engine->dataset(), m_engine->calendar());
}

void Workspace::recompute()
{
    if (!m_engine)
        return;
    const quint64 generation = ++m_computeGeneration;
    m_computing = true;
    // A review still being built is for the query before: it is dropped, the next follows the results.
    ++m_reviewGeneration;
    m_reviewStale = true;
    ++m_pocsAndPlaysGeneration; // a board still being built is for the query before
    m_actions->setAsOf(m_query.asOf);
    emit computeStarted();
    emit stateChanged();
    runInBackground<Computed>(
        this,
        [engine = m_engine, query = m_query, actions = m_actions->actions()] {
            Computed computed;
            computed.query = query;
            if (!query.asOf.isValid())
                return computed;
            // The engine is a pure function of an immutable Dataset: the exceptions (the
            // longest part at company scale) run on a second core beside the rest, and so do the
            // queue's rows, which took a fifth of a second on the GUI thread at 26k hits.
            auto risk = std::async(std::launch::async, [&engine, &query, &actions, &computed] {
                RiskResult result = engine->exceptions(query);
                computed.queueRows = ui::QueueRows::prepare(result.hits, result.snoozed, actions);
                return result;
            });
            computed.cockpit = engine->cockpit(query);
            const QDate from = query.compareTo.value_or(query.asOf);
            computed.changes = engine->changes(from, query.asOf, query.scope, query.period);
            computed.accuracy = engine->accuracy(query.scope);
            computed.renewals = engine->renewals(query);
            computed.risk = risk.get();
            return computed;
        },
        [this, generation](const std::shared_ptr<Computed> &computed) { acceptComputed(computed, generation); });
}

void Workspace::acceptComputed(const std::shared_ptr<Computed> &computed, quint64 generation)
{
    if (generation != m_computeGeneration)
        return;
    m_computing = false;
    m_cockpit = std::move(computed->cockpit);
    m_changes = std::move(computed->changes);
    m_accuracy = std::move(computed->accuracy);
    m_risk = std::move(computed->risk);
    m_renewals = std::move(computed->renewals);
    loadFollowUpsDue();
    m_hitCounts.clear();
    for (const RiskHit &hit : m_risk.hits)
        m_hitCounts[hit.ruleId] += 1;
    // A note saved while the worker ran makes its rows stale: the model builds them again then.
    const bool rowsCurrent = computed->queueRows.actions.isSharedWith(m_actions->actions());
    fillResultModels(rowsCurrent ? &computed->queueRows : nullptr);
    emit resultsChanged();
    emit hitsChanged();
    emit stateChanged();
    m_reviewStale = true;
    m_settleTimer->start();
}

void Workspace::settleResults()
{
    if (m_computing)
        return; // newer results are on their way, and settle again when they come
    recomputePack();
    recomputeReview();
    recomputePocsAndPlays();
    emit resultsSettled();
}

void Workspace::fillResultModels(ui::QueueRows *queueRows)
{
    const QString currency = reportingCurrency();
    m_teamModel->setRows(m_cockpit.team, currency, m_cockpit.coverageTarget);
    QHash<QString, QString> repNames;
    for (const TeamRow &row : m_cockpit.team)
        repNames.insert(row.repId, row.name);
    m_followUpModel->setFollowUps(m_cockpit.followUps, repNames);
    if (queueRows)
        m_queueModel->setRows(std::move(*queueRows), currency);
    else
        m_queueModel->setHits(m_risk.hits, m_risk.snoozed, currency, m_actions->actions());
    fillDrillRows();
    m_changeModel->setChanges(m_engine ? m_engine->sharedDataset() : nullptr, m_changes.deals, currency);
    m_changeModel->setReasonFilter({});
    m_accuracyModel->setResult(m_accuracy, currency);
    m_renewalModel->setWatchlist(m_renewals);
}

void Workspace::fillDealModels()
{
    if (m_selectedDeal < 0 || !m_engine) {
        m_dealHistoryModel->setDeal(nullptr, -1);
        return;
    }
    m_dealMeddpiccModel->setMeddpicc(m_engine->dataset().opportunity(m_selectedDeal).meddpicc);
    m_dealHistoryModel->setDeal(m_engine->sharedDataset(), m_selectedDeal);
}

// After the results have been painted (settleResults): at 27k POCs the board took a second, and
// it was built on this thread before.
void Workspace::recomputePocsAndPlays()
{
    const quint64 generation = ++m_pocsAndPlaysGeneration;
    if (!m_engine || !m_query.asOf.isValid()) {
        m_pocBoard = std::make_shared<const PocBoard>();
        m_plays = std::make_shared<const ui::PlaysData>();
        emit pocsAndPlaysChanged();
        return;
    }
    // The two small settings tables are read here: the database connection belongs to this thread.
    auto rules = AttributionRules::load(*m_database);
    auto artifacts = ComplianceArtifacts::load(*m_database);
    QString playsError;
    if (!rules)
        playsError = rules.error().toString();
    else if (!artifacts)
        playsError = artifacts.error().toString();
    runInBackground<PocsAndPlays>(
        this,
        [engine = m_engine, query = m_query, rules = rules ? *rules : AttributionRules(),
         artifacts = artifacts ? *artifacts : ComplianceArtifacts(), playsError] {
            const Dataset &dataset = engine->dataset();
            // The deals' id lookup is built on its first use (Dataset::opportunityIndex): here, off
            // the GUI thread, rather than when the DM's first note or follow-up asks for it.
            dataset.opportunityIndex(QString());
            PocsAndPlays built;
            built.board = std::make_shared<const PocBoard>(
                PocBoardBuilder(dataset, engine->calendar(), dataset.pocs().records(), engine->settings().pocChecklist)
                    .build(query));
            ui::PlaysData plays;
            if (playsError.isEmpty())
                plays = ui::PlaysData::build(dataset, query, rules, artifacts);
            plays.error = playsError;
            built.plays = std::make_shared<const ui::PlaysData>(std::move(plays));
            return built;
        },
        [this, generation](const std::shared_ptr<PocsAndPlays> &built) {
            if (generation != m_pocsAndPlaysGeneration)
                return;
            m_pocBoard = built->board;
            m_plays = built->plays;
            emit pocsAndPlaysChanged();
        });
}

void Workspace::setPackRep(const QString &repId)
{
    if (repId == m_packRep)
        return;
    m_packRep = repId;
    emit packRepChosen(repId);
    recomputePack();
}

void Workspace::recomputePack()
{
    const quint64 generation = ++m_packGeneration;
    if (!m_engine || m_packRep.isEmpty() || !m_query.asOf.isValid()) {
        m_pack = {};
        m_packExceptionModel->setHits({}, {}, QString(), {});
        m_packMatrixModel->setRows({}, QString());
        m_packFollowUpModel->setFollowUps({}, {});
        m_beliefModel->setStack({});
        emit packChanged();
        return;
    }
    Query query = m_query;
    query.scope = Scope::rep(m_packRep);
    CoachingPackData::Input input = m_actions->packInput(m_packRep);
    input.insightMarks = m_insights->marks();
    for (const FollowUpDue &followUp : m_cockpit.followUps)
        if (followUp.repId == m_packRep)
            input.followUps.push_back(followUp);
    runInBackground<CoachingPackData>(
        this, [engine = m_engine, query, input] { return CoachingPackData::build(*engine, query, input); },
        [this, generation](const std::shared_ptr<CoachingPackData> &pack) {
            if (generation != m_packGeneration)
                return;
            m_pack = std::move(*pack);
            m_packExceptionModel->setHits(m_pack.exceptions.hits, m_pack.exceptions.snoozed, m_pack.reportingCurrency,
                                          m_actions->actions());
            m_packMatrixModel->setRows(m_pack.meddpiccMatrix, m_pack.reportingCurrency);
            m_packFollowUpModel->setFollowUps(m_pack.followUps, {{m_pack.repId, m_pack.repName}});
            emit packChanged();
        });
}

} // namespace dmc

namespace dmc {

void Workspace::setReviewBaseline(ReviewBaseline::Kind baseline)
{
    if (baseline == m_reviewBaseline || baseline == ReviewBaseline::Kind::Plan)
        return;
    m_reviewBaseline = baseline;
    m_reviewStale = true;
    recomputeReview();
}

void Workspace::setReviewMonth(int monthOfQuarter)
{
    monthOfQuarter = std::clamp(monthOfQuarter, 0, 3);
    if (monthOfQuarter == m_reviewMonth)
        return;
    m_reviewMonth = monthOfQuarter;
    m_reviewStale = true;
    recomputeReview();
}

QList<FiscalPeriod> Workspace::reviewPeriodChoices() const
{
    if (!m_engine || !m_query.period.isValid())
        return {};
    return QList<FiscalPeriod>{m_query.period} + m_engine->calendar().monthsOf(m_query.period);
}

void Workspace::setReviewShown(bool shown)
{
    m_reviewShown = shown;
    if (shown && m_reviewStale)
        recomputeReview();
}

// The review of the query the results were computed for; while the results are still being
// computed it waits for them (acceptComputed calls it again), so it never reads a query ahead.
void Workspace::recomputeReview()
{
    const quint64 generation = ++m_reviewGeneration;
    if (!m_engine || !m_query.asOf.isValid() || !m_query.period.isValid()) {
        m_reviewComputing = false;
        m_reviewModels->clear();
        emit reviewChanged();
        return;
    }
    if (!m_reviewShown || !m_reviewStale || m_computing)
        return;
    m_reviewStale = false;
    m_reviewComputing = true;
    emit reviewStarted();
    Query query = m_query;
    query.period = reviewPeriodChoices().value(m_reviewMonth, m_query.period);
    runInBackground<QuarterlyReview>(
        this,
        [engine = m_engine, query, baseline = m_reviewBaseline] {
            return QuarterlyReview::build(*engine, query, baseline);
        },
        [this, generation](const std::shared_ptr<QuarterlyReview> &review) {
            if (generation != m_reviewGeneration)
                return;
            m_reviewComputing = false;
            m_reviewModels->setReview(std::move(*review), dataset());
            emit reviewChanged();
        });
}

} // namespace dmc
