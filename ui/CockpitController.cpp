#include "CockpitController.h"

#include "Format.h"
#include "InspectionQueueModel.h"
#include "Settings.h"
#include "analytics/DmInputs.h"
#include "analytics/Engine.h"
#include "analytics/RiskAvailability.h"
#include "i18n/Translations.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/DatabaseIdentity.h"
#include "workspace/EngineLoader.h"

#include <QPointer>
#include <QThread>

namespace dmc::ui {

// What the background load hands back to the GUI thread.
struct CockpitController::Loaded
{
    std::shared_ptr<const Engine> engine;
    QString error;
};

// What a background recompute hands back.
struct CockpitController::Computed
{
    Query query;
    CockpitResult cockpit;
    PipelineChanges changes;
    AccuracyResult accuracy;
    RiskResult risk;
    RenewalWatchlist renewals;
};

namespace {

// Runs `work` on a new thread and `done` with its result on the receiver's thread, unless the
// receiver is gone by then.
template<typename Result, typename Work, typename Done>
void runInBackground(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<Result>(work());
        if (guard)
            QMetaObject::invokeMethod(guard, [guard, result, done] {
                if (guard)
                    done(result);
            }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

// Who writes the DM's data from this window: the database role on PostgreSQL (the policies
// stamp it whatever the client sends), the login name on a local file.
QString authorOf(const DatabaseIdentity &identity)
{
    QString name = identity.userName;
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("dm") : name;
}

DmActionStatus storeStatus(DealAction::Status status)
{
    switch (status) {
    case DealAction::Status::Open: return DmActionStatus::Open;
    case DealAction::Status::Reviewed: return DmActionStatus::Reviewed;
    case DealAction::Status::Snoozed: return DmActionStatus::Snoozed;
    }
    return DmActionStatus::Open;
}

DealAction::Status viewStatus(DmActionStatus status)
{
    switch (status) {
    case DmActionStatus::Open: return DealAction::Status::Open;
    case DmActionStatus::Reviewed: return DealAction::Status::Reviewed;
    case DmActionStatus::Snoozed: return DealAction::Status::Snoozed;
    }
    return DealAction::Status::Open;
}

QString ratingKey(const QString &opportunityId, int position)
{
    return opportunityId + QLatin1Char('\n') + QString::number(position);
}

} // namespace

CockpitController::CockpitController(QObject *parent)
    : QObject(parent)
{
}

CockpitController::~CockpitController() = default;

Status CockpitController::open(const QString &location)
{
    auto opened = Database::open(location);
    if (!opened)
        return opened.error();
    auto identity = DatabaseIdentity::read(*opened.value());
    if (!identity)
        return identity.error();
    m_store.reset();
    m_database = std::move(opened.value());
    m_identity = identity.value();
    m_store = std::make_unique<ActionStore>(*m_database, authorOf(m_identity));
    m_engine.reset();
    // The DM's data of the previous database must not leak into this one.
    m_ratings.clear();
    m_ratingVersions.clear();
    m_notes.clear();
    m_noteVersions.clear();
    loadActions();
    auto rules = RuleSet::load(*m_database);
    m_rules = rules ? rules.value() : RuleSet();
    if (!rules)
        emit failed(tr("The saved risk filters could not be read; the defaults apply. %1").arg(rules.error().toString()));
    emit rulesChanged();
    startLoading();
    return Done{};
}

void CockpitController::close()
{
    ++m_loadGeneration;     // a load or compute still running for the old database is ignored
    ++m_computeGeneration;
    m_store.reset();
    m_database.reset();
    m_identity = {};
    m_engine.reset();
    m_scopeTree = {};
    m_periods.clear();
    m_query = {};
    m_cockpit = {};
    m_changes = {};
    m_accuracy = {};
    m_risk = {};
    m_renewals = {};
    m_hitCounts.clear();
    m_actions.clear();
    m_actionVersions.clear();
    m_followUpRows.clear();
    m_loading = m_computing = false;
    emit choicesChanged();
    m_pack = {};
    m_packRep.clear();
    m_ratings.clear();
    m_ratingVersions.clear();
    m_notes.clear();
    m_noteVersions.clear();
    emit resultsChanged();
    emit hitsChanged();
    emit packChanged();
    emit stateChanged();
}

void CockpitController::reload()
{
    if (m_database)
        startLoading();
}

bool CockpitController::canEdit() const
{
    return m_database && !m_identity.readOnly && m_identity.role != DatabaseIdentity::Role::NoAccess;
}

QString CockpitController::databaseLocation() const
{
    return m_database ? m_database->location() : QString();
}

std::optional<RiskUnavailable> CockpitController::unavailability(const QString &ruleId) const
{
    if (!m_engine)
        return std::nullopt;
    return RiskAvailability::check(ruleId, m_rules, m_engine->dataset());
}

const Dataset *CockpitController::dataset() const
{
    return m_engine ? &m_engine->dataset() : nullptr;
}

QString CockpitController::reportingCurrency() const
{
    return m_engine ? m_engine->dataset().reportingCurrency() : QString();
}

QList<std::pair<QString, QString>> CockpitController::periods() const
{
    return m_periods;
}

QList<QDate> CockpitController::snapshotDates() const
{
    return m_engine ? m_engine->dataset().snapshotDates() : QList<QDate>();
}

QString CockpitController::scopeKey() const
{
    return m_query.scope.key();
}

QString CockpitController::scopeLabel() const
{
    const QString key = scopeKey();
    std::function<QString(const ScopeNode &)> find = [&](const ScopeNode &node) -> QString {
        if (node.key == key)
            return node.label;
        for (const ScopeNode &child : node.children) {
            const QString label = find(child);
            if (!label.isEmpty())
                return label;
        }
        return {};
    };
    const QString label = find(m_scopeTree);
    return label.isEmpty() ? m_query.scope.value : label;
}

QString CockpitController::periodKey() const
{
    return m_query.period.isValid() ? m_query.period.key() : QString();
}

QStringList CockpitController::opportunityIds(const std::vector<qint32> &indices) const
{
    return m_engine ? m_engine->dataset().opportunityIds(indices) : QStringList();
}

QString CockpitController::statusText() const
{
    if (!m_database)
        return tr("No database open. Open one with Ctrl+O or create one with Ctrl+N.");
    if (m_loading)
        return tr("Loading %1...").arg(m_database->location());
    if (!m_engine)
        return tr("The data of this database could not be loaded.");
    const Dataset &dataset = m_engine->dataset();
    if (dataset.snapshotCount() == 0)
        return tr("This database holds no snapshots yet. Import a CRM export with Ctrl+I.");
    const QString deals = tr("%n deals", nullptr, int(dataset.opportunities().size()));
    const QString reps = tr("%n reps", nullptr, int(dataset.reps().size()));
    const QString snapshots = tr("%n snapshots", nullptr, dataset.snapshotCount());
    QString text = tr("%1, %2, %3 from %4 to %5")
                       .arg(deals, reps, snapshots, Format::date(dataset.snapshotDates().first()),
                            Format::date(dataset.snapshotDates().last()));
    if (m_computing)
        text += QStringLiteral("  ·  ") + tr("computing...");
    return text;
}

void CockpitController::setScope(const QString &key)
{
    const auto scope = Scope::parse(key);
    if (!scope || *scope == m_query.scope)
        return;
    m_query.scope = *scope;
    Settings::lastScope().setValue(key);
    recompute();
}

void CockpitController::setPeriod(const QString &key)
{
    if (!m_engine || key == periodKey())
        return;
    const auto period = m_engine->calendar().parse(key);
    if (!period)
        return;
    m_query.period = *period;
    recompute();
}

void CockpitController::setAsOf(QDate date)
{
    if (!m_engine || !date.isValid() || date == m_query.asOf)
        return;
    // The compare-to follows the as-of (the week before) unless it is still earlier.
    std::optional<QDate> compareTo = m_query.compareTo;
    if (compareTo && *compareTo >= date)
        compareTo.reset();
    const bool periodFollows = m_query.period == m_engine->calendar().periodOf(m_query.asOf);
    m_query = m_engine->resolve(date, periodFollows ? std::nullopt : std::optional(m_query.period),
                                m_query.scope, compareTo);
    emit choicesChanged();
    recompute();
}

void CockpitController::setCompareTo(QDate date)
{
    if (!m_engine || !date.isValid() || date == compareTo())
        return;
    m_query.compareTo = date;
    recompute();
}

void CockpitController::selectDeal(qint32 opportunity)
{
    emit dealSelected(opportunity);
}

void CockpitController::drillInto(const QString &title, const std::vector<qint32> &deals)
{
    emit drillRequested(title, deals);
}

void CockpitController::selectRep(const QString &repId)
{
    emit repSelected(repId);
}

void CockpitController::setRuleEnabled(const QString &ruleId, bool enabled)
{
    if (m_rules.isEnabled(ruleId) == enabled)
        return;
    m_rules.setEnabled(ruleId, enabled);
    saveRules();
}

void CockpitController::setRuleParameter(const QString &ruleId, const QString &key, int value)
{
    if (m_rules.parameter(ruleId, key) == value)
        return;
    if (!m_rules.setParameter(ruleId, key, value)) {
        emit rulesChanged();    // out of range: the view shows the stored value again
        return;
    }
    saveRules();
}

void CockpitController::restoreDefaultRules()
{
    m_rules = RuleSet();
    saveRules();
}

void CockpitController::saveRules()
{
    if (canSaveRules()) {
        const Status saved = m_rules.save(*m_database);
        if (!saved)
            emit failed(saved.error().toString());
    }
    emit rulesChanged();
    applySettings();
}

void CockpitController::applySettings()
{
    if (!m_engine)
        return;
    // A new engine over the same data: only the rule set and snoozes differ; nothing is reloaded.
    AnalyticsSettings settings = m_engine->settings();
    settings.rules = m_rules;
    if (m_database)
        settings.snoozes = RiskSnooze::loadAll(*m_database);
    m_engine = std::make_shared<const Engine>(m_engine->sharedDataset(), std::move(settings));
    recompute();
}

void CockpitController::saveAction(const QString &opportunityId, const QString &ruleId, const DealAction &action)
{
    const QString key = InspectionQueueModel::actionKey(opportunityId, ruleId);
    const DealAction before = m_actions.value(key);
    DealAction saved = action;
    if (m_store) {
        const Status stored = storeAction(opportunityId, ruleId, before, saved);
        if (!stored) {
            // The queue shows what the database holds now (another writer's change, or the old row).
            saved = storedAction(opportunityId, ruleId);
            emit failed(writeError(stored.error()));
        }
    }
    const bool snoozeChanged = (before.status == DealAction::Status::Snoozed) != (saved.status == DealAction::Status::Snoozed)
                               || before.snoozeUntil != saved.snoozeUntil;
    if (saved.isEmpty())
        m_actions.remove(key);
    else
        m_actions.insert(key, saved);
    emit actionSaved(opportunityId, ruleId, saved);
    if (before.followUpDue != saved.followUpDue || before.followUpText != saved.followUpText) {
        loadFollowUpsDue();
        emit resultsChanged();
    }
    if (snoozeChanged)
        applySettings();
}

Status CockpitController::storeAction(const QString &opportunityId, const QString &ruleId, const DealAction &before,
                                      DealAction &action)
{
    const QString key = InspectionQueueModel::actionKey(opportunityId, ruleId);
    const bool dmChanged = before.status != action.status || before.note != action.note
                           || before.snoozeUntil != action.snoozeUntil || before.snoozeReason != action.snoozeReason;
    if (dmChanged) {
        DmAction row;
        row.opportunityId = opportunityId;
        row.ruleId = ruleId;
        row.status = storeStatus(action.status);
        row.snoozeUntil = action.snoozeUntil;
        row.snoozeReason = action.snoozeReason;
        row.note = action.note;
        auto saved = m_store->saveAction(row, m_actionVersions.value(key, 0));
        if (!saved)
            return saved.error();
        m_actionVersions.insert(key, saved->version);
    }

    if (before.followUpDue == action.followUpDue && before.followUpText == action.followUpText)
        return Done{};
    const auto existing = m_followUpRows.constFind(key);
    if (existing != m_followUpRows.cend()) {
        FollowUp row = *existing;
        const bool cleared = !action.followUpDue.isValid() && action.followUpText.isEmpty();
        if (cleared)
            row.status = FollowUpStatus::Done;      // the store keeps it, the queue no longer shows it
        else {
            row.dueDate = action.followUpDue;
            if (!action.followUpText.isEmpty())
                row.text = action.followUpText;
        }
        auto saved = m_store->saveFollowUp(row, row.version);
        if (!saved)
            return saved.error();
        if (cleared)
            m_followUpRows.remove(key);
        else {
            m_followUpRows.insert(key, *saved);
            action.followUpText = saved->text;
        }
        return Done{};
    }
    if (!action.followUpDue.isValid() && action.followUpText.isEmpty())
        return Done{};
    const Dataset *data = dataset();
    const int deal = data ? data->opportunityIndex(opportunityId) : -1;
    if (deal < 0)
        return Done{};      // no rep to file it under until the data is loaded
    FollowUp row;
    row.repId = data->opportunity(deal).ownerId;
    row.opportunityId = opportunityId;
    row.ruleId = ruleId;
    row.text = action.followUpText;
    if (row.text.isEmpty())
        row.text = action.note.isEmpty() ? tr("Follow-up on %1").arg(data->opportunity(deal).name) : action.note;
    row.owner = data->reps().at(size_t(data->opportunityOwner(deal))).rep.name;
    row.dueDate = action.followUpDue;
    row.createdWeek = m_query.asOf.isValid() ? m_query.asOf : QDate::currentDate();
    auto added = m_store->addFollowUp(row);
    if (!added)
        return added.error();
    m_followUpRows.insert(key, *added);
    action.followUpText = added->text;
    return Done{};
}

DealAction CockpitController::storedAction(const QString &opportunityId, const QString &ruleId)
{
    const QString key = InspectionQueueModel::actionKey(opportunityId, ruleId);
    DealAction action;
    m_actionVersions.remove(key);
    if (auto row = m_store->action(opportunityId, ruleId); row && row->has_value()) {
        const DmAction &stored = **row;
        action.status = viewStatus(stored.status);
        action.note = stored.note;
        action.snoozeUntil = stored.snoozeUntil;
        action.snoozeReason = stored.snoozeReason;
        m_actionVersions.insert(key, stored.version);
    }
    const auto followUp = m_followUpRows.constFind(key);
    if (followUp != m_followUpRows.cend()) {
        if (auto row = m_store->followUp(followUp->id); row && row->has_value()
                                                        && (*row)->status == FollowUpStatus::Open) {
            m_followUpRows.insert(key, **row);
            action.followUpDue = (*row)->dueDate;
            action.followUpText = (*row)->text;
        } else {
            m_followUpRows.remove(key);
        }
    }
    return action;
}

QString CockpitController::writeError(const Error &error) const
{
    if (error.kind != Error::Kind::Conflict)
        return tr("Your change could not be saved. %1").arg(error.toString());
    if (error.current.isEmpty())
        return tr("Your change was not saved: %1. The view shows the stored version.").arg(error.message);
    return tr("Your change was not saved: %1. Their text: \"%2\". The view shows the stored version.")
        .arg(error.message, error.current);
}

// The cockpit's "follow-ups due" (the engine leaves them to the caller).
void CockpitController::loadFollowUpsDue()
{
    m_cockpit.followUps.clear();
    if (!m_store || !m_engine)
        return;
    auto due = DmInputs::followUpsDue(*m_store, m_engine->dataset(), m_query);
    if (due)
        m_cockpit.followUps = std::move(*due);
    else
        emit failed(tr("The DM's follow-ups could not be read. %1").arg(due.error().toString()));
}

void CockpitController::loadActions()
{
    m_actions.clear();
    m_actionVersions.clear();
    m_followUpRows.clear();
    auto actions = m_store->actions();
    if (!actions) {
        emit failed(tr("The DM's statuses and notes could not be read. %1").arg(actions.error().toString()));
        return;
    }
    for (const DmAction &stored : *actions) {
        const QString key = InspectionQueueModel::actionKey(stored.opportunityId, stored.ruleId);
        DealAction &action = m_actions[key];
        action.status = viewStatus(stored.status);
        action.note = stored.note;
        action.snoozeUntil = stored.snoozeUntil;
        action.snoozeReason = stored.snoozeReason;
        m_actionVersions.insert(key, stored.version);
    }
    // The queue shows one follow-up per hit: the open one about that deal and rule due first.
    auto followUps = m_store->followUps({});
    if (!followUps) {
        emit failed(tr("The DM's follow-ups could not be read. %1").arg(followUps.error().toString()));
        return;
    }
    for (const FollowUp &followUp : *followUps) {
        if (followUp.status != FollowUpStatus::Open || followUp.opportunityId.isEmpty())
            continue;
        const QString key = InspectionQueueModel::actionKey(followUp.opportunityId, followUp.ruleId);
        if (m_followUpRows.contains(key))
            continue;
        m_followUpRows.insert(key, followUp);
        DealAction &action = m_actions[key];
        action.followUpDue = followUp.dueDate;
        action.followUpText = followUp.text;
    }
}

void CockpitController::startLoading()
{
    const quint64 generation = ++m_loadGeneration;
    ++m_computeGeneration;
    const QString location = m_database->location();
    m_loading = true;
    emit loadStarted();
    emit stateChanged();

    // A separate read-only connection: SQLite connections belong to the thread that opened them.
    runInBackground<Loaded>(
        this,
        [location] {
            Loaded loaded;
            auto engine = EngineLoader::load(location);
            if (engine)
                loaded.engine = std::move(engine->engine);
            else
                loaded.error = engine.error().toString();
            return loaded;
        },
        [this, generation](const std::shared_ptr<Loaded> &loaded) { acceptLoaded(loaded, generation); });
}

void CockpitController::acceptLoaded(const std::shared_ptr<Loaded> &loaded, quint64 generation)
{
    if (generation != m_loadGeneration)
        return;
    m_loading = false;
    m_engine = loaded->engine;
    if (m_engine)
        m_rules = m_engine->settings().rules;
    if (!m_engine) {
        emit failed(loaded->error);
        emit loadFinished();
        emit stateChanged();
        return;
    }
    const auto remembered = Scope::parse(Settings::lastScope().value());
    Scope scope = Scope::all();
    if (remembered && (remembered->kind == Scope::Kind::All
                       || !m_engine->dataset().repsInScope(*remembered).empty()))
        scope = *remembered;
    m_query = m_engine->resolve(std::nullopt, std::nullopt, scope);
    buildChoices();
    emit choicesChanged();
    emit loadFinished();
    recompute();
}

void CockpitController::retranslate()
{
    if (!m_engine)
        return;
    buildChoices();
    emit choicesChanged();
    recompute();
}

void CockpitController::buildChoices()
{
    const Dataset &dataset = m_engine->dataset();
    const FiscalCalendar calendar = m_engine->calendar();

    // Scope tree: company > regions > districts > reps. Reps without a district hang off the root.
    m_scopeTree = ScopeNode{Scope::all().key(), tr("Whole company"), {}};
    QHash<QString, int> regionRow;
    QHash<QString, std::pair<int, int>> districtRow;
    std::vector<DatasetRep> reps = dataset.reps();
    std::sort(reps.begin(), reps.end(), [](const DatasetRep &a, const DatasetRep &b) {
        return std::tie(a.rep.region, a.rep.district, a.rep.name) < std::tie(b.rep.region, b.rep.district, b.rep.name);
    });
    for (const DatasetRep &rep : reps) {
        ScopeNode repNode{Scope::rep(rep.rep.id).key(), rep.rep.name, {}};
        if (rep.rep.district.isEmpty()) {
            m_scopeTree.children.append(repNode);
            continue;
        }
        const QString region = rep.rep.region.isEmpty() ? tr("No region") : rep.rep.region;
        if (!regionRow.contains(region)) {
            regionRow.insert(region, int(m_scopeTree.children.size()));
            m_scopeTree.children.append({Scope::region(rep.rep.region).key(), region, {}});
        }
        ScopeNode &regionNode = m_scopeTree.children[regionRow.value(region)];
        const QString districtKey = region + QLatin1Char('\n') + rep.rep.district;
        if (!districtRow.contains(districtKey)) {
            districtRow.insert(districtKey, {regionRow.value(region), int(regionNode.children.size())});
            regionNode.children.append({Scope::district(rep.rep.district).key(), rep.rep.district, {}});
        }
        regionNode.children[districtRow.value(districtKey).second].children.append(repNode);
    }
    // A region with one district: the district is the useful level, skip the extra click.
    for (ScopeNode &region : m_scopeTree.children) {
        if (region.children.size() == 1 && !region.children.first().children.isEmpty())
            region = region.children.first();
    }

    // Periods: every quarter from the first snapshot to one past the last, plus quota periods.
    QList<FiscalPeriod> periods;
    auto addPeriod = [&periods](const FiscalPeriod &period) {
        if (period.isValid() && !periods.contains(period))
            periods.append(period);
    };
    if (dataset.snapshotCount() > 0) {
        FiscalPeriod period = calendar.periodOf(dataset.snapshotDates().first());
        const FiscalPeriod last = calendar.next(calendar.periodOf(dataset.snapshotDates().last()));
        for (int guard = 0; guard < 80 && period.start <= last.start; ++guard) {
            addPeriod(period);
            period = calendar.next(period);
        }
    }
    for (const QString &key : dataset.quotaPeriods()) {
        if (const auto period = calendar.parse(key))
            addPeriod(*period);
    }
    std::sort(periods.begin(), periods.end(),
              [](const FiscalPeriod &a, const FiscalPeriod &b) { return a.start < b.start; });
    m_periods.clear();
    for (const FiscalPeriod &period : std::as_const(periods))
        m_periods.append({period.key(), period.label()});
}

void CockpitController::recompute()
{
    if (!m_engine)
        return;
    const quint64 generation = ++m_computeGeneration;
    m_computing = true;
    emit computeStarted();
    emit stateChanged();
    runInBackground<Computed>(
        this,
        [engine = m_engine, query = m_query] {
            Computed computed;
            computed.query = query;
            if (!query.asOf.isValid())
                return computed;
            computed.cockpit = engine->cockpit(query);
            const QDate from = query.compareTo.value_or(query.asOf);
            computed.changes = engine->changes(from, query.asOf, query.scope, query.period);
            computed.accuracy = engine->accuracy(query.scope);
            computed.risk = engine->exceptions(query);
            computed.renewals = RenewalWatchlist::build(engine->dataset(), query.asOf, query.scope);
            return computed;
        },
        [this, generation](const std::shared_ptr<Computed> &computed) { acceptComputed(computed, generation); });
}

void CockpitController::acceptComputed(const std::shared_ptr<Computed> &computed, quint64 generation)
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
    emit resultsChanged();
    emit hitsChanged();
    emit stateChanged();
    recomputePack();
}

void CockpitController::setPackRep(const QString &repId)
{
    if (repId == m_packRep)
        return;
    m_packRep = repId;
    recomputePack();
}

void CockpitController::recomputePack()
{
    const quint64 generation = ++m_packGeneration;
    if (!m_engine || m_packRep.isEmpty() || !m_query.asOf.isValid()) {
        m_pack = {};
        emit packChanged();
        return;
    }
    Query query = m_query;
    query.scope = Scope::rep(m_packRep);
    loadPackNotes();
    CoachingPackData::Input input;
    input.ratings = m_ratings;
    input.coachingNote = m_notes.value(noteKey());
    for (const FollowUpDue &followUp : m_cockpit.followUps)
        if (followUp.repId == m_packRep)
            input.followUps.push_back(followUp);
    runInBackground<CoachingPackData>(
        this, [engine = m_engine, query, input] { return CoachingPackData::build(*engine, query, input); },
        [this, generation](const std::shared_ptr<CoachingPackData> &pack) {
            if (generation != m_packGeneration)
                return;
            m_pack = std::move(*pack);
            emit packChanged();
        });
}

QString CockpitController::noteKey() const
{
    return m_packRep + QLatin1Char('\n') + FiscalCalendar::weekStart(m_query.asOf).toString(Qt::ISODate);
}

QString CockpitController::coachingNote() const
{
    return m_notes.value(noteKey());
}

// Reads what the pack needs from the ActionStore once per rep and week (ratings once per deal).
void CockpitController::loadPackNotes()
{
    if (!m_store || !m_engine || m_packRep.isEmpty())
        return;
    const QString key = noteKey();
    if (!m_noteVersions.contains(key)) {
        auto note = m_store->coachingNote(m_packRep, FiscalCalendar::weekStart(m_query.asOf));
        if (note) {
            m_noteVersions.insert(key, note->has_value() ? (*note)->version : 0);
            m_notes.insert(key, note->has_value() ? (*note)->note : QString());
        }
    }
    const Dataset &data = m_engine->dataset();
    const int rep = data.repIndex(m_packRep);
    for (qint32 deal = 0; deal < qint32(data.opportunities().size()); ++deal) {
        const QString id = data.opportunity(deal).id;
        if (data.opportunityOwner(deal) != rep || m_ratings.contains(id))
            continue;
        auto beliefs = m_store->beliefs(id);
        if (!beliefs)
            continue;
        std::vector<CoachingPackData::StoredRating> &ratings = m_ratings[id];
        for (const BeliefRating &belief : *beliefs) {
            ratings.push_back({belief.position, belief.belief, beliefLevelKey(belief.rating)});
            m_ratingVersions.insert(ratingKey(id, belief.position), belief.version);
        }
    }
}

void CockpitController::saveBeliefRating(const QString &opportunityId, int position, const QString &belief,
                                         const QString &rating)
{
    if (m_store) {
        const auto level = beliefLevelFromKey(rating);
        if (!level)
            return;
        BeliefRating row;
        row.opportunityId = opportunityId;
        row.position = position;
        row.belief = belief;
        row.rating = *level;
        auto saved = m_store->saveBelief(row, m_ratingVersions.value(ratingKey(opportunityId, position), 0));
        if (!saved) {
            m_ratings.remove(opportunityId);    // read again with the next pack
            emit failed(writeError(saved.error()));
            recomputePack();
            return;
        }
        m_ratingVersions.insert(ratingKey(opportunityId, position), saved->version);
    }
    std::vector<CoachingPackData::StoredRating> &ratings = m_ratings[opportunityId];
    auto it = std::find_if(ratings.begin(), ratings.end(),
                           [position](const CoachingPackData::StoredRating &r) { return r.position == position; });
    if (it == ratings.end())
        ratings.push_back({position, belief, rating});
    else
        it->rating = rating;
}

void CockpitController::saveCoachingNote(const QString &text)
{
    if (m_packRep.isEmpty())
        return;
    const QString key = noteKey();
    if (text == m_notes.value(key))
        return;
    if (m_store) {
        CoachingNote note;
        note.repId = m_packRep;
        note.weekStart = FiscalCalendar::weekStart(m_query.asOf);
        note.note = text;
        auto saved = m_store->saveCoachingNote(note, m_noteVersions.value(key, 0));
        if (!saved) {
            m_noteVersions.remove(key);     // read again with the next pack
            emit failed(writeError(saved.error()));
            loadPackNotes();
            emit packChanged();
            return;
        }
        m_noteVersions.insert(key, saved->version);
    }
    m_notes.insert(key, text);
}

} // namespace dmc::ui
