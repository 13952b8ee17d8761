// A person's own settings (dm_setting) on a file: the risk filters a DM changes on top of the
// shared ones, and saved views. tst_postgres checks the same per login role on a team database.
#include "analytics/risk/RuleLayers.h"
#include "store/Database.h"
#include "store/PersonalSettings.h"
#include "workspace/SavedViews.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;

class TestPersonalSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Database> open(const char *name)
    {
        auto db = Database::open(m_dir.filePath(QLatin1String(name)));
        return db ? std::move(*db) : nullptr;
    }

private slots:
    void aValueIsStoredReadAndRemoved()
    {
        auto db = open("values.db");
        QVERIFY(db);
        PersonalSettings own(*db);
        QVERIFY(!own.value(QStringLiteral("view:East")));
        QVERIFY(own.setValue(QStringLiteral("view:East"), QStringLiteral("{}")).ok());
        QVERIFY(own.setValue(QStringLiteral("view:All"), QStringLiteral("[]")).ok());
        QVERIFY(own.setValue(QStringLiteral("rules"), QStringLiteral("{}")).ok());
        QVERIFY(own.setValue(QStringLiteral("view:East"), QStringLiteral("{\"a\":1}")).ok()); // replaces
        QCOMPARE(own.value(QStringLiteral("view:East")).value_or(QString()), QStringLiteral("{\"a\":1}"));
        const auto views = own.values(QStringLiteral("view:"));
        QCOMPARE(views.size(), std::size_t(2));
        QCOMPARE(views[0].first, QStringLiteral("view:All"));
        QCOMPARE(views[1].second, QStringLiteral("{\"a\":1}"));
        QVERIFY(own.remove(QStringLiteral("view:East")).ok());
        QVERIFY(own.remove(QStringLiteral("view:East")).ok()); // gone already: not an error
        QVERIFY(!own.value(QStringLiteral("view:East")));
        // On a file the rows are the one user's (author ""), never in the shared settings table.
        QCOMPARE(db->setting(QStringLiteral("rules")), QString());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM dm_setting WHERE author = ''")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    // Shipped: stale_stage on with days 30, close_date_pushed on, past_close_date on.
    // Shared (the setting `rules`): close_date_pushed off, stale_stage days 20.
    // The DM's own: stale_stage days 14 and past_close_date off; stored as the differences from
    // the shared set, so the shared close_date_pushed stays the team's.
    void ownRiskFiltersSitOnTopOfTheSharedOnes()
    {
        auto db = open("rules.db");
        QVERIFY(db);
        RuleSet shared;
        shared.setEnabled(QStringLiteral("close_date_pushed"), false);
        QVERIFY(shared.setParameter(QStringLiteral("stale_stage"), QStringLiteral("days"), 20));
        QVERIFY(shared.save(*db).ok());

        auto mine = RuleSet::load(*db);
        QVERIFY(mine.ok());
        QCOMPARE(mine->parameter(QStringLiteral("stale_stage"), QStringLiteral("days")), 20);
        QVERIFY(mine->setParameter(QStringLiteral("stale_stage"), QStringLiteral("days"), 14));
        mine->setEnabled(QStringLiteral("past_close_date"), false);
        QVERIFY(RuleLayers::saveOwn(*mine, *db).ok());

        const auto stored = PersonalSettings(*db).value(QStringLiteral("rules"));
        QVERIFY(stored);
        const auto diff = nlohmann::json::parse(stored->toStdString());
        QCOMPARE(diff["rules"].size(), std::size_t(2)); // stale_stage and past_close_date only
        QCOMPARE(diff["rules"][0]["id"].get<std::string>(), std::string("stale_stage"));
        QCOMPARE(diff["rules"][0]["params"]["days"].get<int>(), 14);
        QCOMPARE(diff["rules"][1]["id"].get<std::string>(), std::string("past_close_date"));

        auto loaded = RuleSet::load(*db);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->parameter(QStringLiteral("stale_stage"), QStringLiteral("days")), 14);
        QVERIFY(!loaded->isEnabled(QStringLiteral("past_close_date")));
        QVERIFY(!loaded->isEnabled(QStringLiteral("close_date_pushed"))); // the team's

        // The team later turns close_date_pushed back on: it reaches the DM, who did not touch it.
        RuleSet team = *RuleLayers::shared(*db, riskRuleCatalog());
        team.setEnabled(QStringLiteral("close_date_pushed"), true);
        QVERIFY(team.save(*db).ok());
        loaded = RuleSet::load(*db);
        QVERIFY(loaded->isEnabled(QStringLiteral("close_date_pushed")));
        QCOMPARE(loaded->parameter(QStringLiteral("stale_stage"), QStringLiteral("days")), 14);

        // Saving the shared set as one's own (what "Restore" does) leaves nothing of one's own.
        QVERIFY(RuleLayers::saveOwn(*RuleLayers::shared(*db, riskRuleCatalog()), *db).ok());
        QVERIFY(!PersonalSettings(*db).value(QStringLiteral("rules")));
        QCOMPARE(RuleSet::load(*db)->parameter(QStringLiteral("stale_stage"), QStringLiteral("days")), 20);
    }

    void savedViewsRoundTripByName()
    {
        auto db = open("views.db");
        QVERIFY(db);
        SavedViews views(*db);
        SavedView east;
        east.name = QStringLiteral("  East renewals ");
        east.scopeKey = QStringLiteral("district:East");
        east.compareRule = CompareToRule::fixedDate(QDate(2026, 10, 5));
        east.hiddenRules = {QStringLiteral("stale_stage"), QStringLiteral("close_date_pushed")};
        east.grouping = SavedView::QueueGrouping::Rep;
        east.sortColumn = 4;
        east.sortAscending = true;
        QVERIFY(views.save(east).ok());
        SavedView all;
        all.name = QStringLiteral("All");
        all.scopeKey = QStringLiteral("all");
        QVERIFY(views.save(all).ok());

        const auto listed = views.views();
        QCOMPARE(listed.size(), std::size_t(2));
        QCOMPARE(listed[0].name, QStringLiteral("All"));
        QCOMPARE(listed[0].compareRule, CompareToRule::previousSnapshot());
        QCOMPARE(listed[0].grouping, SavedView::QueueGrouping::None);
        const SavedView &read = listed[1];
        QCOMPARE(read.name, QStringLiteral("East renewals")); // trimmed
        QCOMPARE(read.scopeKey, QStringLiteral("district:East"));
        QCOMPARE(read.compareRule.fixedDate(), QDate(2026, 10, 5));
        QCOMPARE(read.hiddenRules, (QStringList{QStringLiteral("close_date_pushed"), QStringLiteral("stale_stage")}));
        QCOMPARE(read.grouping, SavedView::QueueGrouping::Rep);
        QCOMPARE(read.sortColumn, 4);
        QCOMPARE(listed[0].sortColumn, -1);
        QVERIFY(read.sortAscending);

        SavedView blank;
        blank.name = QStringLiteral("   ");
        QCOMPARE(views.save(blank).error().kind, Error::Kind::Usage);
        QVERIFY(views.remove(QStringLiteral("All")).ok());
        QCOMPARE(views.views().size(), std::size_t(1));
        QVERIFY(!views.view(QStringLiteral("All")));
        QVERIFY(views.view(QStringLiteral("East renewals")));
    }
};

QTEST_GUILESS_MAIN(TestPersonalSettings)
#include "tst_personalsettings.moc"
