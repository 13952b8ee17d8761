#pragma once

#include "analytics/coaching/CoachingPackData.h"
#include "analytics/engine/Query.h"
#include "analytics/numbers/FollowUpDue.h"
#include "domain/Error.h"
#include "store/AuditEntry.h"
#include "store/DmAction.h"
#include "store/FollowUp.h"
#include "store/InsightMark.h"
#include "workspace/DealAction.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace dmc {

class ActionStore;
class Database;
class Dataset;

// The DM's own data beside the CRM data, for the window and the commands alike: statuses,
// snoozes, notes and follow-ups on hits, belief ratings and coaching notes, with the stored
// version of each row so a write never overwrites another writer's (ActionStore's optimistic
// versions). Every edit from a view goes through here; views never compute an action's key.
class DmActions : public QObject
{
    Q_OBJECT

public:
    explicit DmActions(QObject *parent = nullptr);
    ~DmActions() override;

    // Reads and writes through `database` (owned by the caller, nullptr: none) as `author`.
    // Forgets everything read from the previous database; reload() reads the hits' actions.
    void attach(Database *database, const QString &author);
    bool isAttached() const { return m_store != nullptr; }
    // The data new follow-ups are filed against (their rep and owner) and the as-of week they
    // are created in and coaching notes belong to.
    void setDataset(std::shared_ptr<const Dataset> dataset) { m_dataset = std::move(dataset); }
    void setAsOf(QDate asOf) { m_asOf = asOf; }

    // One hit's key: the opportunity id and the rule id ("" = about the deal).
    static QString key(const QString &opportunityId, const QString &ruleId);

    // --- statuses, notes and follow-ups on hits, by key()
    void reload();
    const QHash<QString, DealAction> &actions() const { return m_actions; }
    DealAction action(const QString &opportunityId, const QString &ruleId) const;
    // Stores a status / note / snooze / follow-up at once; actionSaved() follows (after failed()
    // on a refused write, with what is stored now), then snoozesChanged() or followUpsChanged()
    // when the hits or the follow-ups due read differently.
    void saveAction(const QString &opportunityId, const QString &ruleId, const DealAction &action);
    // Every stored status, snooze and note on hits and deals, read from the database (none when detached): the
    // one read of them for the agenda, in the window and the agenda command alike.
    Result<std::vector<DmAction>> hitActions() const;
    // Open follow-ups of the query's reps due by the end of its as-of week.
    Result<std::vector<FollowUpDue>> followUpsDue(const Dataset &dataset, const Query &query) const;
    // The DM's marks on insights: seen, or dismissed with the numbers of the time (none when
    // detached). The one read of them for the Insights dock, the agenda and the pack.
    Result<std::vector<InsightMark>> insightMarks() const;
    // Marks an insight on the version stored now, as an edit of the window (its undo step comes
    // with written()); the refusal comes back (a conflict names the other writer).
    Result<InsightMark> saveInsightMark(const InsightMark &mark);

    // --- coaching pack
    // The stored ratings of the rep's deals and the rep's note for the as-of week (read once per
    // rep and week, ratings once per deal); the caller adds the follow-ups.
    CoachingPackData::Input packInput(const QString &repId);
    // Everything the pack needs read at once from the store, the insight marks too (the commands).
    Result<CoachingPackData::Input> readPackInput(const Dataset &dataset, const Query &query,
                                                  const QString &repId) const;
    QString coachingNote(const QString &repId) const;
    // `belief`: a default belief's key (CoachingPackData::Belief::stored()), else the wording.
    // False (after failed()) when the store refused it; packInputChanged() then follows.
    bool saveBeliefRating(const QString &opportunityId, int position, const QString &belief, const QString &rating);
    bool saveCoachingNote(const QString &repId, const QString &text);

    // --- the audit trail (store/AuditTrail, AuditRevert)
    // Reverts entry `entryId` (a new entry by this author, linked to it) and reads the DM's data
    // again, emitting what changed; the refusal (a conflict names the other writer) comes back
    // and is not emitted as failed().
    Result<AuditEntry> revert(qint64 entryId);

signals:
    // The window's own writes, one signal per edit: the audit entries it logged (oldest first)
    // and what it was ("note on Brio platform"); the undo stack records them. Not emitted for
    // a revert.
    void written(const QList<qint64> &entryIds, const QString &text);
    // Anything was written or reverted: the History dock reads the trail again.
    void trailChanged();
    void actionSaved(const QString &opportunityId, const QString &ruleId, const dmc::DealAction &action);
    void snoozesChanged();
    void followUpsChanged();
    // A rating or note write was refused: the pack shows what is stored after it is rebuilt.
    void packInputChanged();
    // An insight mark was saved or refused, or a revert may have changed one.
    void insightMarksChanged();
    void failed(const QString &message);

private:
    Status store(const QString &key, const QString &opportunityId, const QString &ruleId, const DealAction &before,
                 DealAction &action);
    DealAction storedAction(const QString &opportunityId, const QString &ruleId);
    QString noteKey(const QString &repId) const;
    QString writeError(const Error &error) const;
    // The newest history row before a write, and the signals for what the write logged after it.
    qint64 trailMark() const;
    void announceWrite(qint64 mark);

    Database *m_database = nullptr;
    QString m_author;
    std::unique_ptr<ActionStore> m_store;
    std::shared_ptr<const Dataset> m_dataset;
    QDate m_asOf;
    QHash<QString, DealAction> m_actions;
    QHash<QString, int> m_actionVersions;                                  // by key(): the stored dm_action version
    QHash<QString, FollowUp> m_followUpRows;                               // by key(): the hit's stored open follow-up
    QHash<QString, std::vector<CoachingPackData::StoredRating>> m_ratings; // by opportunity id
    QHash<QString, int> m_ratingVersions;                                  // by "opportunity\nposition"
    QHash<QString, QString> m_notes;                                       // by noteKey()
    QHash<QString, int> m_noteVersions;                                    // by noteKey(); absent: not read
};

} // namespace dmc
