#include "DmActions.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/engine/DmInputs.h"
#include "domain/FiscalCalendar.h"
#include "store/ActionStore.h"
#include "store/AuditRevert.h"
#include "store/AuditTrail.h"
#include "workspace/AuditWording.h"
#include "store/InsightMarkStore.h"

namespace dmc {

namespace {

DmActionStatus storeStatus(DealAction::Status status)
{
    switch (status) {
    case DealAction::Status::Open: return DmActionStatus::Open;
    case DealAction::Status::Reviewed: return DmActionStatus::Reviewed;
    case DealAction::Status::Snoozed: return DmActionStatus::Snoozed;
    }
    return DmActionStatus::Open;
}

DealAction::Status actionStatus(DmActionStatus status)
{
    switch (status) {
    case DmActionStatus::Open: return DealAction::Status::Open;
    case DmActionStatus::Reviewed: return DealAction::Status::Reviewed;
    case DmActionStatus::Snoozed: return DealAction::Status::Snoozed;
    }
    return DealAction::Status::Open;
}

void copyStored(const DmAction &stored, DealAction &action)
{
    action.status = actionStatus(stored.status);
    action.note = stored.note;
    action.snoozeUntil = stored.snoozeUntil;
    action.snoozeReason = stored.snoozeReason;
}

QString ratingKey(const QString &opportunityId, int position)
{
    return opportunityId + QLatin1Char('\n') + QString::number(position);
}

} // namespace

DmActions::DmActions(QObject *parent)
    : QObject(parent)
{
}

DmActions::~DmActions() = default;

void DmActions::attach(Database *database, const QString &author)
{
    m_database = database;
    m_author = author;
    m_store = database ? std::make_unique<ActionStore>(*database, author) : nullptr;
    // The DM's data of the previous database must not leak into this one.
    m_actions.clear();
    m_actionVersions.clear();
    m_followUpRows.clear();
    m_ratings.clear();
    m_ratingVersions.clear();
    m_notes.clear();
    m_noteVersions.clear();
}

QString DmActions::key(const QString &opportunityId, const QString &ruleId)
{
    return opportunityId + QLatin1Char('\n') + ruleId;
}

DealAction DmActions::action(const QString &opportunityId, const QString &ruleId) const
{
    return m_actions.value(key(opportunityId, ruleId));
}

void DmActions::reload()
{
    m_actions.clear();
    m_actionVersions.clear();
    m_followUpRows.clear();
    if (!m_store)
        return;
    auto actions = m_store->actions();
    if (!actions) {
        emit failed(tr("The DM's statuses and notes could not be read. %1").arg(actions.error().toString()));
        return;
    }
    for (const DmAction &stored : *actions) {
        const QString hit = key(stored.opportunityId, stored.ruleId);
        copyStored(stored, m_actions[hit]);
        m_actionVersions.insert(hit, stored.version);
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
        const QString hit = key(followUp.opportunityId, followUp.ruleId);
        if (m_followUpRows.contains(hit))
            continue;
        m_followUpRows.insert(hit, followUp);
        DealAction &action = m_actions[hit];
        action.followUpDue = followUp.dueDate;
        action.followUpText = followUp.text;
    }
}

void DmActions::saveAction(const QString &opportunityId, const QString &ruleId, const DealAction &action)
{
    const QString hit = key(opportunityId, ruleId);
    const DealAction before = m_actions.value(hit);
    DealAction saved = action;
    if (m_store) {
        const qint64 mark = trailMark();
        const Status stored = store(hit, opportunityId, ruleId, before, saved);
        if (!stored) {
            // The queue shows what the database holds now (another writer's change, or the old row).
            saved = storedAction(opportunityId, ruleId);
            emit failed(writeError(stored.error()));
        }
        announceWrite(mark); // a follow-up may be stored though the status was refused
    }
    const bool snoozeChanged =
        (before.status == DealAction::Status::Snoozed) != (saved.status == DealAction::Status::Snoozed)
        || before.snoozeUntil != saved.snoozeUntil;
    if (saved.isEmpty())
        m_actions.remove(hit);
    else
        m_actions.insert(hit, saved);
    emit actionSaved(opportunityId, ruleId, saved);
    if (before.followUpDue != saved.followUpDue || before.followUpText != saved.followUpText)
        emit followUpsChanged();
    if (snoozeChanged)
        emit snoozesChanged();
}

Status DmActions::store(const QString &hit, const QString &opportunityId, const QString &ruleId,
                        const DealAction &before, DealAction &action)
{
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
        auto saved = m_store->saveAction(row, m_actionVersions.value(hit, 0));
        if (!saved)
            return saved.error();
        m_actionVersions.insert(hit, saved->version);
    }

    if (before.followUpDue == action.followUpDue && before.followUpText == action.followUpText)
        return Done{};
    const auto existing = m_followUpRows.constFind(hit);
    if (existing != m_followUpRows.cend()) {
        FollowUp row = *existing;
        const bool cleared = !action.followUpDue.isValid() && action.followUpText.isEmpty();
        if (cleared)
            row.status = FollowUpStatus::Done; // the store keeps it, the queue no longer shows it
        else {
            row.dueDate = action.followUpDue;
            if (!action.followUpText.isEmpty())
                row.text = action.followUpText;
        }
        auto saved = m_store->saveFollowUp(row, row.version);
        if (!saved)
            return saved.error();
        if (cleared)
            m_followUpRows.remove(hit);
        else {
            m_followUpRows.insert(hit, *saved);
            action.followUpText = saved->text;
        }
        return Done{};
    }
    if (!action.followUpDue.isValid() && action.followUpText.isEmpty())
        return Done{};
    const Dataset *data = m_dataset.get();
    const int deal = data ? data->opportunityIndex(opportunityId) : -1;
    if (deal < 0)
        return Done{}; // no rep to file it under until the data is loaded
    FollowUp row;
    row.repId = data->opportunity(deal).ownerId;
    row.opportunityId = opportunityId;
    row.ruleId = ruleId;
    row.text = action.followUpText;
    if (row.text.isEmpty())
        row.text = action.note.isEmpty() ? tr("Follow-up on %1").arg(data->opportunity(deal).name) : action.note;
    row.owner = data->reps().at(size_t(data->opportunityOwner(deal))).rep.name;
    row.dueDate = action.followUpDue;
    row.createdWeek = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    auto added = m_store->addFollowUp(row);
    if (!added)
        return added.error();
    m_followUpRows.insert(hit, *added);
    action.followUpText = added->text;
    return Done{};
}

DealAction DmActions::storedAction(const QString &opportunityId, const QString &ruleId)
{
    const QString hit = key(opportunityId, ruleId);
    DealAction action;
    m_actionVersions.remove(hit);
    if (auto row = m_store->action(opportunityId, ruleId); row && row->has_value()) {
        copyStored(**row, action);
        m_actionVersions.insert(hit, (*row)->version);
    }
    const auto followUp = m_followUpRows.constFind(hit);
    if (followUp != m_followUpRows.cend()) {
        if (auto row = m_store->followUp(followUp->id);
            row && row->has_value() && (*row)->status == FollowUpStatus::Open) {
            m_followUpRows.insert(hit, **row);
            action.followUpDue = (*row)->dueDate;
            action.followUpText = (*row)->text;
        } else {
            m_followUpRows.remove(hit);
        }
    }
    return action;
}

Result<std::vector<FollowUpDue>> DmActions::followUpsDue(const Dataset &dataset, const Query &query) const
{
    if (!m_store)
        return std::vector<FollowUpDue>();
    return DmInputs::followUpsDue(*m_store, dataset, query);
}

Result<std::vector<DmAction>> DmActions::hitActions() const
{
    if (!m_store)
        return std::vector<DmAction>();
    return m_store->actions();
}

Result<CoachingPackData::Input> DmActions::readPackInput(const Dataset &dataset, const Query &query,
                                                         const QString &repId) const
{
    if (!m_store)
        return CoachingPackData::Input();
    auto input = DmInputs::packInput(*m_store, dataset, query, repId);
    if (!input)
        return input;
    auto marks = insightMarks();
    if (!marks)
        return marks.error();
    input->insightMarks = std::move(*marks);
    return input;
}

Result<std::vector<InsightMark>> DmActions::insightMarks() const
{
    if (!m_database)
        return std::vector<InsightMark>();
    return InsightMarkStore(*m_database, m_author).marks();
}

Result<InsightMark> DmActions::saveInsightMark(const InsightMark &mark)
{
    if (!m_database) {
        Error error;
        error.message = tr("No database is open.");
        return error;
    }
    InsightMarkStore store(*m_database, m_author);
    const auto current = store.mark(mark.key);
    if (!current)
        return current.error();
    const qint64 before = trailMark();
    auto saved = store.save(mark, current->has_value() ? (*current)->version : 0);
    announceWrite(before);
    emit insightMarksChanged();
    return saved;
}

QString DmActions::noteKey(const QString &repId) const
{
    return repId + QLatin1Char('\n') + FiscalCalendar::weekStart(m_asOf).toString(Qt::ISODate);
}

QString DmActions::coachingNote(const QString &repId) const
{
    return m_notes.value(noteKey(repId));
}

CoachingPackData::Input DmActions::packInput(const QString &repId)
{
    CoachingPackData::Input input;
    if (m_store && m_dataset && !repId.isEmpty()) {
        const QString note = noteKey(repId);
        if (!m_noteVersions.contains(note)) {
            auto stored = m_store->coachingNote(repId, FiscalCalendar::weekStart(m_asOf));
            if (stored) {
                m_noteVersions.insert(note, stored->has_value() ? (*stored)->version : 0);
                m_notes.insert(note, stored->has_value() ? (*stored)->note : QString());
            }
        }
        const Dataset &data = *m_dataset;
        const int rep = data.repIndex(repId);
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
    input.ratings = m_ratings;
    input.coachingNote = coachingNote(repId);
    return input;
}

bool DmActions::saveBeliefRating(const QString &opportunityId, int position, const QString &belief,
                                 const QString &rating)
{
    if (m_store) {
        const auto level = beliefLevelFromKey(rating);
        if (!level)
            return false;
        BeliefRating row;
        row.opportunityId = opportunityId;
        row.position = position;
        row.belief = belief;
        row.rating = *level;
        const qint64 mark = trailMark();
        auto saved = m_store->saveBelief(row, m_ratingVersions.value(ratingKey(opportunityId, position), 0));
        announceWrite(mark);
        if (!saved) {
            m_ratings.remove(opportunityId); // read again with the next pack
            emit failed(writeError(saved.error()));
            emit packInputChanged();
            return false;
        }
        m_ratingVersions.insert(ratingKey(opportunityId, position), saved->version);
    }
    std::vector<CoachingPackData::StoredRating> &ratings = m_ratings[opportunityId];
    auto it = std::find_if(ratings.begin(), ratings.end(),
                           [position](const CoachingPackData::StoredRating &r) { return r.position == position; });
    if (it == ratings.end()) {
        ratings.push_back({position, belief, rating});
    } else {
        it->belief = belief;
        it->rating = rating;
    }
    return true;
}

bool DmActions::saveCoachingNote(const QString &repId, const QString &text)
{
    if (repId.isEmpty())
        return false;
    const QString note = noteKey(repId);
    if (text == m_notes.value(note))
        return true;
    if (m_store) {
        CoachingNote row;
        row.repId = repId;
        row.weekStart = FiscalCalendar::weekStart(m_asOf);
        row.note = text;
        const qint64 mark = trailMark();
        auto saved = m_store->saveCoachingNote(row, m_noteVersions.value(note, 0));
        announceWrite(mark);
        if (!saved) {
            m_noteVersions.remove(note); // read again with the next pack
            m_notes.remove(note);
            emit failed(writeError(saved.error()));
            emit packInputChanged();
            return false;
        }
        m_noteVersions.insert(note, saved->version);
    }
    m_notes.insert(note, text);
    return true;
}

qint64 DmActions::trailMark() const
{
    if (!m_database)
        return 0;
    auto latest = AuditTrail(*m_database).latestHistoryId();
    return latest ? *latest : 0;
}

void DmActions::announceWrite(qint64 mark)
{
    if (!m_database)
        return;
    auto entries = AuditTrail(*m_database).entriesAfter(mark, m_author);
    if (!entries || entries->empty())
        return;
    QList<qint64> ids;
    for (const AuditEntry &entry : *entries)
        ids << entry.id;
    emit written(ids, AuditWording::undoText(entries->back()));
    emit trailChanged();
}

Result<AuditEntry> DmActions::revert(qint64 entryId)
{
    if (!m_database) {
        Error error;
        error.message = tr("No database is open.");
        return error;
    }
    auto reverted = AuditRevert(*m_database, m_author).revert(entryId);
    if (!reverted)
        return reverted;
    // Read everything again: the revert may have touched any hit, follow-up, rating or note.
    const QHash<QString, DealAction> before = m_actions;
    reload();
    m_ratings.clear();
    m_ratingVersions.clear();
    m_notes.clear();
    m_noteVersions.clear();
    bool snoozes = false;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const DealAction was = before.value(it.key());
        if (was == it.value())
            continue;
        const qsizetype split = it.key().indexOf(QLatin1Char('\n'));
        emit actionSaved(it.key().left(split), it.key().mid(split + 1), it.value());
        snoozes = snoozes || was.status != it->status || was.snoozeUntil != it->snoozeUntil;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (m_actions.contains(it.key()))
            continue;
        const qsizetype split = it.key().indexOf(QLatin1Char('\n'));
        emit actionSaved(it.key().left(split), it.key().mid(split + 1), DealAction{});
        snoozes = snoozes || it->status == DealAction::Status::Snoozed;
    }
    emit followUpsChanged();
    emit packInputChanged();
    if (snoozes)
        emit snoozesChanged();
    if (reverted->kind == AuditKind::InsightMark)
        emit insightMarksChanged();
    emit trailChanged();
    return reverted;
}

QString DmActions::writeError(const Error &error) const
{
    if (error.kind != Error::Kind::Conflict)
        return tr("Your change could not be saved. %1").arg(error.toString());
    if (error.current.isEmpty())
        return tr("Your change was not saved: %1. The view shows the stored version.").arg(error.message);
    return tr("Your change was not saved: %1. Their text: \"%2\". The view shows the stored version.")
        .arg(error.message, error.current);
}

} // namespace dmc
