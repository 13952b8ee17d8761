#include "demo/DemoDatabase.h"
#include "demo/DemoGenerator.h"
#include "domain/FiscalCalendar.h"
#include "fixtures/RunDmcockpit.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace dmc;

namespace {

// info --json without the import log (its timestamps are when, not what).
QJsonObject infoWithoutImports(const QString &db)
{
    const auto run = test::runDmcockpit({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QJsonObject info = QJsonDocument::fromJson(run.out).object();
    info.remove(QStringLiteral("imports"));
    return info;
}

// Every CRM table as text, rows in key order: two equal dumps are the same data.
QByteArray dumpCrmTables(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return {};
    QByteArray dump;
    QSqlQuery query((*db)->connection());
    query.setForwardOnly(true);
    for (const QString &table : crmTables()) {
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(table)))
            return {};
        dump += table.toUtf8() + '\n';
        while (query.next()) {
            for (int c = 0; c < query.record().count(); ++c)
                dump += query.value(c).toString().toUtf8() + '|';
            dump += '\n';
        }
    }
    return dump;
}

qint64 count(const QString &path, const QString &sql)
{
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return -1;
    QSqlQuery query((*db)->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

bool isOpen(ForecastCategory category)
{
    return category != ForecastCategory::Closed && category != ForecastCategory::Omitted;
}

// The risk filters of docs/definitions.md#risk-filters with their default thresholds, evaluated the plain
// way on generated data at its last snapshot: the ids of the open deals each one matches.
std::map<QString, QSet<QString>> filterHits(const CrmData &data)
{
    QDate asOf;
    for (const SnapshotRow &row : data.snapshots)
        asOf = std::max(asOf, row.asOf);
    const QDate previous = asOf.addDays(-7);
    QHash<QString, int> probability;
    for (const Stage &stage : data.stages)
        probability.insert(stage.name, stage.probability);
    QHash<QString, const Opportunity *> opportunities;
    for (const Opportunity &o : data.opportunities)
        opportunities.insert(o.id, &o);
    QHash<QString, const Account *> accounts;
    for (const Account &a : data.accounts)
        accounts.insert(a.id, &a);
    QHash<QString, QList<HealthReading>> health;
    for (const HealthReading &h : data.healthReadings)
        health[h.accountId] << h; // generated oldest first
    QHash<QString, QList<const SnapshotRow *>> history;
    for (const SnapshotRow &row : data.snapshots)
        history[row.opportunityId] << &row;

    std::map<QString, QSet<QString>> hits;
    for (const SnapshotRow &row : data.snapshots) {
        if (row.asOf != asOf || !isOpen(row.category))
            continue;
        const QString &id = row.opportunityId;
        const Opportunity &o = *opportunities.value(id);
        const bool commit = row.category == ForecastCategory::Commit;
        const qint64 daysToClose = asOf.daysTo(row.closeDate);
        auto level = [&](MeddpiccElement e) { return o.meddpicc.level(size_t(e)); };
        if (row.stageEnteredDate.daysTo(asOf) > 30)
            hits[QStringLiteral("stale_stage")] << id;
        int pushes = 0;
        const auto &rows = history.value(id);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows[i]->closeDate > rows[i - 1]->closeDate && rows[i]->asOf.daysTo(asOf) <= 90)
                ++pushes;
        }
        if (pushes >= 2)
            hits[QStringLiteral("close_date_pushed")] << id;
        if (row.closeDate < asOf)
            hits[QStringLiteral("past_close_date")] << id;
        if (commit
            && (level(MeddpiccElement::Champion) != EvidenceLevel::Confirmed
                || level(MeddpiccElement::EconomicBuyer) != EvidenceLevel::Confirmed))
            hits[QStringLiteral("commit_without_champion_or_eb")] << id;
        if ((commit || row.category == ForecastCategory::BestCase) && daysToClose >= 0 && daysToClose <= 30
            && level(MeddpiccElement::PaperProcess) != EvidenceLevel::Confirmed)
            hits[QStringLiteral("paper_process_unmapped")] << id;
        if (daysToClose >= 0 && daysToClose <= 45 && o.securityReview == ReviewStatus::NotStarted)
            hits[QStringLiteral("security_review_not_started")] << id;
        if (o.poc.status == PocStatus::Active && (o.poc.plannedEnd < asOf || o.poc.lastCheckIn.daysTo(asOf) > 14))
            hits[QStringLiteral("poc_overrun_or_idle")] << id;
        if (const Account *account = accounts.value(o.accountId)) {
            const qint64 toRenewal = asOf.daysTo(account->renewalDate);
            const auto &readings = health.value(o.accountId);
            if (toRenewal >= 0 && toRenewal <= 120 && !readings.isEmpty()) {
                int before = readings.constLast().score;
                for (const HealthReading &h : readings) {
                    if (h.date.daysTo(asOf) >= 28)
                        before = h.score;
                }
                if (readings.constLast().score < 60 || before - readings.constLast().score >= 10)
                    hits[QStringLiteral("renewal_health")] << id;
            }
        }
        if (row.lastActivityDate.daysTo(asOf) > 21)
            hits[QStringLiteral("no_recent_activity")] << id;
        if (rows.size() >= 2 && rows[rows.size() - 2]->asOf == previous && rows[rows.size() - 2]->amount && row.amount
            && *row.amount * 5 <= *rows[rows.size() - 2]->amount * 4)
            hits[QStringLiteral("amount_dropped")] << id;
        const auto confirmed = std::count_if(o.meddpicc.begin(), o.meddpicc.end(), [](const MeddpiccEntry &e) {
            return e.level == EvidenceLevel::Confirmed;
        });
        if (commit && confirmed < 6)
            hits[QStringLiteral("meddpicc_incomplete")] << id;
        if (commit && probability.value(row.stage) < 40)
            hits[QStringLiteral("early_stage_commit")] << id;
    }
    return hits;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void defaultSizes()
    {
        const DemoGenerator generator;
        const CrmData data = generator.generate();
        QSet<QString> districts, regions;
        for (const Rep &rep : data.reps) {
            districts << rep.district;
            regions << rep.region;
        }
        QCOMPARE(districts.size(), 3);
        QCOMPARE(regions.size(), 1);
        QVERIFY(data.reps.size() >= 24 && data.reps.size() <= 30);
        QCOMPARE(data.opportunities.size(), size_t(900));
        QCOMPARE(data.accounts.size(), size_t(120));
        QSet<QDate> dates;
        for (const SnapshotRow &row : data.snapshots)
            dates << row.asOf;
        QCOMPARE(dates.size(), 26);
        for (const QDate &date : dates)
            QCOMPARE(date.dayOfWeek(), 1);
        QCOMPARE(generator.snapshotDates().constLast(), QDate(2026, 12, 7));
        // The as-of date sits late in 2026Q4 and the snapshots span 2026Q3 completely.
        const FiscalCalendar calendar;
        const FiscalPeriod q4 = *calendar.parse(QStringLiteral("2026Q4"));
        QCOMPARE(FiscalCalendar::weekOfPeriod(q4, QDate(2026, 12, 7)), 11);
        QVERIFY(dates.contains(QDate(2026, 7, 6)) && dates.contains(QDate(2026, 9, 28)));
        QCOMPARE(data.forecastCalls.size(), data.reps.size() * 26);
        QSet<QString> quotaKeys;
        for (const Quota &quota : data.quotas)
            quotaKeys << quota.repId + quota.period;
        for (const Rep &rep : data.reps) {
            QVERIFY(quotaKeys.contains(rep.id + QStringLiteral("2026Q3")));
            QVERIFY(quotaKeys.contains(rep.id + QStringLiteral("2026Q4")));
            QVERIFY(quotaKeys.contains(rep.id + QStringLiteral("2027Q1")));
        }
        QSet<QString> currencies;
        QSet<DealType> types;
        for (const Opportunity &o : data.opportunities) {
            currencies << o.currency;
            types << o.type;
        }
        QCOMPARE(currencies, (QSet<QString>{QString(), QStringLiteral("EUR"), QStringLiteral("GBP")}));
        QCOMPARE(types.size(), 3);
    }

    void movementBetweenSnapshots()
    {
        const CrmData data = DemoGenerator().generate();
        QHash<QString, const SnapshotRow *> last;
        int closeMoved = 0, pushed = 0, pulled = 0, amountUp = 0, amountDown = 0, categoryMoved = 0, stageMoved = 0,
            won = 0, lost = 0;
        QHash<QDate, QSet<QString>> present;
        for (const SnapshotRow &row : data.snapshots) // ordered by date
            present[row.asOf] << row.opportunityId;
        for (const SnapshotRow &row : data.snapshots) {
            if (const SnapshotRow *before = last.value(row.opportunityId)) {
                QCOMPARE(before->asOf.daysTo(row.asOf), 7);
                if (row.closeDate != before->closeDate)
                    ++closeMoved;
                if (isOpen(row.category) && row.closeDate > before->closeDate)
                    ++pushed;
                if (isOpen(row.category) && row.closeDate < before->closeDate)
                    ++pulled;
                if (row.amount > before->amount)
                    ++amountUp;
                if (row.amount < before->amount)
                    ++amountDown;
                if (row.category != before->category)
                    ++categoryMoved;
                if (row.stage != before->stage)
                    ++stageMoved;
                if (row.category == ForecastCategory::Closed && before->category != ForecastCategory::Closed)
                    ++won;
                if (row.category == ForecastCategory::Omitted && before->category != ForecastCategory::Omitted)
                    ++lost;
            }
            last.insert(row.opportunityId, &row);
        }
        QVERIFY(closeMoved > 0 && pushed > 0 && pulled > 0);
        QVERIFY(amountUp > 0 && amountDown > 0);
        QVERIFY(categoryMoved > 0 && stageMoved > 0 && won > 0 && lost > 0);
        const QList<QDate> dates = DemoGenerator().snapshotDates();
        int added = 0, deleted = 0;
        for (qsizetype i = 1; i < dates.size(); ++i) {
            added += int((present[dates[i]] - present[dates[i - 1]]).size());
            deleted += int((present[dates[i - 1]] - present[dates[i]]).size());
        }
        QVERIFY(added > 0);
        QVERIFY(deleted > 0);
    }

    void everyRiskFilterHasHits_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2") << quint64(2);
        QTest::newRow("seed 99") << quint64(99);
    }

    void everyRiskFilterHasHits()
    {
        QFETCH(quint64, seed);
        DemoOptions options;
        options.seed = seed;
        const CrmData data = DemoGenerator(options).generate();
        const auto hits = filterHits(data);
        const QStringList rules{QStringLiteral("stale_stage"),
                                QStringLiteral("close_date_pushed"),
                                QStringLiteral("past_close_date"),
                                QStringLiteral("commit_without_champion_or_eb"),
                                QStringLiteral("paper_process_unmapped"),
                                QStringLiteral("security_review_not_started"),
                                QStringLiteral("poc_overrun_or_idle"),
                                QStringLiteral("renewal_health"),
                                QStringLiteral("no_recent_activity"),
                                QStringLiteral("amount_dropped"),
                                QStringLiteral("meddpicc_incomplete"),
                                QStringLiteral("early_stage_commit")};
        QSet<QString> flagged;
        for (const QString &rule : rules) {
            const auto found = hits.find(rule);
            QVERIFY2(found != hits.end() && !found->second.isEmpty(), qPrintable(rule));
            flagged |= found->second;
        }
        int open = 0;
        const QDate asOf = DemoGenerator(options).snapshotDates().constLast();
        for (const SnapshotRow &row : data.snapshots)
            open += row.asOf == asOf && isOpen(row.category) ? 1 : 0;
        // Realistic: plenty flagged, far from all.
        QVERIFY2(flagged.size() < open * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(flagged.size()).arg(open)));
    }

    void forecastCallsCloseButNotEqual()
    {
        const CrmData data = DemoGenerator().generate();
        const FiscalCalendar calendar;
        QHash<QString, double> rates;
        for (const CurrencyRate &rate : data.currencyRates)
            rates.insert(rate.isReporting ? QString() : rate.code, rate.rate);
        // Won + Commit per (rep, snapshot) for the period holding the snapshot: the commit forecast.
        QHash<QString, Cents> forecast;
        for (const SnapshotRow &row : data.snapshots) {
            const FiscalPeriod period = calendar.periodOf(row.asOf);
            if (!period.contains(row.closeDate) || !row.amount)
                continue;
            if (row.category == ForecastCategory::Closed || row.category == ForecastCategory::Commit) {
                const double rate = rates.value(row.currency == QLatin1String("USD") ? QString() : row.currency, 1.0);
                forecast[row.ownerId + row.asOf.toString(Qt::ISODate)] +=
                    Cents(std::llround(double(*row.amount) / rate));
            }
        }
        QCOMPARE(data.forecastCalls.size(), size_t(26) * data.reps.size());
        for (const ForecastCall &call : data.forecastCalls) {
            const Cents snapshot = forecast.value(call.repId + call.weekStart.toString(Qt::ISODate));
            QCOMPARE(call.period, calendar.periodOf(call.weekStart).key());
            QVERIFY(call.bestCase >= call.commit);
            QVERIFY(call.commit != snapshot);
            QVERIFY2(std::abs(call.commit - snapshot) <= std::max<Cents>(snapshot / 8, 1000000),
                     qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                    .arg(call.repId, call.weekStart.toString(Qt::ISODate))
                                    .arg(call.commit)
                                    .arg(snapshot)));
        }
    }

    void textHasNoForbiddenWords()
    {
        const CrmData data = DemoGenerator().generate();
        QStringList texts;
        for (const Rep &rep : data.reps)
            texts << rep.name << rep.district << rep.region;
        for (const Account &a : data.accounts)
            texts << a.name << a.segment << a.industry << a.executiveSponsor;
        for (const Opportunity &o : data.opportunities) {
            texts << o.name << o.nextStep << o.source << o.partner;
            for (const MeddpiccEntry &entry : o.meddpicc)
                texts << entry.note;
        }
        const QStringList forbidden{QStringLiteral("should"),  QStringLiteral("recommend"), QStringLiteral("must"),
                                    QStringLiteral("need to"), QStringLiteral("consider"),  QStringLiteral("at risk"),
                                    QStringLiteral("weak"),    QStringLiteral("strong"),    QStringLiteral("good"),
                                    QStringLiteral("bad"),     QStringLiteral("healthy")};
        for (const QString &text : std::as_const(texts)) {
            for (const QString &word : forbidden)
                QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(text));
        }
    }

    void sameSeedSameBytesOtherSeedDiffers()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.db"));
        const QString b = dir.filePath(QStringLiteral("b.db"));
        const QString c = dir.filePath(QStringLiteral("c.db"));
        QCOMPARE(test::runDmcockpit(
                     {QStringLiteral("demo"), QStringLiteral("--db"), a, QStringLiteral("--seed"), QStringLiteral("7")})
                     .exitCode,
                 0);
        QCOMPARE(test::runDmcockpit(
                     {QStringLiteral("demo"), QStringLiteral("--db"), b, QStringLiteral("--seed"), QStringLiteral("7")})
                     .exitCode,
                 0);
        QCOMPARE(test::runDmcockpit(
                     {QStringLiteral("demo"), QStringLiteral("--db"), c, QStringLiteral("--seed"), QStringLiteral("8")})
                     .exitCode,
                 0);
        const QJsonObject infoA = infoWithoutImports(a);
        QCOMPARE(infoA.value(QStringLiteral("opportunities")).toInt(), 900);
        QCOMPARE(infoA.value(QStringLiteral("districts")).toInt(), 3);
        QCOMPARE(infoA.value(QStringLiteral("snapshot_dates")).toArray().size(), 26);
        QCOMPARE(infoA, infoWithoutImports(b));
        const QByteArray dumpA = dumpCrmTables(a);
        QVERIFY(dumpA.size() > 100000);
        QCOMPARE(QCryptographicHash::hash(dumpA, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(dumpCrmTables(b), QCryptographicHash::Sha256));
        QVERIFY(dumpA != dumpCrmTables(c));
        QCOMPARE(count(a,
                       QStringLiteral("SELECT COUNT(*) FROM import_log WHERE profile = 'demo' "
                                      "AND status = 'done' AND finished_at IS NOT NULL")),
                 1);
    }

    void refusesToOverwriteUnlessForced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.db"));
        const QStringList small{QStringLiteral("--reps"), QStringLiteral("12"),      QStringLiteral("--deals"),
                                QStringLiteral("300"),    QStringLiteral("--weeks"), QStringLiteral("6")};
        QCOMPARE(test::runDmcockpit(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), path} + small).exitCode,
                 0);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO dm_action (opportunity_id, rule_id, status, note, "
                                              "author, updated_at) VALUES ('OPP-000001', '', 'reviewed', "
                                              "'kept', 'dm', '2026-12-07T09:00:00Z')")));
        }
        const QByteArray before = dumpCrmTables(path);
        const auto refused = test::runDmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.err.contains("--force"));
        QCOMPARE(dumpCrmTables(path), before);

        const auto forced =
            test::runDmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM opportunity")), 900);
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(DISTINCT as_of) FROM snapshot")), 26);
        // --force empties the DM's tables too: the old note was on a deal of the replaced data.
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM dm_action")), 0);
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM import_log WHERE profile = 'demo'")), 2);

        QCOMPARE(test::runDmcockpit({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--weeks"),
                                     QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void scalesToDistrictsAndRegions()
    {
        DemoOptions options;
        options.reps = 120;
        options.deals = 3000;
        options.weeks = 8;
        const CrmData data = DemoGenerator(options).generate();
        QSet<QString> districts, regions;
        for (const Rep &rep : data.reps) {
            districts << rep.district;
            regions << rep.region;
        }
        QCOMPARE(data.reps.size(), size_t(120));
        QCOMPARE(districts.size(), 12);
        QCOMPARE(regions.size(), 3);
        QCOMPARE(data.opportunities.size(), size_t(3000));
        QSet<QString> ids;
        for (const Opportunity &o : data.opportunities)
            ids << o.id;
        QCOMPARE(ids.size(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
