#include "demo/DemoGenerator.h"
#include "store/ActionStore.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace dmc;

namespace {
const QString opp = QStringLiteral("OPP-000042");
const QString stale = QStringLiteral("stale_stage");

std::unique_ptr<Database> openDb(const QString &path)
{
    auto db = Database::open(path);
    return db ? std::move(db.value()) : nullptr;
}
} // namespace

class TestActionStore : public QObject
{
    Q_OBJECT

private slots:
    void statusRoundTripWithHistory()
    {
        QTemporaryDir dir;
        auto db = openDb(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db);
        ActionStore store(*db, QStringLiteral("dana"));

        auto none = store.action(opp, stale);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());

        auto reviewed = store.setStatus(opp, stale, DmActionStatus::Reviewed, 0);
        QVERIFY2(reviewed.ok(), qPrintable(reviewed.ok() ? QString() : reviewed.error().toString()));
        QCOMPARE(reviewed->version, 1);
        QCOMPARE(reviewed->status, DmActionStatus::Reviewed);
        QCOMPARE(reviewed->author, QStringLiteral("dana"));

        auto noted = store.setNote(opp, stale, QStringLiteral("Waiting on the CFO"), 1);
        QVERIFY(noted.ok());
        QCOMPARE(noted->version, 2);
        QCOMPARE(noted->status, DmActionStatus::Reviewed);

        auto snoozed = store.snooze(opp, stale, QDate(2026, 12, 21), QStringLiteral("Budget freeze until January"), 2);
        QVERIFY(snoozed.ok());
        QCOMPARE(snoozed->version, 3);
        QCOMPARE(snoozed->status, DmActionStatus::Snoozed);
        QCOMPARE(snoozed->snoozeUntil, QDate(2026, 12, 21));
        QCOMPARE(snoozed->note, QStringLiteral("Waiting on the CFO"));

        auto history = store.history(snoozed->id);
        QVERIFY(history.ok());
        // created (status), note, then status + until + reason of the snooze
        QCOMPARE(history->size(), size_t(5));
        QCOMPARE(history->at(0).field, QStringLiteral("status"));
        QCOMPARE(history->at(0).newValue, QStringLiteral("reviewed"));
        QCOMPARE(history->at(1).field, QStringLiteral("note"));
        QCOMPARE(history->at(1).oldValue, QString());
        QCOMPARE(history->at(1).newValue, QStringLiteral("Waiting on the CFO"));
        QCOMPARE(history->at(2).field, QStringLiteral("status"));
        QCOMPARE(history->at(2).oldValue, QStringLiteral("reviewed"));
        QCOMPARE(history->at(2).newValue, QStringLiteral("snoozed"));
        QCOMPARE(history->at(3).field, QStringLiteral("snooze_until"));
        QCOMPARE(history->at(3).newValue, QStringLiteral("2026-12-21"));
        QCOMPARE(history->at(4).newValue, QStringLiteral("Budget freeze until January"));
        for (const DmActionChange &change : *history)
            QCOMPARE(change.author, QStringLiteral("dana"));

        // Reopening clears the snooze and logs it.
        auto reopened = store.setStatus(opp, stale, DmActionStatus::Open, 3);
        QVERIFY(reopened.ok());
        QVERIFY(!reopened->snoozeUntil.isValid());
        QCOMPARE(store.history(reopened->id)->size(), size_t(8));

        auto snoozeWithoutDate = store.snooze(opp, stale, QDate(), QString(), 4);
        QVERIFY(!snoozeWithoutDate.ok());
        QCOMPARE(store.action(opp, stale)->value().version, 4);
    }

    void conflictCarriesTheOtherWritersText()
    {
        QTemporaryDir dir;
        auto db = openDb(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db);
        ActionStore dana(*db, QStringLiteral("dana"));
        ActionStore lee(*db, QStringLiteral("lee"));
        QVERIFY(dana.setNote(opp, QString(), QStringLiteral("first"), 0).ok());
        // Both read version 1; Lee saves first, Dana's write then conflicts.
        QVERIFY(lee.setNote(opp, QString(), QStringLiteral("Lee's note"), 1).ok());
        auto late = dana.setNote(opp, QString(), QStringLiteral("Dana's note"), 1);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().kind, Error::Kind::Conflict);
        QCOMPARE(late.error().current, QStringLiteral("Lee's note"));
        QVERIFY(late.error().message.contains(QStringLiteral("lee")));
        const auto stored = dana.action(opp, QString());
        QCOMPARE(stored->value().note, QStringLiteral("Lee's note"));
        QCOMPARE(stored->value().version, 2);
        // Creating a row that someone else created meanwhile is a conflict too.
        QCOMPARE(dana.setNote(opp, QString(), QStringLiteral("again"), 0).error().kind, Error::Kind::Conflict);
        // Nothing of the refused writes reached the history.
        QCOMPARE(dana.history(stored->value().id)->size(), size_t(3));
    }

    // Two windows (two connections, each on its own thread) writing notes to the same file at once: every write is
    // stored or refused as a conflict naming the other writer, never "database is locked". Each writer alternates
    // its own deal with a shared one, reading the version just before each write.
    void twoWritersAtOnceNeverFailOnTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.db"));
        QVERIFY(openDb(path));
        constexpr int Writes = 150;
        struct Outcome
        {
            int stored = 0;
            int conflicts = 0;
            QStringList errors;
        };
        Outcome outcomes[2];
        const QString writers[2] = {QStringLiteral("dana"), QStringLiteral("lee")};
        const auto write = [&](int w) {
            auto db = openDb(path);
            if (!db) {
                outcomes[w].errors << QStringLiteral("cannot open");
                return;
            }
            ActionStore store(*db, writers[w]);
            for (int i = 0; i < Writes; ++i) {
                const QString deal = i % 2 ? opp : QStringLiteral("OPP-00010%1").arg(w);
                const auto current = store.action(deal, QString());
                const int version = current && current->has_value() ? (*current)->version : 0;
                const auto saved =
                    store.setNote(deal, QString(), QStringLiteral("%1 %2").arg(writers[w]).arg(i), version);
                if (saved.ok())
                    ++outcomes[w].stored;
                else if (saved.error().kind == Error::Kind::Conflict && saved.error().message.contains(writers[1 - w]))
                    ++outcomes[w].conflicts;
                else
                    outcomes[w].errors << saved.error().toString();
            }
        };
        std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(write, 0)),
                                               std::unique_ptr<QThread>(QThread::create(write, 1))};
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(120000));
        for (const Outcome &outcome : outcomes) {
            QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.mid(0, 3).join(QLatin1Char('\n'))));
            QCOMPARE(outcome.stored + outcome.conflicts, Writes);
            QVERIFY(outcome.stored >= Writes / 2); // its own deal is never refused
        }
        // Every stored write is one version of its deal: own deals at 75 each, the shared one at the rest.
        auto db = openDb(path);
        ActionStore reader(*db, QStringLiteral("reader"));
        QCOMPARE(reader.action(QStringLiteral("OPP-000100"), QString())->value().version, Writes / 2);
        QCOMPARE(reader.action(QStringLiteral("OPP-000101"), QString())->value().version, Writes / 2);
        QCOMPARE(reader.action(opp, QString())->value().version, outcomes[0].stored + outcomes[1].stored - Writes);
    }

    void snoozesActiveAsOf()
    {
        QTemporaryDir dir;
        auto db = openDb(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db);
        ActionStore store(*db, QStringLiteral("dana"));
        QVERIFY(store.snooze(QStringLiteral("OPP-000001"), stale, QDate(2026, 12, 7), QStringLiteral("a"), 0).ok());
        QVERIFY(store
                    .snooze(QStringLiteral("OPP-000002"), QStringLiteral("past_close_date"), QDate(2026, 12, 31),
                            QStringLiteral("b"), 0)
                    .ok());
        QVERIFY(store.snooze(QStringLiteral("OPP-000003"), stale, QDate(2026, 11, 30), QStringLiteral("c"), 0).ok());
        QVERIFY(store.setStatus(QStringLiteral("OPP-000004"), stale, DmActionStatus::Reviewed, 0).ok());

        auto onDec7 = store.activeSnoozes(QDate(2026, 12, 7));
        QVERIFY(onDec7.ok());
        QCOMPARE(onDec7->size(), size_t(2)); // the until date is inclusive
        QCOMPARE(onDec7->at(0).opportunityId, QStringLiteral("OPP-000001"));
        QCOMPARE(onDec7->at(0).ruleId, stale);
        QCOMPARE(onDec7->at(0).until, QDate(2026, 12, 7));
        QCOMPARE(onDec7->at(0).reason, QStringLiteral("a"));
        QCOMPARE(onDec7->at(1).opportunityId, QStringLiteral("OPP-000002"));
        QCOMPARE(store.activeSnoozes(QDate(2026, 12, 8))->size(), size_t(1));
        QCOMPARE(store.activeSnoozes(QDate(2026, 11, 1))->size(), size_t(3));
    }

    void followUpsDueForReps()
    {
        QTemporaryDir dir;
        auto db = openDb(dir.filePath(QStringLiteral("f.db")));
        QVERIFY(db);
        ActionStore store(*db, QStringLiteral("dana"));
        auto add = [&](const QString &rep, const QString &text, QDate due) {
            FollowUp f;
            f.repId = rep;
            f.text = text;
            f.owner = rep;
            f.dueDate = due;
            f.createdWeek = QDate(2026, 12, 9); // a Wednesday: stored as its Monday
            return store.addFollowUp(f);
        };
        auto first = add(QStringLiteral("R001"), QStringLiteral("Send the mutual close plan"), QDate(2026, 12, 4));
        QVERIFY(first.ok());
        QCOMPARE(first->version, 1);
        QCOMPARE(first->createdWeek, QDate(2026, 12, 7));
        QVERIFY(add(QStringLiteral("R002"), QStringLiteral("Book the CFO meeting"), QDate(2026, 12, 7)).ok());
        QVERIFY(add(QStringLiteral("R001"), QStringLiteral("Update the POC dates"), QDate(2026, 12, 20)).ok());
        QVERIFY(add(QStringLiteral("R003"), QStringLiteral("No date"), QDate()).ok());

        auto due = store.followUpsDue(QDate(2026, 12, 7), {QStringLiteral("R001"), QStringLiteral("R002")});
        QVERIFY(due.ok());
        QCOMPARE(due->size(), size_t(2));
        QCOMPARE(due->at(0).text, QStringLiteral("Send the mutual close plan"));
        QCOMPARE(due->at(1).repId, QStringLiteral("R002"));
        QCOMPARE(store.followUpsDue(QDate(2026, 12, 7), {QStringLiteral("R001")})->size(), size_t(1));
        QCOMPARE(store.followUpsDue(QDate(2026, 12, 31), {})->size(), size_t(3));

        FollowUp done = *first;
        done.status = FollowUpStatus::Done;
        auto saved = store.saveFollowUp(done, 1);
        QVERIFY(saved.ok());
        QCOMPARE(saved->version, 2);
        QCOMPARE(store.followUpsDue(QDate(2026, 12, 7), {QStringLiteral("R001")})->size(), size_t(0));
        auto stale = store.saveFollowUp(done, 1);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(stale.error().current, QStringLiteral("Send the mutual close plan"));
        auto changes = store.historyOfField(QStringLiteral("follow_up.status"));
        QVERIFY(changes.ok());
        QCOMPARE(changes->back().oldValue, QStringLiteral("open"));
        QCOMPARE(changes->back().newValue, QStringLiteral("done"));
        QCOMPARE(changes->back().actionId, first->id);
        QCOMPARE(store.followUps({QStringLiteral("R001")})->size(), size_t(2));
    }

    void beliefsAndCoachingNotes()
    {
        QTemporaryDir dir;
        auto db = openDb(dir.filePath(QStringLiteral("b.db")));
        QVERIFY(db);
        ActionStore store(*db, QStringLiteral("dana"));
        BeliefRating belief{opp,
                            2,
                            QStringLiteral("The economic buyer has approved the budget"),
                            BeliefLevel::MostlyProven,
                            {},
                            {},
                            0};
        QVERIFY(store.saveBelief(belief, 0).ok());
        belief.position = 1;
        belief.belief = QStringLiteral("The customer has a compelling event");
        belief.rating = BeliefLevel::Proven;
        QVERIFY(store.saveBelief(belief, 0).ok());
        belief.rating = BeliefLevel::NeedsProof;
        auto rerated = store.saveBelief(belief, 1);
        QVERIFY(rerated.ok());
        QCOMPARE(rerated->version, 2);
        QCOMPARE(store.saveBelief(belief, 1).error().kind, Error::Kind::Conflict);
        auto stack = store.beliefs(opp);
        QCOMPARE(stack->size(), size_t(2));
        QCOMPARE(stack->at(0).position, 1);
        QCOMPARE(stack->at(0).rating, BeliefLevel::NeedsProof);
        QCOMPARE(stack->at(1).rating, BeliefLevel::MostlyProven);
        auto ratingChanges = store.historyOfField(QStringLiteral("belief_rating[OPP-000042,1].rating"));
        QCOMPARE(ratingChanges->size(), size_t(2));
        QCOMPARE(ratingChanges->at(1).oldValue, QStringLiteral("proven"));
        QCOMPARE(ratingChanges->at(1).newValue, QStringLiteral("needs_proof"));

        CoachingNote note{QStringLiteral("R001"),
                          QDate(2026, 12, 10),
                          QStringLiteral("Walked the Acme deal"),
                          {},
                          {},
                          0};
        auto saved = store.saveCoachingNote(note, 0);
        QVERIFY(saved.ok());
        QCOMPARE(saved->weekStart, QDate(2026, 12, 7));
        note.note = QStringLiteral("Walked the Acme deal; agreed on the EB meeting");
        QCOMPARE(store.saveCoachingNote(note, 1)->version, 2);
        auto late = store.saveCoachingNote(note, 1);
        QCOMPARE(late.error().kind, Error::Kind::Conflict);
        QCOMPARE(late.error().current, QStringLiteral("Walked the Acme deal; agreed on the EB meeting"));
        QCOMPARE(store.coachingNote(QStringLiteral("R001"), QDate(2026, 12, 7))->value().version, 2);
    }

    void survivesReopenAndReimport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.db"));
        DemoOptions options;
        options.reps = 6;
        options.deals = 120;
        options.weeks = 4;
        const CrmData data = DemoGenerator(options).generate();
        {
            auto db = openDb(path);
            QVERIFY(db);
            {
                Transaction transaction(db->connectionName());
                QVERIFY(CrmWriter(*db).write(data).ok());
                QVERIFY(transaction.commit());
            }
            ActionStore store(*db, QStringLiteral("dana"));
            QVERIFY(
                store
                    .snooze(data.opportunities.front().id, stale, QDate(2026, 12, 31), QStringLiteral("Known stall"), 0)
                    .ok());
            FollowUp f;
            f.repId = data.reps.front().id;
            f.text = QStringLiteral("Check the paper process");
            f.dueDate = QDate(2026, 12, 10);
            QVERIFY(store.addFollowUp(f).ok());
        }
        auto db = openDb(path);
        QVERIFY(db);
        {
            // The same export again, then a changed one: DM data stays as it was.
            Transaction transaction(db->connectionName());
            QVERIFY(CrmWriter(*db).write(data).ok());
            CrmData changed = data;
            changed.opportunities.front().stage = QStringLiteral("Closed Lost");
            QVERIFY(CrmWriter(*db).write(changed).ok());
            QVERIFY(transaction.commit());
        }
        ActionStore store(*db, QStringLiteral("lee"));
        auto snoozes = store.activeSnoozes(QDate(2026, 12, 7));
        QVERIFY(snoozes.ok());
        QCOMPARE(snoozes->size(), size_t(1));
        QCOMPARE(snoozes->front().opportunityId, data.opportunities.front().id);
        QCOMPARE(snoozes->front().reason, QStringLiteral("Known stall"));
        QCOMPARE(store.action(data.opportunities.front().id, stale)->value().version, 1);
        QCOMPARE(store.followUpsDue(QDate(2026, 12, 10), {data.reps.front().id})->size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestActionStore)
#include "tst_actionstore.moc"
