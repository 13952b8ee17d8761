// A Salesforce org written for this test (org/): system and integration users who own no deal,
// an inactive owner, an owner without a role, an owner missing from User.csv and a role tree
// (UserRole.csv). Which users become reps, and their districts and regions by role, by the
// users' columns and by a reps.csv mapping.
//
// Role tree (level from the top):       Owners (Opportunity.csv) and their roles:
//   1 CEO                                 María Gómez   MX Account executive (2 deals)
//   2   LATAM Sales VP                    Juan Pérez    MX Account executive, inactive (2)
//   3     MX Country manager              Camila Rojas  CO Account executive (1)
//   4       MX Account executive          Andrés López  CO Channel manager (1)
//   3     CO Channel manager              Roberto Silva LATAM Sales VP (1)
//   4       CO Account executive          Lucía Díaz    no role (1)
//   2   Systems                           005000000000012AAA, not in User.csv (1)
// Users owning nothing: Automated Process, Chatter_Desktop, Integration User, Platform
// Integration User, Old Manager (inactive).
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {
const QString OrgDir = QStringLiteral(DMC_TEST_DIR "/org/");
const QStringList OrgFiles{QStringLiteral("Opportunity.csv"), QStringLiteral("OpportunityHistory.csv"),
                           QStringLiteral("User.csv"), QStringLiteral("UserRole.csv")};

// "name|district|region" of every rep, ordered by id.
QStringList reps(const Database &db)
{
    QSqlQuery query(db.connection());
    QStringList rows;
    if (!query.exec(QStringLiteral("SELECT name, district, region FROM rep ORDER BY id")))
        return {QStringLiteral("<query failed>")};
    while (query.next())
        rows << QStringLiteral("%1|%2|%3")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    return rows;
}
} // namespace

class TestImportSalesforceOrg : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A copy of the org in a folder of its own, with `changes` (file name -> content) applied;
    // an empty content removes the file.
    QString org(const QHash<QString, QByteArray> &changes = {})
    {
        const QString folder = m_dir.filePath(QStringLiteral("org%1").arg(++m_count));
        QDir().mkpath(folder);
        for (const QString &name : OrgFiles)
            QFile::copy(OrgDir + name, folder + u'/' + name);
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            QFile::remove(folder + u'/' + it.key());
            if (it.value().isEmpty())
                continue;
            QFile file(folder + u'/' + it.key());
            if (file.open(QIODevice::WriteOnly))
                file.write(it.value());
        }
        return folder;
    }

    QString profileFile(const QByteArray &json)
    {
        const QString path = m_dir.filePath(QStringLiteral("latam%1.json").arg(++m_count));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(json);
        return path;
    }

    Result<Importer::Report> import(const QString &profileName, const QString &folder, std::unique_ptr<Database> &db)
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("sf%1.db").arg(++m_count)));
        if (!opened)
            return opened.error();
        db = std::move(opened.value());
        auto profile = ImportProfile::load(profileName);
        if (!profile)
            return profile.error();
        return Importer(*db, *profile).run({folder});
    }

    QString byLevel()
    {
        return profileFile(R"({"name": "latam", "format": "salesforce",
                               "district_from": "role_level:3", "region_from": "role_level:2"})");
    }

private slots:
    void ownersAreTheReps()
    {
        std::unique_ptr<Database> db;
        auto report = import(QStringLiteral("salesforce"), org(), db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        // The built-in profile places reps by User.csv's Department / Division.
        QCOMPARE(reps(*db),
                 (QStringList{
                     QStringLiteral("María Gómez|Ventas MX|LATAM"),
                     QStringLiteral("Juan Pérez|Ventas MX|LATAM"),
                     QStringLiteral("Camila Rojas|Canal CO|LATAM"),
                     QStringLiteral("Andrés López|Canal CO|LATAM"),
                     QStringLiteral("Roberto Silva||"),
                     QStringLiteral("Lucía Díaz||"),
                     QStringLiteral("005000000000012AAA||"),
                 }));
        QVERIFY(report->notes.contains(
            QStringLiteral("5 users own no opportunity and are not reps: Automated Process, Chatter_Desktop, "
                           "Integration User, Platform Integration User, Old Manager")));
        QVERIFY(report->notes.contains(QStringLiteral("inactive users kept as reps for their deals: Juan Pérez")));

        // The inactive owner keeps his deals and their history.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT owner_id, COUNT(*) FROM opportunity GROUP BY owner_id ORDER BY owner_id")));
        QStringList counts;
        while (query.next())
            counts << query.value(0).toString().right(5) + u'=' + query.value(1).toString();
        QCOMPARE(counts,
                 (QStringList{QStringLiteral("05AAA=2"), QStringLiteral("06AAA=2"), QStringLiteral("07AAA=1"),
                              QStringLiteral("08AAA=1"), QStringLiteral("09AAA=1"), QStringLiteral("10AAA=1"),
                              QStringLiteral("12AAA=1")}));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM snapshot WHERE owner_id = '005000000000006AAA'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 0);
    }

    void districtAndRegionByRoleLevel()
    {
        std::unique_ptr<Database> db;
        auto report = import(byLevel(), org(), db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(reps(*db),
                 (QStringList{
                     QStringLiteral("María Gómez|MX Country manager|LATAM Sales VP"),
                     QStringLiteral("Juan Pérez|MX Country manager|LATAM Sales VP"),
                     QStringLiteral("Camila Rojas|CO Channel manager|LATAM Sales VP"),
                     QStringLiteral("Andrés López|CO Channel manager|LATAM Sales VP"),
                     // Level 2 sits above level 3: his own role names his district.
                     QStringLiteral("Roberto Silva|LATAM Sales VP|LATAM Sales VP"),
                     QStringLiteral("Lucía Díaz||"),
                     QStringLiteral("005000000000012AAA||"),
                 }));
        QVERIFY(report->notes.contains(
            QStringLiteral("deal owners without a role (no district or region from roles): Lucía Díaz")));
        QVERIFY(report->notes.contains(QStringLiteral(
            "district_from \"role_level:3\" lies above the roles of Roberto Silva: their own role is their district")));
    }

    void districtIsTheRoleRegionItsParent()
    {
        std::unique_ptr<Database> db;
        auto report = import(profileFile(R"({"name": "latam", "format": "salesforce",
                                             "district_from": "role", "region_from": "parent_role"})"),
                             org(), db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(reps(*db),
                 (QStringList{
                     QStringLiteral("María Gómez|MX Account executive|MX Country manager"),
                     QStringLiteral("Juan Pérez|MX Account executive|MX Country manager"),
                     QStringLiteral("Camila Rojas|CO Account executive|CO Channel manager"),
                     QStringLiteral("Andrés López|CO Channel manager|LATAM Sales VP"),
                     QStringLiteral("Roberto Silva|LATAM Sales VP|CEO"),
                     QStringLiteral("Lucía Díaz||"),
                     QStringLiteral("005000000000012AAA||"),
                 }));
    }

    void repsCsvMapsByIdAndName()
    {
        std::unique_ptr<Database> db;
        const QByteArray mapping = "id,name,district,region\n"
                                   "005000000000012AAA,Sofía Ramírez,PE Country manager,LATAM Sales VP\n"
                                   ",Lucía Díaz,CO Channel manager,LATAM Sales VP\n"
                                   ",Camila Rojas,CO Key accounts,LATAM Sales VP\n"
                                   "005000000000099AAA,Nobody,X,Y\n";
        auto report = import(byLevel(), org({{QStringLiteral("reps.csv"), mapping}}), db);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(reps(*db),
                 (QStringList{
                     QStringLiteral("María Gómez|MX Country manager|LATAM Sales VP"),
                     QStringLiteral("Juan Pérez|MX Country manager|LATAM Sales VP"),
                     // The mapping wins over the role tree.
                     QStringLiteral("Camila Rojas|CO Key accounts|LATAM Sales VP"),
                     QStringLiteral("Andrés López|CO Channel manager|LATAM Sales VP"),
                     QStringLiteral("Roberto Silva|LATAM Sales VP|LATAM Sales VP"),
                     QStringLiteral("Lucía Díaz|CO Channel manager|LATAM Sales VP"),
                     // Matched by id, the mapping also names the owner User.csv lacks.
                     QStringLiteral("Sofía Ramírez|PE Country manager|LATAM Sales VP"),
                 }));
        QVERIFY(report->notes.contains(QStringLiteral("reps.csv: rows naming no deal owner: 005000000000099AAA")));
    }

    void badRolesAreNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("no UserRole.csv") << QStringLiteral("UserRole.csv") << QByteArray()
                                         << QStringLiteral(
                                                "UserRole.csv: the file is missing: profile \"latam\" needs it");
        QByteArray users;
        {
            QFile file(OrgDir + QStringLiteral("User.csv"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            users = file.readAll().replace("\"Camila\",\"Rojas\",\"00E000000000006AAA\"",
                                           "\"Camila\",\"Rojas\",\"00E000000000009AAA\"");
        }
        QTest::newRow("role not in UserRole.csv")
            << QStringLiteral("User.csv") << users
            << QStringLiteral("User.csv, line 8, column 6: role \"00E000000000009AAA\" is not in UserRole.csv");
        QTest::newRow("role loop")
            << QStringLiteral("UserRole.csv")
            << QByteArray("Id,Name,ParentRoleId\n00E1,CEO,\n00E8,A,00E9\n00E9,B,00E8\n")
            << QStringLiteral("UserRole.csv, line 3, column 3: role \"00E8\" is its own ancestor (00E8 > 00E9 > 00E8)");
        QTest::newRow("parent not in the file")
            << QStringLiteral("UserRole.csv") << QByteArray("Id,Name,ParentRoleId\n00E1,CEO,\n00E2,VP,00E7\n")
            << QStringLiteral("UserRole.csv, line 3, column 3: parent role \"00E7\" is not in UserRole.csv");
        QTest::newRow("role without a name")
            << QStringLiteral("UserRole.csv") << QByteArray("Id,Name,ParentRoleId\n00E1,CEO,\n00E2,,00E1\n")
            << QStringLiteral("UserRole.csv, line 3, column 2: Name is empty");
        QTest::newRow("role listed twice")
            << QStringLiteral("UserRole.csv") << QByteArray("Id,Name,ParentRoleId\n00E1,CEO,\n00E1,VP,\n")
            << QStringLiteral("UserRole.csv, line 3, column 1: role \"00E1\" is listed twice (first on line 2)");
        QTest::newRow("reps.csv without id or name")
            << QStringLiteral("reps.csv") << QByteArray("district,region\nX,Y\n")
            << QStringLiteral("reps.csv, line 1: the required column \"name\" is missing");
        QTest::newRow("reps.csv row naming no one")
            << QStringLiteral("reps.csv") << QByteArray("id,name,district\n,,X\n")
            << QStringLiteral("reps.csv, line 2, column 1: the row names no rep (id and name are empty)");
        QTest::newRow("reps.csv name twice")
            << QStringLiteral("reps.csv") << QByteArray("name,district\nLucía Díaz,X\nlucía  díaz,Y\n")
            << QStringLiteral("reps.csv, line 3, column 1: rep \"lucía  díaz\" is listed twice (first on line 2)");
    }

    void badRolesAreNamed()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        std::unique_ptr<Database> db;
        auto report = import(byLevel(), org({{file, content}}), db);
        QVERIFY(!report);
        QCOMPARE(report.error().toString(), message);
        QCOMPARE(reps(*db), QStringList()); // all or nothing
    }

    void unknownPlacementIsRefused()
    {
        auto profile = ImportProfile::load(profileFile(R"({"name": "latam", "format": "salesforce",
                                                           "district_from": "roles"})"));
        QVERIFY(!profile);
        QVERIFY2(profile.error().toString().endsWith(
                     QStringLiteral(": district_from: \"roles\" is not column, role, parent_role or role_level:N")),
                 qPrintable(profile.error().toString()));
        QVERIFY(!ImportProfile::load(profileFile(R"({"format": "salesforce", "region_from": "role_level:0"})")));
    }
};

QTEST_GUILESS_MAIN(TestImportSalesforceOrg)
#include "tst_import_salesforceorg.moc"
