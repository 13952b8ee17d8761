// dmcockpit views: the DM's saved views from the command line, as SavedViews reads them.
#include "fixtures/RunDmcockpit.h"
#include "store/Database.h"
#include "workspace/SavedViews.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dmc;
using test::runDmcockpit;

class TestCliViews : public QObject
{
    Q_OBJECT

private slots:
    void savesListsAndDeletes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("views.db"));
        QVERIFY(Database::open(db).ok()); // an empty database: views need no data

        auto run = runDmcockpit(
            {QStringLiteral("views"), QStringLiteral("--db"), db, QStringLiteral("--save"),
             QStringLiteral("East renewals"), QStringLiteral("--scope"), QStringLiteral("district:East"),
             QStringLiteral("--compare-to"), QStringLiteral("2026-10-05"), QStringLiteral("--hide"),
             QStringLiteral("stale_stage,close_date_pushed"), QStringLiteral("--group-by"), QStringLiteral("rep")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), QStringLiteral("Saved the view \"East renewals\".\n"));
        QCOMPARE(runDmcockpit({QStringLiteral("views"), QStringLiteral("--db"), db, QStringLiteral("--save"),
                               QStringLiteral("Mine")})
                     .exitCode,
                 0);

        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            const auto view = SavedViews(**opened).view(QStringLiteral("East renewals"));
            QVERIFY(view);
            QCOMPARE(view->scopeKey, QStringLiteral("district:East"));
            QCOMPARE(view->compareRule.fixedDate(), QDate(2026, 10, 5));
            QCOMPARE(view->hiddenRules,
                     (QStringList{QStringLiteral("close_date_pushed"), QStringLiteral("stale_stage")}));
            QCOMPARE(view->grouping, SavedView::QueueGrouping::Rep);
        }

        run = runDmcockpit({QStringLiteral("views"), QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(),
                 QStringLiteral(
                     "2 saved views.\n"
                     "East renewals: scope district:East, compared with 2026-10-05, 2 filters hidden in the queue\n"
                     "Mine: scope all, compared with previous snapshot, 0 filters hidden in the queue\n"));
        run = runDmcockpit({QStringLiteral("views"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const auto json = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(json["views"].size(), std::size_t(2));
        QCOMPARE(json["views"][1]["name"].get<std::string>(), std::string("Mine"));
        QCOMPARE(json["views"][1]["compare_to"].get<std::string>(), std::string("previous"));
        QCOMPARE(json["views"][0]["group_by"].get<std::string>(), std::string("rep"));

        // Bad input changes nothing.
        run = runDmcockpit({QStringLiteral("views"), QStringLiteral("--db"), db, QStringLiteral("--save"),
                            QStringLiteral("x"), QStringLiteral("--hide"), QStringLiteral("bogus")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errText().trimmed(), QStringLiteral("--hide: \"bogus\" is not a risk filter."));
        run = runDmcockpit(
            {QStringLiteral("views"), QStringLiteral("--db"), db, QStringLiteral("--delete"), QStringLiteral("Nope")});
        QCOMPARE(run.exitCode, 3);
        run = runDmcockpit({QStringLiteral("views"), QStringLiteral("--db"), db, QStringLiteral("--delete"),
                            QStringLiteral("Mine"), QStringLiteral("--lang"), QStringLiteral("ru")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), QStringLiteral("Вид «Mine» удалён.\n"));
        run = runDmcockpit(
            {QStringLiteral("views"), QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("ru")});
        // Russian text keeps a number with its word: a no-break space between them.
        QCOMPARE(run.outText(),
                 QStringLiteral("1\u00A0сохранённый вид.\n"
                                "East renewals: охват district:East, сравнение с: 05.10.2026, в очереди скрыто "
                                "2\u00A0фильтра\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliViews)
#include "tst_cli_views.moc"
