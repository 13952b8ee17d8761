#include "CapacitySession.h"

#include "ApartAccountModel.h"
#include "AssumptionSetCommand.h"
#include "CapacityMonthModel.h"
#include "HireModel.h"
#include "LeaverModel.h"
#include "RampAttainmentModel.h"
#include "RepCapacityModel.h"
#include "SegmentCoverageModel.h"
#include "SourceMixModel.h"
#include "TerritoryBalanceModel.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "store/Database.h"
#include "workspace/BackgroundTask.h"

#include <QUndoStack>

#include <algorithm>

namespace dmc::ui {

namespace {

// What the worker hands back.
struct CapacityComputed
{
    std::shared_ptr<const CapacityInputs> inputs;
    QString error;
    CapacityReport report;
    TerritoryBalance balance;
};

} // namespace

CapacitySession::CapacitySession(Workspace *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_undo(workspace->undoStack())
    , m_monthModel(new CapacityMonthModel(this))
    , m_repModel(new RepCapacityModel(this))
    , m_coverageModel(new SegmentCoverageModel(this))
    , m_mixModel(new SourceMixModel(this))
    , m_balanceModel(new TerritoryBalanceModel(this))
    , m_apartModel(new ApartAccountModel(this))
    , m_rampModel(new RampAttainmentModel(this))
    , m_hireModel(new HireModel(this))
    , m_leaverModel(new LeaverModel(this))
{
    // A load reads the CRM data again (an import may have changed owners, curves, end dates).
    connect(workspace, &Workspace::loadStarted, this, [this] {
        databaseOpened();
        m_inputs.reset();
        markStale();
    });
    connect(workspace, &Workspace::resultsChanged, this, [this] {
        databaseOpened();
        // Leaver names and choices follow the loaded data and the scope.
        fillSetModels();
        emit setsChanged();
        markStale();
    });
    // The shown dock's worker starts once the results are painted; an export asking for the plan
    // before that starts it at once (requestReport).
    connect(workspace, &Workspace::resultsSettled, this, &CapacitySession::recompute);
    connect(workspace, &Workspace::languageChanged, this, [this] {
        for (SortableTableModel *model :
             std::initializer_list<SortableTableModel *>{m_monthModel, m_repModel, m_coverageModel, m_mixModel,
                                                         m_balanceModel, m_apartModel, m_rampModel})
            model->retranslate();
        m_hireModel->retranslate();
        m_leaverModel->retranslate();
    });
    // Queued: the edit resets the model it came from, which must not happen inside its setData().
    connect(
        m_hireModel, &HireModel::hireEdited, this,
        [this](int row, const CapacityAssumptions::Hire &hire) {
            const CapacityAssumptions *set = currentAssumptions();
            if (!set || row < 0 || size_t(row) >= m_hireRows.size() || m_hireRows[size_t(row)] >= set->hires.size())
                return;
            CapacityAssumptions after = *set;
            after.hires[m_hireRows[size_t(row)]] = hire;
            edit(after, tr("hire %1 in %2").arg(hire.name, set->name));
        },
        Qt::QueuedConnection);
    connect(
        m_leaverModel, &LeaverModel::leaverEdited, this,
        [this](int row, const CapacityAssumptions::Leaver &leaver) {
            const CapacityAssumptions *set = currentAssumptions();
            if (!set || row < 0 || size_t(row) >= set->leavers.size())
                return;
            CapacityAssumptions after = *set;
            after.leavers[size_t(row)] = leaver;
            edit(after, tr("last day of a leaver in %1").arg(set->name));
        },
        Qt::QueuedConnection);
}

CapacitySession::~CapacitySession() = default;

// The sets and their undo steps belong to one database: another one (or none) starts afresh.
void CapacitySession::databaseOpened()
{
    const QString location = m_workspace->databaseLocation();
    if (location == m_location)
        return;
    m_location = location;
    m_undo->clear();
    m_inputs.reset();
    m_current.clear();
    reloadSets();
}

bool CapacitySession::canEdit() const
{
    return m_workspace->canEdit();
}

QStringList CapacitySession::setNames() const
{
    QStringList names;
    for (const AssumptionSetStore::Stored &stored : m_sets)
        names << stored.set.name;
    return names;
}

const CapacityAssumptions *CapacitySession::currentAssumptions() const
{
    for (const AssumptionSetStore::Stored &stored : m_sets)
        if (stored.set.name == m_current && !m_current.isEmpty())
            return &stored.set;
    return nullptr;
}

const CapacityPlan *CapacitySession::currentPlan() const
{
    const qsizetype index = m_planNames.indexOf(m_current);
    if (!m_report || index < 0 || size_t(index) >= m_report->plans.size())
        return nullptr;
    return &m_report->plans[size_t(index)];
}

QStringList CapacitySession::describeCurrent() const
{
    const CapacityPlan *plan = currentPlan();
    if (!plan)
        return {};
    const QString currency = m_workspace->reportingCurrency();
    const double factor = plan->assumptions.attainmentFactor;
    return {CapacityPlan::describe(plan->totals[0], factor, currency),
            CapacityPlan::freArithmetic(plan->totals[0], factor, currency),
            CapacityPlan::describe(plan->totals[1], factor, currency)};
}

std::vector<std::pair<QString, QString>> CapacitySession::leaverChoices() const
{
    std::vector<std::pair<QString, QString>> choices;
    const Dataset *dataset = m_workspace->dataset();
    if (!dataset)
        return choices;
    for (const qint32 r : dataset->repsInScope(m_workspace->query().scope)) {
        const DatasetRep &rep = dataset->reps()[size_t(r)];
        if (rep.known)
            choices.emplace_back(rep.rep.id, rep.rep.name);
    }
    return choices;
}

void CapacitySession::requestReport()
{
    m_requested = m_stale; // a report being built or built already needs nothing more
    recompute();
}

void CapacitySession::setShown(bool shown)
{
    m_shown = shown;
    if (shown && m_stale)
        recompute();
}

void CapacitySession::setCurrentSet(const QString &name)
{
    if (name == m_current)
        return;
    m_current = name;
    fillSetModels();
    fillCurrentPlan();
    emit setsChanged();
    emit capacityChanged();
}

void CapacitySession::markStale()
{
    m_stale = true;
}

void CapacitySession::clearResults()
{
    m_report.reset();
    m_balance = {};
    m_planNames.clear();
    m_monthModel->setPlans({}, {});
    m_repModel->clear();
    m_coverageModel->setCoverage({}, {});
    m_mixModel->setMix({}, {});
    m_balanceModel->setBalance({}, {});
    m_apartModel->setAccounts({}, nullptr, {});
    m_rampModel->setAttainment({}, {});
}

// The report of the query the workspace's results were computed for; while those are still being
// computed it waits for them (resultsSettled calls it again).
void CapacitySession::recompute()
{
    const std::shared_ptr<const Engine> engine = m_workspace->engine();
    const Query query = m_workspace->query();
    if (!engine || !query.asOf.isValid() || !query.period.isValid()) {
        ++m_generation;
        m_computing = false;
        m_error.clear();
        clearResults();
        emit capacityChanged();
        return;
    }
    // A report built, or being built, for the current data stays: the settle after an export's
    // request calls this again while the export's report is on the worker.
    if (!m_stale)
        return;
    const quint64 generation = ++m_generation;
    if ((!m_shown && !m_requested) || m_workspace->isComputing())
        return;
    m_stale = false;
    m_requested = false;
    m_computing = true;
    emit capacityStarted();
    std::vector<CapacityAssumptions> sets;
    QStringList names{QString()};
    for (const AssumptionSetStore::Stored &stored : m_sets) {
        sets.push_back(stored.set);
        names << stored.set.name;
    }
    runInBackground<CapacityComputed>(
        this,
        [engine, query, sets, inputs = m_inputs, location = m_location] {
            CapacityComputed computed;
            computed.inputs = inputs;
            if (!computed.inputs) {
                // The worker reads the CRM's curves, end dates and owners on its own read-only
                // connection: SQLite connections belong to their thread.
                auto database = Database::open(location, Database::OpenMode::ReadOnly);
                if (!database) {
                    computed.error = database.error().toString();
                    return computed;
                }
                auto loaded = CapacityInputs::load(**database);
                if (!loaded) {
                    computed.error = loaded.error().toString();
                    return computed;
                }
                computed.inputs = std::make_shared<const CapacityInputs>(std::move(loaded.value()));
            }
            computed.report = CapacityReport::build(*engine, query, *computed.inputs, sets);
            computed.balance =
                TerritoryBalance::build(engine->dataset(), *computed.inputs, query.period, query.scope, query.asOf);
            return computed;
        },
        [this, generation, names](const std::shared_ptr<CapacityComputed> &computed) {
            if (generation != m_generation)
                return;
            m_computing = false;
            m_error = computed->error;
            if (!m_error.isEmpty()) {
                clearResults();
                emit capacityChanged();
                return;
            }
            m_inputs = computed->inputs;
            m_report = std::move(computed->report);
            m_balance = std::move(computed->balance);
            m_planNames = names;
            const QString currency = m_workspace->reportingCurrency();
            m_monthModel->setPlans(m_report->plans, currency);
            fillCurrentPlan();
            m_coverageModel->setCoverage(m_report->coverage, currency);
            m_mixModel->setMix(m_report->mix.scope.mix, currency);
            m_balanceModel->setBalance(m_balance, currency);
            m_apartModel->setAccounts(m_balance, m_workspace->dataset(), currency);
            m_rampModel->setAttainment(m_report->ramp, currency);
            emit capacityChanged();
        });
}

void CapacitySession::fillCurrentPlan()
{
    if (const CapacityPlan *plan = currentPlan())
        m_repModel->setPlan(*plan, m_workspace->reportingCurrency());
    else
        m_repModel->clear();
}

void CapacitySession::reloadSets()
{
    m_sets.clear();
    if (Database *database = m_workspace->database()) {
        auto sets = AssumptionSetStore(*database, m_workspace->author()).sets();
        if (sets)
            m_sets = std::move(sets.value());
        else
            emit failed(tr("The assumption sets could not be read. %1").arg(sets.error().toString()));
    }
    if (!currentAssumptions())
        m_current.clear();
    fillSetModels();
    emit setsChanged();
}

void CapacitySession::fillSetModels()
{
    const CapacityAssumptions *set = currentAssumptions();
    QHash<QString, QString> names;
    if (const Dataset *dataset = m_workspace->dataset())
        for (const DatasetRep &rep : dataset->reps())
            names.insert(rep.rep.id, rep.rep.name);
    const bool editable = set && canEdit();
    // The editor lists the hires the scope's plan counts; a row maps back to the set's hire.
    std::vector<CapacityAssumptions::Hire> hires;
    m_hireRows.clear();
    if (set)
        for (size_t i = 0; i < set->hires.size(); ++i)
            if (const Dataset *dataset = m_workspace->dataset();
                dataset && CapacityPlan::hireInScope(set->hires[i], *dataset, m_workspace->query().scope)) {
                hires.push_back(set->hires[i]);
                m_hireRows.push_back(i);
            }
    m_hireModel->setHires(hires, m_workspace->reportingCurrency(), editable);
    m_leaverModel->setLeavers(set ? set->leavers : std::vector<CapacityAssumptions::Leaver>(), names, editable);
}

bool CapacitySession::replaceSet(const QString &from, const std::optional<CapacityAssumptions> &to)
{
    Database *database = m_workspace->database();
    if (!database || !canEdit()) {
        emit failed(tr("The assumption set was not saved: this database is open read-only."));
        return false;
    }
    AssumptionSetStore store(*database, m_workspace->author());
    if (!to) {
        if (const Status removed = store.remove(from); !removed) {
            emit failed(removed.error().toString());
            return false;
        }
        if (m_current == from)
            m_current.clear();
    } else {
        int version = 0;
        for (const AssumptionSetStore::Stored &stored : m_sets)
            if (stored.set.name == from)
                version = stored.version;
        const auto saved = store.save(*to, version, from.isEmpty() || from == to->name ? QString() : from);
        if (!saved) {
            emit failed(saved.error().toString());
            reloadSets();
            return false;
        }
        // The set an edit (or its undo) changed is the one shown.
        m_current = to->name;
    }
    reloadSets();
    markStale();
    recompute();
    return true;
}

void CapacitySession::edit(const CapacityAssumptions &after, const QString &text)
{
    const CapacityAssumptions *before = currentAssumptions();
    if (!before || !canEdit() || *before == after)
        return;
    m_undo->push(new AssumptionSetCommand(this, *before, after, text));
}

void CapacitySession::createSet()
{
    if (!canEdit())
        return;
    const QStringList taken = setNames();
    CapacityAssumptions set;
    for (char letter = 'A'; letter <= 'Z' && set.name.isEmpty(); ++letter)
        if (!taken.contains(QString(QLatin1Char(letter))))
            set.name = QString(QLatin1Char(letter));
    for (int n = 27; set.name.isEmpty(); ++n)
        if (!taken.contains(tr("Set %1").arg(n)))
            set.name = tr("Set %1").arg(n);
    m_undo->push(new AssumptionSetCommand(this, std::nullopt, set, tr("new assumption set %1").arg(set.name)));
}

void CapacitySession::removeCurrentSet()
{
    const CapacityAssumptions *set = currentAssumptions();
    if (!set || !canEdit())
        return;
    const CapacityAssumptions before = *set;
    m_undo->push(new AssumptionSetCommand(this, before, std::nullopt, tr("delete assumption set %1").arg(before.name)));
}

void CapacitySession::renameCurrentSet(const QString &name)
{
    const CapacityAssumptions *set = currentAssumptions();
    const QString trimmed = name.trimmed();
    if (!set || trimmed.isEmpty() || trimmed == set->name)
        return;
    if (setNames().contains(trimmed)) {
        emit failed(tr("An assumption set named \"%1\" exists already.").arg(trimmed));
        emit setsChanged(); // the editor shows the stored name again
        return;
    }
    CapacityAssumptions after = *set;
    after.name = trimmed;
    edit(after, tr("rename %1 to %2").arg(set->name, trimmed));
}

void CapacitySession::setAttainmentFactor(double factor)
{
    const CapacityAssumptions *set = currentAssumptions();
    if (!set)
        return;
    CapacityAssumptions after = *set;
    after.attainmentFactor = factor;
    edit(after, tr("attainment factor of %1").arg(set->name));
}

void CapacitySession::setCurves(CapacityAssumptions::Curves curves)
{
    const CapacityAssumptions *set = currentAssumptions();
    if (!set)
        return;
    CapacityAssumptions after = *set;
    after.curves = curves;
    edit(after, tr("ramp curves of %1").arg(set->name));
}

void CapacitySession::setDistrictTarget(std::optional<Cents> target)
{
    const CapacityAssumptions *set = currentAssumptions();
    if (!set)
        return;
    CapacityAssumptions after = *set;
    after.districtTarget = target;
    edit(after, tr("district target of %1").arg(set->name));
}

void CapacitySession::addHire()
{
    const CapacityAssumptions *set = currentAssumptions();
    if (!set)
        return;
    CapacityAssumptions after = *set;
    CapacityAssumptions::Hire hire;
    hire.name = tr("Hire %1").arg(after.hires.size() + 1);
    // The role most reps of the scope hold; the first day of the month after the as-of.
    QHash<QString, int> roles;
    if (const Dataset *dataset = m_workspace->dataset())
        for (const qint32 r : dataset->repsInScope(m_workspace->query().scope))
            ++roles[dataset->reps()[size_t(r)].rep.role];
    int most = 0;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        if (it.value() > most || (it.value() == most && it.key() < hire.role)) {
            most = it.value();
            hire.role = it.key();
        }
    const QDate asOf = m_workspace->asOf().isValid() ? m_workspace->asOf() : QDate::currentDate();
    hire.start = QDate(asOf.year(), asOf.month(), 1).addMonths(1);
    // The hire belongs to the scope it is added in (its district, or the region).
    if (const Dataset *dataset = m_workspace->dataset())
        CapacityPlan::placeHire(hire, *dataset, m_workspace->query().scope);
    after.hires.push_back(hire);
    edit(after, tr("hire added to %1").arg(set->name));
}

void CapacitySession::removeHire(int row)
{
    const CapacityAssumptions *set = currentAssumptions();
    if (!set || row < 0 || size_t(row) >= m_hireRows.size() || m_hireRows[size_t(row)] >= set->hires.size())
        return;
    CapacityAssumptions after = *set;
    after.hires.erase(after.hires.begin() + qsizetype(m_hireRows[size_t(row)]));
    edit(after, tr("hire removed from %1").arg(set->name));
}

void CapacitySession::addLeaver(const QString &repId, const QDate &lastDay)
{
    const CapacityAssumptions *set = currentAssumptions();
    if (!set || repId.isEmpty() || !lastDay.isValid())
        return;
    CapacityAssumptions after = *set;
    auto existing = std::find_if(after.leavers.begin(), after.leavers.end(),
                                 [&](const CapacityAssumptions::Leaver &leaver) { return leaver.repId == repId; });
    if (existing != after.leavers.end())
        existing->lastDay = lastDay;
    else
        after.leavers.push_back({repId, lastDay});
    edit(after, tr("leaver added to %1").arg(set->name));
}

void CapacitySession::removeLeaver(int row)
{
    const CapacityAssumptions *set = currentAssumptions();
    if (!set || row < 0 || size_t(row) >= set->leavers.size())
        return;
    CapacityAssumptions after = *set;
    after.leavers.erase(after.leavers.begin() + row);
    edit(after, tr("leaver removed from %1").arg(set->name));
}

} // namespace dmc::ui
