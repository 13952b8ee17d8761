// Canonical round trip: import a canonical folder, export, import into a fresh database,
// export again: identical files and identical CRM tables.
#include "export/CanonicalExporter.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {
// CRM tables as sorted text rows. Provenance columns (which import, file and line a deal came
// from) differ by design between two imports of different folders, so they are left out.
QStringList dump(const Database &db)
{
    const QStringList provenance{QStringLiteral("import_id"), QStringLiteral("source_file"),
                                 QStringLiteral("source_line")};
    QStringList lines;
    QSqlQuery query(db.connection());
    for (const QString &table : crmTables()) {
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
            return {QStringLiteral("cannot read ") + table};
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                if (!provenance.contains(record.fieldName(i)))
                    cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << table + u':' + cells.join(u'|');
        }
        rows.sort();
        lines << rows;
    }
    return lines;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}
} // namespace

class TestImportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void exportImportExportIsIdentical()
    {
        QTemporaryDir dir;
        auto profile = ImportProfile::load(QStringLiteral("canonical"));
        QVERIFY(profile.ok());

        auto first = Database::open(dir.filePath(QStringLiteral("one.db")));
        QVERIFY(first.ok());
        auto imported =
            Importer(**first, *profile).run({QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/canonical-full")});
        QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->rowsRejected, 0);

        const QString out1 = dir.filePath(QStringLiteral("export1"));
        auto written = CanonicalExporter(**first).exportTo(out1);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(written->size(), 23);

        auto second = Database::open(dir.filePath(QStringLiteral("two.db")));
        QVERIFY(second.ok());
        auto reimported = Importer(**second, *profile).run({out1});
        QVERIFY2(reimported.ok(), qPrintable(reimported ? QString() : reimported.error().toString()));
        const QString out2 = dir.filePath(QStringLiteral("export2"));
        QVERIFY(CanonicalExporter(**second).exportTo(out2).ok());

        const QStringList files = QDir(out1).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, QDir(out2).entryList(QDir::Files, QDir::Name));
        for (const QString &name : files)
            QVERIFY2(readAll(QDir(out1).filePath(name)) == readAll(QDir(out2).filePath(name)), qPrintable(name));
        QCOMPARE(dump(**second), dump(**first));

        // The values that need care survived: a formula-looking name, a leading minus, quotes,
        // commas and a newline in text, a negative amount, NULLs, MEDDPICC notes.
        const QStringList rows = dump(**second);
        auto has = [&rows](const QString &text) { return rows.join(u'\n').contains(text); };
        QVERIFY(has(QStringLiteral(
            "account:a1|=Acme (formula-looking)|Enterprise|Energy|12000000|USD|2024-05-01|Dana \"DJ\" Jones")));
        QVERIFY(has(QStringLiteral("|-50% promo|new|Proposal|best_case|12500000|USD|")));
        QVERIFY(
            has(QStringLiteral("|-15025|EUR|2024-03-20|2023-11-02|2024-02-01|2024-02-20|Send MSA,\nthen call|Web|")));
        QVERIFY(has(QStringLiteral("meddpicc:o2|champion|confirmed|CTO, \"Kim\"")));
        QVERIFY(has(QStringLiteral("rep:r2|Ray, Bob|North|East|AE|2024-01-08")));
        QVERIFY(has(QStringLiteral("quota:r2|2024Q1|9999999")));
        QVERIFY(has(QStringLiteral("currency_rate:EUR|0.9123|0")));
        QCOMPARE((*second)->setting(QStringLiteral("reporting_currency")), QStringLiteral("USD"));
        // The exported text cell that starts with '=' is neutralised for spreadsheets.
        QVERIFY(readAll(QDir(out1).filePath(QStringLiteral("accounts.csv"))).contains("a1,'=Acme"));
    }

    void cancelledImportChangesNothing()
    {
        QTemporaryDir dir;
        auto profile = ImportProfile::load(QStringLiteral("canonical"));
        QVERIFY(profile.ok());
        auto db = Database::open(dir.filePath(QStringLiteral("cancel.db")));
        QVERIFY(db.ok());
        std::atomic_bool cancel{true};
        QList<int> steps;
        ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&steps](int percent, const QString &) { steps << percent; };
        auto report = Importer(**db, *profile, options)
                          .run({QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/canonical-full")});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::Cancelled);
        QVERIFY(!steps.isEmpty());
        QSqlQuery query((**db).connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM opportunity) + (SELECT COUNT(*) FROM import_log)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);

        cancel = false;
        steps.clear();
        QVERIFY(Importer(**db, *profile, options)
                    .run({QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/canonical-full")})
                    .ok());
        QCOMPARE(steps.last(), 100);
    }
};

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_import_roundtrip.moc"
