// The audit trail over the small fixture (tests/fixtures/small: r1 Alice Archer and r2 Bob Baker
// in East, r3 Carol Chen in West; D04 "Brio platform" is r1's, D10 "Cobalt security" r3's):
// listing and filters, reverts (a conflict, a revert of a revert), orphans and the demo's --force.
#include "demo/DemoDatabase.h"
#include "demo/DemoOptions.h"
#include "fixtures/SmallDatabase.h"
#include "store/ActionStore.h"
#include "store/AssumptionSetStore.h"
#include "store/AuditRevert.h"
#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/InsightMarkStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {
const QString brio = QStringLiteral("D04");     // r1 Alice Archer, East
const QString security = QStringLiteral("D10"); // r3 Carol Chen, West

int count(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

QStringList ids(const std::vector<AuditEntry> &entries)
{
    QStringList list;
    for (const AuditEntry &entry : entries)
        list << (entry.kind == AuditKind::Import ? QStringLiteral("import") : QString::number(entry.id));
    return list;
}
} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    // The entries written by init(), oldest first.
    qint64 m_noted = 0, m_snoozed = 0, m_renoted = 0, m_coached = 0, m_orphan = 0;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("trail-%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(test::importSmallFixture(path), QString());
        auto db = Database::open(path);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        ActionStore ann(*m_db, QStringLiteral("ann"));
        ActionStore bob(*m_db, QStringLiteral("bob"));
        AuditTrail trail(*m_db);
        const auto last = [&] { return trail.entriesAfter(0, {})->back().id; };
        QVERIFY(ann.setNote(brio, {}, QStringLiteral("Waiting on legal"), 0).ok());
        m_noted = last();
        QVERIFY(bob.snooze(security, {}, QDate(2026, 4, 20), QStringLiteral("Budget"), 0).ok());
        m_snoozed = last();
        QVERIFY(ann.setNote(brio, {}, QStringLiteral("Legal signed"), 1).ok());
        m_renoted = last();
        QVERIFY(
            ann.saveCoachingNote({QStringLiteral("r2"), QDate(2026, 3, 23), QStringLiteral("Pipeline review")}, 0).ok());
        m_coached = last();
        QVERIFY(ann.setNote(QStringLiteral("D99"), {}, QStringLiteral("A deal since gone"), 0).ok());
        m_orphan = last();
    }
    void cleanup() { m_db.reset(); }

    void entriesGroupOneWriteEach()
    {
        auto listing = AuditTrail(*m_db).list({});
        QVERIFY(listing.ok());
        // Four DM writes in the data plus the fixture's import, newest first; D99 apart.
        QCOMPARE(ids(listing->entries),
                 (QStringList{QString::number(m_coached), QString::number(m_renoted), QString::number(m_snoozed),
                              QString::number(m_noted), QStringLiteral("import")}));
        QCOMPARE(ids(listing->orphans), QStringList{QString::number(m_orphan)});

        const AuditEntry &noted = listing->entries.at(3);
        QCOMPARE(noted.kind, AuditKind::Action);
        QCOMPARE(noted.author, QStringLiteral("ann"));
        QCOMPARE(noted.opportunityName, QStringLiteral("Brio platform"));
        QCOMPARE(noted.repId, QStringLiteral("r1"));
        QCOMPARE(noted.repName, QStringLiteral("Alice Archer"));
        // A new row logs its status and the note in one write.
        QCOMPARE(noted.changes,
                 (std::vector<AuditChange>{{QStringLiteral("status"), {}, QStringLiteral("open")},
                                           {QStringLiteral("note"), {}, QStringLiteral("Waiting on legal")}}));
        const AuditEntry &snoozed = listing->entries.at(2);
        QCOMPARE(snoozed.changes.size(), size_t(3)); // status, until, reason
        QCOMPARE(snoozed.change(QStringLiteral("snooze_until"))->newValue, QStringLiteral("2026-04-20"));
        QCOMPARE(snoozed.repName, QStringLiteral("Carol Chen"));
        const AuditEntry &coached = listing->entries.at(0);
        QCOMPARE(coached.kind, AuditKind::CoachingNote);
        QCOMPARE(coached.repName, QStringLiteral("Bob Baker"));
        QCOMPARE(coached.weekStart, QDate(2026, 3, 23));
        const AuditEntry &import = listing->entries.at(4);
        QCOMPARE(import.kind, AuditKind::Import);
        QVERIFY(!import.isRevertible());
        QCOMPARE(import.subject, QStringLiteral("canonical"));
        QVERIFY(listing->orphans.front().orphan);
        QCOMPARE(listing->orphans.front().opportunityName, QString());
    }

    void filters()
    {
        AuditTrail trail(*m_db);
        AuditTrail::Filter east;
        east.repIds = {QStringLiteral("r1"), QStringLiteral("r2")};
        // Bob's snooze is on r3's deal (West): out; the import is about no rep: in.
        QCOMPARE(ids(trail.list(east)->entries),
                 (QStringList{QString::number(m_coached), QString::number(m_renoted), QString::number(m_noted),
                              QStringLiteral("import")}));
        QCOMPARE(trail.list(east)->orphans.size(), size_t(1));

        AuditTrail::Filter bob;
        bob.author = QStringLiteral("bob");
        QCOMPARE(ids(trail.list(bob)->entries), QStringList{QString::number(m_snoozed)});
        QCOMPARE(trail.list(bob)->orphans.size(), size_t(0));

        AuditTrail::Filter coaching;
        coaching.kind = AuditKind::CoachingNote;
        QCOMPARE(ids(trail.list(coaching)->entries), QStringList{QString::number(m_coached)});

        // "legal" is in the first note and in the old value of the second, in any case.
        AuditTrail::Filter legal;
        legal.text = QStringLiteral("LEGAL");
        QCOMPARE(ids(trail.list(legal)->entries), (QStringList{QString::number(m_renoted), QString::number(m_noted)}));

        const QDate today = QDateTime::currentDateTimeUtc().date();
        AuditTrail::Filter tomorrow;
        tomorrow.since = today.addDays(1);
        QCOMPARE(trail.list(tomorrow)->entries.size(), size_t(0));
        AuditTrail::Filter yesterday;
        yesterday.until = today.addDays(-1);
        QCOMPARE(trail.list(yesterday)->entries.size(), size_t(0));
        AuditTrail::Filter todayOnly;
        todayOnly.since = today;
        todayOnly.until = today;
        QCOMPARE(trail.list(todayOnly)->entries.size(), size_t(5));
    }

    void revertWritesANewEntry()
    {
        const int rowsBefore = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM dm_action_history"));
        auto reverted = AuditRevert(*m_db, QStringLiteral("carl")).revert(m_renoted);
        QVERIFY2(reverted.ok(), qPrintable(reverted.ok() ? QString() : reverted.error().toString()));
        QCOMPARE(reverted->author, QStringLiteral("carl"));
        QCOMPARE(reverted->revertsId, m_renoted);
        QCOMPARE(reverted->changes,
                 (std::vector<AuditChange>{
                     {QStringLiteral("note"), QStringLiteral("Legal signed"), QStringLiteral("Waiting on legal")}}));
        // One row more; the two before it untouched.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM dm_action_history")), rowsBefore + 1);
        auto stored = ActionStore(*m_db, QStringLiteral("x")).action(brio, {});
        QCOMPARE((*stored)->note, QStringLiteral("Waiting on legal"));
        QCOMPARE((*stored)->version, 3); // 1 created, 2 renoted, 3 reverted

        // Reverting the revert puts the later note back, linked to the revert.
        auto again = AuditRevert(*m_db, QStringLiteral("ann")).revert(reverted->id);
        QVERIFY(again.ok());
        QCOMPARE(again->revertsId, reverted->id);
        QCOMPARE(again->changes.front().newValue, QStringLiteral("Legal signed"));
        QCOMPARE((*ActionStore(*m_db, QStringLiteral("x")).action(brio, {}))->note, QStringLiteral("Legal signed"));
        QCOMPARE((*ActionStore(*m_db, QStringLiteral("x")).action(brio, {}))->version, 4);
    }

    void revertOverANewerChangeIsAConflict()
    {
        // Bob writes after Ann's second note: reverting her note would overwrite his.
        QVERIFY(ActionStore(*m_db, QStringLiteral("bob")).setNote(brio, {}, QStringLiteral("Bob's word"), 2).ok());
        const int rowsBefore = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM dm_action_history"));
        auto refused = AuditRevert(*m_db, QStringLiteral("ann")).revert(m_renoted);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("bob")), qPrintable(refused.error().message));
        QCOMPARE(refused.error().current, QStringLiteral("Bob's word"));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM dm_action_history")), rowsBefore);
        QCOMPARE((*ActionStore(*m_db, QStringLiteral("x")).action(brio, {}))->note, QStringLiteral("Bob's word"));
    }

    void aWriteTimedBeforeAnEarlierOneIsStillTheNewest()
    {
        // Ann's clock was set back: her third note on Brio is logged at the time of her first.
        QVERIFY(ActionStore(*m_db, QStringLiteral("ann")).setNote(brio, {}, QStringLiteral("Signed twice"), 2).ok());
        AuditTrail trail(*m_db);
        const qint64 late = trail.entriesAfter(0, {})->back().id;
        QSqlQuery backdate(m_db->connection());
        QVERIFY(backdate.exec(QStringLiteral("UPDATE dm_action_history SET changed_at = "
                                             "(SELECT changed_at FROM dm_action_history WHERE id = %1) WHERE id = %2")
                                  .arg(m_noted)
                                  .arg(late)));
        // Listed in the order the database took the writes, not by time; the import stays last.
        auto listing = trail.list({});
        QCOMPARE(ids(listing->entries),
                 (QStringList{QString::number(late), QString::number(m_coached), QString::number(m_renoted),
                              QString::number(m_snoozed), QString::number(m_noted), QStringLiteral("import")}));
        // The newest entry listed is the one a revert takes.
        auto reverted = AuditRevert(*m_db, QStringLiteral("ann")).revert(listing->entries.front());
        QVERIFY2(reverted.ok(), qPrintable(reverted.ok() ? QString() : reverted.error().toString()));
        QCOMPARE((*ActionStore(*m_db, QStringLiteral("x")).action(brio, {}))->note, QStringLiteral("Legal signed"));
    }

    void revertOfASnoozeAndOfACoachingNote()
    {
        auto unsnoozed = AuditRevert(*m_db, QStringLiteral("ann")).revert(m_snoozed);
        QVERIFY2(unsnoozed.ok(), qPrintable(unsnoozed.ok() ? QString() : unsnoozed.error().toString()));
        // The row was new: its status goes back to open, the snooze's date and reason to none.
        auto row = ActionStore(*m_db, QStringLiteral("x")).action(security, {});
        QCOMPARE((*row)->status, DmActionStatus::Open);
        QVERIFY(!(*row)->snoozeUntil.isValid());
        QCOMPARE((*row)->snoozeReason, QString());
        QCOMPARE(unsnoozed->changes.size(), size_t(3));

        QVERIFY(AuditRevert(*m_db, QStringLiteral("ann")).revert(m_coached).ok());
        auto note = ActionStore(*m_db, QStringLiteral("x")).coachingNote(QStringLiteral("r2"), QDate(2026, 3, 23));
        QCOMPARE((*note)->note, QString());
        QCOMPARE((*note)->version, 2);
    }

    void importsAndUnknownIdsAreNotReverted()
    {
        auto listing = AuditTrail(*m_db).list({});
        const AuditEntry import = listing->entries.back();
        auto refused = AuditRevert(*m_db, QStringLiteral("ann")).revert(import);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        auto unknown = AuditRevert(*m_db, QStringLiteral("ann")).revert(qint64(9999));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::BadInput);
    }

    void orphansSurviveAnImport()
    {
        // The same fixture imported again (a normal import) keeps every DM row, D99's too.
        const int actions = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM dm_action"));
        QCOMPARE(actions, 3);
        const QString path = m_db->location();
        m_db.reset();
        QCOMPARE(test::importSmallFixture(path), QString());
        m_db = std::move(Database::open(path).value());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM dm_action")), actions);
        QCOMPARE(ids(AuditTrail(*m_db).list({})->orphans), QStringList{QString::number(m_orphan)});
        // An orphan is still reverted like any entry: its note goes back to none.
        QVERIFY(AuditRevert(*m_db, QStringLiteral("ann")).revert(m_orphan).ok());
        QCOMPARE((*ActionStore(*m_db, QStringLiteral("x")).action(QStringLiteral("D99"), {}))->note, QString());
    }

    // A belief's first rating is undone by taking it off the deal's stack, and that removal by putting it back; each
    // a new entry. D04's second belief, rated "proven" by Ann.
    void firstBeliefRatingIsReverted()
    {
        ActionStore ann(*m_db, QStringLiteral("ann"));
        BeliefRating rating;
        rating.opportunityId = brio;
        rating.position = 2;
        rating.belief = QStringLiteral("Legal signs before quarter end");
        rating.rating = BeliefLevel::Proven;
        QVERIFY(ann.saveBelief(rating, 0).ok());
        AuditTrail::Filter filter;
        filter.kind = AuditKind::Belief;
        const qint64 rated = AuditTrail(*m_db).list(filter)->entries.front().id;

        auto removed = AuditRevert(*m_db, QStringLiteral("ann")).revert(rated);
        QVERIFY2(removed.ok(), qPrintable(removed ? QString() : removed.error().toString()));
        QVERIFY(ann.beliefs(brio)->empty());
        QCOMPARE(removed->revertsId, rated);
        QCOMPARE(removed->changes,
                 (std::vector<AuditChange>{{QStringLiteral("belief"), QStringLiteral("Legal signs before quarter end"),
                                            QString()},
                                           {QStringLiteral("rating"), QStringLiteral("proven"), QString()}}));
        QCOMPARE(removed->opportunityId, brio);
        QCOMPARE(removed->position, 2);

        // Reverting the removal puts the belief back, as a first rating again (version 1).
        auto restored = AuditRevert(*m_db, QStringLiteral("ann")).revert(removed->id);
        QVERIFY2(restored.ok(), qPrintable(restored ? QString() : restored.error().toString()));
        const auto stack = ann.beliefs(brio);
        QCOMPARE(stack->size(), size_t(1));
        QCOMPARE(stack->front().belief, QStringLiteral("Legal signs before quarter end"));
        QCOMPARE(stack->front().rating, BeliefLevel::Proven);
        QCOMPARE(stack->front().version, 1);
        // The first rating again: undone once more, it goes; the removal, stale now, is a conflict.
        QVERIFY(AuditRevert(*m_db, QStringLiteral("ann")).revert(restored->id).ok());
        QVERIFY(ann.beliefs(brio)->empty());
        QVERIFY(AuditRevert(*m_db, QStringLiteral("ann")).revert(restored->id).error().kind == Error::Kind::Conflict);
    }

    // An insight's first mark is undone by clearing it: the insight reads as unmarked again (marks() leaves the row
    // out), the row stays so the trail still names the insight, and reverting that puts the mark back.
    void firstInsightMarkIsCleared()
    {
        InsightMarkStore marks(*m_db, QStringLiteral("ann"));
        InsightMark mark;
        mark.key = QStringLiteral("stage_duration|r1|Proposal");
        mark.ruleId = QStringLiteral("stage_duration");
        mark.repId = QStringLiteral("r1");
        mark.status = InsightMarkStatus::Dismissed;
        mark.note = QStringLiteral("Known: legal review");
        mark.asOf = QDate(2026, 3, 23);
        QVERIFY(marks.save(mark, 0).ok());
        AuditTrail::Filter filter;
        filter.kind = AuditKind::InsightMark;
        const qint64 dismissed = AuditTrail(*m_db).list(filter)->entries.front().id;

        auto cleared = AuditRevert(*m_db, QStringLiteral("ann")).revert(dismissed);
        QVERIFY2(cleared.ok(), qPrintable(cleared ? QString() : cleared.error().toString()));
        QVERIFY(marks.marks()->empty());
        QCOMPARE((*marks.mark(mark.key))->status, InsightMarkStatus::Cleared);
        QCOMPARE(cleared->subject, mark.key);
        QCOMPARE(cleared->change(QStringLiteral("status"))->oldValue, QStringLiteral("dismissed"));
        QCOMPARE(cleared->change(QStringLiteral("status"))->newValue, QStringLiteral("cleared"));
        QCOMPARE(cleared->change(QStringLiteral("note"))->newValue, QString());

        QVERIFY(AuditRevert(*m_db, QStringLiteral("ann")).revert(cleared->id).ok());
        const auto back = marks.marks();
        QCOMPARE(back->size(), size_t(1));
        QCOMPARE(back->front().status, InsightMarkStatus::Dismissed);
        QCOMPARE(back->front().note, QStringLiteral("Known: legal review"));
        QCOMPARE(back->front().version, 3);
    }

    void assumptionSetsAreLoggedAndReverted()
    {
        AssumptionSetStore sets(*m_db, QStringLiteral("ann"));
        CapacityAssumptions set;
        set.name = QStringLiteral("Plan B");
        set.attainmentFactor = 0.9;
        auto saved = sets.save(set, 0);
        QVERIFY(saved.ok());
        set.attainmentFactor = 0.8;
        QVERIFY(sets.save(set, 1).ok());
        AuditTrail::Filter filter;
        filter.kind = AuditKind::AssumptionSet;
        auto listing = AuditTrail(*m_db).list(filter);
        QCOMPARE(listing->entries.size(), size_t(2));
        const AuditEntry changed = listing->entries.front();
        QCOMPARE(changed.subject, QStringLiteral("Plan B"));
        QCOMPARE(changed.changes,
                 (std::vector<AuditChange>{
                     {QStringLiteral("attainment_factor"), QStringLiteral("0.9"), QStringLiteral("0.8")}}));
        QVERIFY(AuditRevert(*m_db, QStringLiteral("ann")).revert(changed.id).ok());
        QCOMPARE(sets.sets()->front().set.attainmentFactor, 0.9);
        // A removal is logged with the last values, and its revert puts the set back.
        QVERIFY(sets.remove(QStringLiteral("Plan B")).ok());
        listing = AuditTrail(*m_db).list(filter);
        QCOMPARE(listing->entries.size(), size_t(4));
        QCOMPARE(listing->entries.front().change(QStringLiteral("name"))->newValue, QString());
        QVERIFY(AuditRevert(*m_db, QStringLiteral("ann")).revert(listing->entries.front().id).ok());
        QCOMPARE(sets.sets()->size(), size_t(1));
        QCOMPARE(sets.sets()->front().set.attainmentFactor, 0.9);
    }

    void demoForceStartsClean()
    {
        DemoOptions options;
        options.deals = 60;
        options.weeks = 4;
        // The small fixture's data is CRM data: replacing it needs --force, which empties the DM's
        // tables too (five dm_action_history rows and more above).
        QVERIFY(!DemoDatabase::create(*m_db, options, false).ok());
        QVERIFY(DemoDatabase::create(*m_db, options, true).ok());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM dm_action")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM coaching_note")), 0);
        // What is left in the trail is the demo's own two assumption sets, created just now.
        QCOMPARE(count(*m_db,
                       QStringLiteral("SELECT COUNT(*) FROM dm_action_history "
                                      "WHERE field NOT LIKE 'capacity_assumption_set.%'")),
                 0);
        auto listing = AuditTrail(*m_db).list({});
        QCOMPARE(listing->orphans.size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
