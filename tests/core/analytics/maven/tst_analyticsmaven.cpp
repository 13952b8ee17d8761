// On the Maven CRM import (DMC_REAL_DATA, RealData.h): the engine's Won per manager (district) and per regional office
// (region), by close-date quarter, equals the sums of the file's Won rows.
#include "fixtures/RealData.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

// Computed once from the file with
//   awk -F, 'NR==FNR{if(FNR>1){mgr[$1]=$2;reg[$1]=$3};next}
//            FNR>1 && $5=="Won"{split($7,d,"-"); q=d[1]"Q"int((d[2]+2)/3);
//                               m[mgr[$2]"|"q]+=$8; r[reg[$2]"|"q]+=$8}
//            END{for(k in m) print "M", k, m[k]; for(k in r) print "R", k, r[k]}' \
//       sales_teams.csv sales_pipeline.csv
// (no quoted fields in either file; total 10,005,534 = the Won sum of the import test).
struct Expected
{
    const char *kind; // "district" (manager) or "region" (regional office)
    const char *name;
    int quarter; // of 2017
    qint64 won;  // whole dollars
};

static const Expected expected[] = {
    {"district", "Cara Losch", 1, 117389},
    {"district", "Cara Losch", 2, 370692},
    {"district", "Cara Losch", 3, 330820},
    {"district", "Cara Losch", 4, 311148},
    {"district", "Celia Rouche", 1, 172989},
    {"district", "Celia Rouche", 2, 510177},
    {"district", "Celia Rouche", 3, 490519},
    {"district", "Celia Rouche", 4, 430212},
    {"district", "Dustin Brinkmann", 1, 125934},
    {"district", "Dustin Brinkmann", 2, 365987},
    {"district", "Dustin Brinkmann", 3, 285448},
    {"district", "Dustin Brinkmann", 4, 316994},
    {"district", "Melvin Marxen", 1, 222054},
    {"district", "Melvin Marxen", 2, 591334},
    {"district", "Melvin Marxen", 3, 767754},
    {"district", "Melvin Marxen", 4, 670788},
    {"district", "Rocco Neubert", 1, 211762},
    {"district", "Rocco Neubert", 2, 646131},
    {"district", "Rocco Neubert", 3, 588947},
    {"district", "Rocco Neubert", 4, 513705},
    {"district", "Summer Sewald", 1, 284544},
    {"district", "Summer Sewald", 2, 601790},
    {"district", "Summer Sewald", 3, 518767},
    {"district", "Summer Sewald", 4, 559649},
    {"region", "Central", 1, 347988},
    {"region", "Central", 2, 957321},
    {"region", "Central", 3, 1053202},
    {"region", "Central", 4, 987782},
    {"region", "East", 1, 329151},
    {"region", "East", 2, 1016823},
    {"region", "East", 3, 919767},
    {"region", "East", 4, 824853},
    {"region", "West", 1, 457533},
    {"region", "West", 2, 1111967},
    {"region", "West", 3, 1009286},
    {"region", "West", 4, 989861},
};

class TestAnalyticsMaven : public QObject
{
    Q_OBJECT

private slots:
    void wonPerManagerAndRegion()
    {
        DMC_REAL_DATA_OR_SKIP(folder, "maven-crm");
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("maven.db")));
        QVERIFY(opened.ok());
        auto profile = ImportProfile::load(QStringLiteral("maven"));
        QVERIFY(profile.ok());
        auto report = Importer(**opened, *profile).run({folder});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));

        auto loaded = DatasetLoader::load(**opened);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        const Engine engine(loaded.value(), AnalyticsSettings());
        const Dataset &data = engine.dataset();
        QCOMPARE(data.snapshotCount(), 1);
        QCOMPARE(data.opportunities().size(), size_t(8800));
        QCOMPARE(data.districts().size(), 6);
        QCOMPARE(data.regions().size(), 3);

        Cents total = 0;
        for (const Expected &e : expected) {
            const QString name = QString::fromUtf8(e.name);
            const Scope scope =
                QLatin1String(e.kind) == QLatin1String("district") ? Scope::district(name) : Scope::region(name);
            const Numbers n = engine.numbers(0, engine.calendar().period(2017, e.quarter), scope);
            QVERIFY2(n.won == Cents(e.won) * 100,
                     qPrintable(
                         QStringLiteral("%1 2017Q%2: %3 != %4").arg(name).arg(e.quarter).arg(n.won).arg(e.won * 100)));
            if (scope.kind == Scope::Kind::Region)
                total += n.won;
        }
        QCOMPARE(total, Cents(10005534) * 100);
        // No Won deal closes outside 2017, and the open deals have no close date: in no period.
        const Numbers q4 = engine.numbers(0, engine.calendar().period(2016, 4), Scope::all());
        QCOMPARE(q4.won, 0);
        const Numbers year = engine.numbers(0, engine.calendar().period(2017, 4), Scope::all());
        QCOMPARE(year.openPipeline, 0);
        QCOMPARE(year.pipelineCount + year.commitCount + year.bestCaseCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsMaven)
#include "tst_analyticsmaven.moc"
