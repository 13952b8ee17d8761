// Plays and partners on tests/fixtures/plays (its README has every value below by hand): the import
// of the six files and its errors, attribution, the with / without table, coverage, the partners,
// play eligibility and adherence, compliance in parallel, the task graph and the rules as data.
#include "fixtures/FolderImport.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Query.h"
#include "analytics/plays/PlaysInputs.h"
#include "analytics/plays/PlaysReportBuilder.h"
#include "analytics/plays/PlaysText.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "domain/FiscalCalendar.h"
#include "export/CanonicalExporter.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/CrmReader.h"
#include "store/Database.h"
#include "store/PlayReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;

namespace {

const QString FixtureDir = QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/plays");

const PlayDeal *dealOf(const PlaysReport &report, const QString &id)
{
    for (const PlayDeal &deal : report.deals)
        if (deal.id == id)
            return &deal;
    return nullptr;
}

QString idOf(const PlaysReport &report, qint32 deal)
{
    return report.deals[size_t(deal)].id;
}

constexpr Cents usd(qint64 units)
{
    return units * 100;
}

} // namespace

class TestPlays : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<const Dataset> m_data;
    std::optional<PlaysInputs> m_inputs;

    PlaysReport report(const AttributionRules &rules, Scope scope = Scope::all()) const
    {
        const FiscalCalendar calendar;
        const Query query = Query::resolve(*m_data, calendar, QDate(2026, 6, 15), std::nullopt, scope);
        return PlaysReportBuilder(*m_data, m_inputs->records, rules, m_inputs->artifacts).build(query);
    }
    PlaysReport report(Scope scope = Scope::all()) const { return report(m_inputs->rules, scope); }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        auto database = Database::open(m_dir.filePath(QStringLiteral("plays.db")));
        QVERIFY(database.ok());
        m_database = std::move(*database);
        const Status imported = test::importFolder(*m_database, FixtureDir);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        auto data = DatasetLoader::loadFromSql(*m_database);
        QVERIFY(data.ok());
        m_data = *data;
        auto inputs = PlaysInputs::load(*m_database);
        QVERIFY(inputs.ok());
        m_inputs = std::move(*inputs);
    }

    void storedRows()
    {
        const PlayRecords &r = m_inputs->records;
        QCOMPARE(r.partners.size(), size_t(3));
        QCOMPARE(r.partners[0].capabilities,
                 (QStringList{QStringLiteral("FedRAMP Moderate"), QStringLiteral("Implementation")}));
        QCOMPARE(r.opportunityPartners.size(), size_t(4));
        QCOMPARE(r.opportunityPartners[0].registeredDate, QDate(2026, 2, 20));
        QVERIFY(r.opportunityPartners[0].isPrimary);
        QCOMPARE(r.plays.size(), size_t(2));
        const Play &sled = r.plays[1]; // by id: ent, sled
        QCOMPARE(sled.id, QStringLiteral("sled"));
        QCOMPARE(sled.minAmount, std::optional<Cents>(usd(25000)));
        QVERIFY(!sled.maxAmount);
        QCOMPARE(sled.artifacts, (QStringList{QStringLiteral("vpat"), QStringLiteral("soc2")}));
        QCOMPARE(sled.artifactStage, QStringLiteral("Discovery"));
        QCOMPARE(r.steps.size(), size_t(4));
        QCOMPARE(r.compliance.size(), size_t(6));
        QCOMPARE(r.tasks.size(), size_t(13));
        const auto c2 =
            std::find_if(r.tasks.begin(), r.tasks.end(), [](const DealTask &t) { return t.id == QLatin1String("c2"); });
        QCOMPARE(c2->ownerRole, TaskRole::SE);
        QCOMPARE(c2->dependsOn, QStringLiteral("c1"));
    }

    void dealsOfTheQuery()
    {
        // Open at 2026-06-15 (d1, d2, d3, d7) or decided with the close date in 2026Q2 (d4 2026-05-15,
        // d5 2026-06-05, d6 2026-04-30); d8 was won on 2026-02-10, in Q1.
        const PlaysReport r = report();
        QStringList ids;
        for (const PlayDeal &deal : r.deals)
            ids << deal.id;
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3"), QStringLiteral("d4"),
                              QStringLiteral("d5"), QStringLiteral("d6"), QStringLiteral("d7")}));
        QVERIFY(r.hasData);
        QCOMPARE(r.minimumN, 10);
    }

    void attribution()
    {
        const PlaysReport r = report();
        // d1: p1 registered 2026-02-20, on or before the created date 2026-03-01: sourced; p1 primary.
        QCOMPARE(dealOf(r, QStringLiteral("d1"))->attribution, PartnerAttribution::Sourced);
        QCOMPARE(dealOf(r, QStringLiteral("d1"))->primaryPartnerName, QStringLiteral("Alpha Partners"));
        // d2: p2's first touch 2026-05-10 lies between created 2026-04-01 and close 2026-07-31: influenced;
        // p2 is not flagged primary but is the only partner that decided it.
        QCOMPARE(dealOf(r, QStringLiteral("d2"))->attribution, PartnerAttribution::Influenced);
        QCOMPARE(dealOf(r, QStringLiteral("d2"))->primaryPartnerId, QStringLiteral("p2"));
        // d3: no partner row, source Web: none.
        QCOMPARE(dealOf(r, QStringLiteral("d3"))->attribution, PartnerAttribution::None);
        QCOMPARE(dealOf(r, QStringLiteral("d3"))->partnerRows, 0);
        // d4: p1's first touch 2026-01-05 before created 2026-01-10: sourced.
        QCOMPARE(dealOf(r, QStringLiteral("d4"))->attribution, PartnerAttribution::Sourced);
        // d7: no partner row, but the lead source "Partner" is a partner source: sourced.
        QCOMPARE(dealOf(r, QStringLiteral("d7"))->attribution, PartnerAttribution::Sourced);
        QVERIFY(dealOf(r, QStringLiteral("d7"))->primaryPartnerId.isEmpty());

        // Sourced d1 100,000 (open) + d4 40,000 (won) + d7 20,000 (open) = 3 deals, 160,000;
        // influenced d2 50,000 (open); none d3 80,000 (open) + d5 30,000 (lost) + d6 60,000 (won).
        const auto &split = r.partners.split;
        const AttributionShare &sourced = split[size_t(PartnerAttribution::Sourced)];
        QCOMPARE(sourced.deals, 3);
        QCOMPARE(sourced.amount, usd(160000));
        QCOMPARE(sourced.openDeals, 2);
        QCOMPARE(sourced.openAmount, usd(120000));
        QCOMPARE(sourced.wonDeals, 1);
        QCOMPARE(sourced.wonAmount, usd(40000));
        const AttributionShare &influenced = split[size_t(PartnerAttribution::Influenced)];
        QCOMPARE(influenced.deals, 1);
        QCOMPARE(influenced.amount, usd(50000));
        const AttributionShare &none = split[size_t(PartnerAttribution::None)];
        QCOMPARE(none.deals, 3);
        QCOMPARE(none.amount, usd(170000));
        QCOMPARE(none.wonAmount, usd(60000));
        // Nothing counted twice: 160,000 + 50,000 + 170,000 = 380,000 = the seven deals' amounts.
        QCOMPARE(sourced.amount + influenced.amount + none.amount, usd(380000));
    }

    void attributionRulesAsData()
    {
        // Without "Partner" among the partner sources, d7 has nothing to make it sourced.
        AttributionRules rules = m_inputs->rules;
        QVERIFY(rules.merge(R"({"partner_sources": ["Channel"]})", QStringLiteral("test")).ok());
        QCOMPARE(dealOf(report(rules), QStringLiteral("d7"))->attribution, PartnerAttribution::None);
        // Registration not counted: d1's first touch 2026-02-25 is still before created 2026-03-01.
        QVERIFY(rules.merge(R"({"registration_counts_as_sourced": false})", QStringLiteral("test")).ok());
        QCOMPARE(dealOf(report(rules), QStringLiteral("d1"))->attribution, PartnerAttribution::Sourced);
        const Status bad = rules.merge(R"({"minimum_n": 0})", QStringLiteral("test"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().toString(), QStringLiteral("test: minimum_n: expected a whole number from 1 to 1000"));
    }

    // The import profile's source_groups table feeds the attribution too: with "Web" in the partner
    // group, d3, d5 and d6 (Web, no partner row) are sourced beside d1, d4 and d7: 6 deals,
    // 100,000 + 80,000 + 40,000 + 30,000 + 60,000 + 20,000 = 330,000; d2 stays influenced and none
    // is left. "Partner" mapped to inbound there does not undo the rules' partner source (d7).
    void partnerSourcesFromTheProfilesTable()
    {
        const QString profilePath = m_dir.filePath(QStringLiteral("org.json"));
        QFile profile(profilePath);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(R"({"name": "org", "format": "canonical",
                          "source_groups": {"Web": "partner", "Partner": "inbound"}})");
        profile.close();
        auto database = Database::open(m_dir.filePath(QStringLiteral("profile.db")));
        QVERIFY(database.ok());
        const Status imported = test::importFolder(**database, FixtureDir, profilePath);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        auto data = DatasetLoader::loadFromSql(**database);
        QVERIFY(data.ok());
        auto inputs = PlaysInputs::load(**database);
        QVERIFY(inputs.ok());
        const Query query = Query::resolve(**data, FiscalCalendar(), QDate(2026, 6, 15), std::nullopt, Scope::all());
        const PlaysReport r =
            PlaysReportBuilder(**data, inputs->records, inputs->rules, inputs->artifacts).build(query);
        QCOMPARE(dealOf(r, QStringLiteral("d3"))->attribution, PartnerAttribution::Sourced);
        QCOMPARE(dealOf(r, QStringLiteral("d7"))->attribution, PartnerAttribution::Sourced);
        QCOMPARE(dealOf(r, QStringLiteral("d2"))->attribution, PartnerAttribution::Influenced);
        const auto &split = r.partners.split;
        QCOMPARE(split[size_t(PartnerAttribution::Sourced)].deals, 6);
        QCOMPARE(split[size_t(PartnerAttribution::Sourced)].amount, usd(330000));
        QCOMPARE(split[size_t(PartnerAttribution::Influenced)].amount, usd(50000));
        QCOMPARE(split[size_t(PartnerAttribution::None)].deals, 0);
    }

    void withAndWithoutBelowTheThreshold()
    {
        // Decided in Q2: d4 won with a partner (SLED), d5 lost without (SLED), d6 won without
        // (Enterprise). Every n is below 10: the n and no rate.
        const PlaysReport r = report();
        const auto &rows = r.partners.withWithout;
        QCOMPARE(rows.size(), size_t(3)); // Enterprise, SLED, all
        QCOMPARE(rows[0].segment, QStringLiteral("Enterprise"));
        QCOMPARE(rows[0].with.decided, 0);
        QCOMPARE(rows[0].without.decided, 1);
        QCOMPARE(rows[0].without.won, 1);
        QCOMPARE(rows[1].segment, QStringLiteral("SLED"));
        QCOMPARE(rows[1].with.decided, 1);
        QCOMPARE(rows[1].with.won, 1);
        QCOMPARE(rows[1].without.decided, 1);
        QCOMPARE(rows[1].without.won, 0);
        QVERIFY(rows[2].all);
        QCOMPARE(rows[2].with.decided, 1);
        QCOMPARE(rows[2].without.decided, 2);
        QCOMPARE(rows[2].without.won, 1);
        QVERIFY(!rows[2].with.winRate);
        QVERIFY(!rows[2].without.averageWon);
        QVERIFY(!rows[2].without.medianCycleDays);
        QCOMPARE(PlaysText::winRate(rows[2].without), QStringLiteral("n = 2"));
    }

    void withAndWithoutFromTheThreshold()
    {
        // Threshold 1: with = d4 (won 1 of 1: 100%, 40,000; created 2026-01-10 to close 2026-05-15 =
        // 21 + 28 + 31 + 30 + 15 = 125 days); without = d5 lost and d6 won (1 of 2: 50%, 60,000;
        // 2026-03-10 to 2026-04-30 = 21 + 30 = 51 days).
        AttributionRules rules = m_inputs->rules;
        QVERIFY(rules.merge(R"({"minimum_n": 1})", QStringLiteral("test")).ok());
        const PlaysReport r = report(rules);
        const WithWithoutRow &all = r.partners.withWithout.back();
        QCOMPARE(all.with.winRate, std::optional<double>(1.0));
        QCOMPARE(all.with.averageWon, std::optional<Cents>(usd(40000)));
        QCOMPARE(all.with.medianCycleDays, std::optional<double>(125));
        QCOMPARE(all.without.winRate, std::optional<double>(0.5));
        QCOMPARE(all.without.averageWon, std::optional<Cents>(usd(60000)));
        QCOMPARE(all.without.medianCycleDays, std::optional<double>(51));
        QCOMPARE(PlaysText::winRate(all.without), QStringLiteral("50% (n = 2)"));
        QCOMPARE(PlaysText::medianCycle(all.with), QStringLiteral("125 days (n = 1)"));
        // The Enterprise row's with-partner side has no deal: still no rate.
        QVERIFY(!r.partners.withWithout[0].with.winRate);
    }

    void coverage()
    {
        // Open: d1 100,000 (p1 row), d2 50,000 (p2 row), d3 80,000, d7 20,000 (source only, no row):
        // 150,000 of 250,000 = 60%, 2 of 4 deals.
        const PartnerCoverage &c = report().partners.coverage;
        QCOMPARE(c.openDeals, 4);
        QCOMPARE(c.openAmount, usd(250000));
        QCOMPARE(c.withPartnerDeals, 2);
        QCOMPARE(c.withPartnerAmount, usd(150000));
        QCOMPARE(c.share, std::optional<double>(0.6));
    }

    void partners()
    {
        const PlaysReport r = report();
        const auto &rows = r.partners.partners;
        QCOMPARE(rows.size(), size_t(3)); // by name: Alpha, Beta, Gamma
        // Alpha (p1): on d1 and d4, primary of both, both sourced: 140,000. Co-sell at the as-of:
        // d4 won. n = 1 is below 10: no win rate.
        QCOMPARE(rows[0].name, QStringLiteral("Alpha Partners"));
        QCOMPARE(rows[0].deals, 2);
        QCOMPARE(rows[0].sourcedDeals, 2);
        QCOMPARE(rows[0].sourcedAmount, usd(140000));
        QCOMPARE(rows[0].coSellWon, 1);
        QCOMPARE(rows[0].coSellLost, 0);
        QVERIFY(!rows[0].winRate);
        // Beta (p2): influenced d2 (50,000); co-sell d8, won in Q1 (any close date counts).
        QCOMPARE(rows[1].name, QStringLiteral("Beta Consulting"));
        QCOMPARE(rows[1].influencedDeals, 1);
        QCOMPARE(rows[1].influencedAmount, usd(50000));
        QCOMPARE(rows[1].coSellWon, 1);
        // Gamma (p3): listed with nothing.
        QCOMPARE(rows[2].deals, 0);
        QCOMPARE(rows[2].coSellWon + rows[2].coSellLost, 0);
    }

    void playEligibilityAndAdherence()
    {
        const PlaysReport r = report();
        QCOMPARE(r.plays.size(), size_t(2));
        // By name: "Enterprise expansion", "SLED new logo".
        const PlayFigures &ent = r.plays[0];
        QCOMPARE(ent.play.id, QStringLiteral("ent"));
        // Enterprise and expansion: d7 only (d2 and d6 are new deals). At Qualified, e1 (due by
        // Qualified) is due and no task carries it out: 0 of 1.
        QCOMPARE(ent.deals.size(), size_t(1));
        QCOMPARE(idOf(r, ent.deals[0].deal), QStringLiteral("d7"));
        QCOMPARE(ent.deals[0].missing.size(), size_t(1));
        QCOMPARE(ent.adherence, std::optional<double>(0.0));

        const PlayFigures &sled = r.plays[1];
        // SLED, new, amount >= 25,000: d1, d3, d4, d5 (d8 is not a deal of the query).
        QStringList eligible;
        for (const PlayDealSteps &steps : sled.deals)
            eligible << idOf(r, steps.deal);
        QCOMPARE(eligible,
                 (QStringList{QStringLiteral("d1"), QStringLiteral("d3"), QStringLiteral("d4"), QStringLiteral("d5")}));
        // d1 at Proposal: s1 (Discovery) done by t1, s2 (Proposal) open in t2: missing s2.
        QCOMPARE(sled.deals[0].due, 2);
        QCOMPARE(sled.deals[0].done, 1);
        QCOMPARE(sled.deals[0].missing.size(), size_t(1));
        QCOMPARE(sled.deals[0].missing[0].id, QStringLiteral("s2"));
        // d3 at Negotiation: s1, s2, s3 done (t5 on 2026-06-12): adherent.
        QCOMPARE(sled.deals[1].due, 3);
        QVERIFY(sled.deals[1].adherent());
        // d4 won: every step due, every one done.
        QCOMPARE(sled.deals[2].due, 3);
        QVERIFY(sled.deals[2].adherent());
        // d5 lost after Discovery (its highest open stage): the Discovery step s1 is due, not done.
        QCOMPARE(sled.deals[3].due, 1);
        QCOMPARE(sled.deals[3].missing[0].id, QStringLiteral("s1"));
        // Adherence = 2 of 4.
        QCOMPARE(sled.adherent, 2);
        QCOMPARE(sled.adherence, std::optional<double>(0.5));
        QCOMPARE(PlaysText::missingSteps(sled.deals[0].missing),
                 QStringLiteral("Security review booked (by Proposal)"));
    }

    void partnerCapabilityMatch()
    {
        const PlaysReport r = report();
        // SLED play: FedRAMP Moderate, Implementation; SLED; NASPO. Alpha has all four, Gamma
        // Implementation and SLED, Beta none. Listed by name.
        const PlayFigures &sled = r.plays[1];
        QCOMPARE(sled.partners.size(), size_t(2));
        QCOMPARE(sled.partners[0].partnerName, QStringLiteral("Alpha Partners"));
        QCOMPARE(sled.partners[0].matched,
                 (QStringList{QStringLiteral("FedRAMP Moderate"), QStringLiteral("Implementation"),
                              QStringLiteral("SLED"), QStringLiteral("NASPO")}));
        QCOMPARE(sled.partners[0].coSellWon, 1);
        QCOMPARE(sled.partners[1].partnerName, QStringLiteral("Gamma Systems"));
        QCOMPARE(sled.partners[1].matched.size(), 2);
        // Enterprise play: Beta's Change management and Enterprise.
        QCOMPARE(r.plays[0].partners.size(), size_t(1));
        QCOMPARE(r.plays[0].partners[0].matched,
                 (QStringList{QStringLiteral("Change management"), QStringLiteral("Enterprise")}));
    }

    void complianceInParallel()
    {
        const PlaysReport r = report();
        const ComplianceFigures &f = r.compliance;
        // Entered Discovery: d1 2026-05-04 (its 06-01 row), d3 2026-05-20 (first seen at Negotiation,
        // entered then), d4 2026-05-15 (first seen won), d5 2026-05-25.
        struct Expected
        {
            const char *deal;
            const char *artifact;
            ComplianceCell::State state;
            QDate entered;
        };
        using S = ComplianceCell::State;
        const Expected expected[] = {
            {"d1", "vpat", S::InParallel, QDate(2026, 5, 4)},  // started 04-20
            {"d1", "soc2", S::StartedLate, QDate(2026, 5, 4)}, // started 05-20, after 05-04
            {"d2", "fedramp", S::RecordedOnly, {}},            // no play of d2 requires it
            {"d3", "vpat", S::InParallel, QDate(2026, 5, 20)}, // started 05-01
            {"d3", "soc2", S::NotRequired, QDate(2026, 5, 20)},
            {"d4", "vpat", S::NotStarted, QDate(2026, 5, 15)}, // no row
            {"d4", "soc2", S::InParallel, QDate(2026, 5, 15)}, // started 04-01
            {"d5", "vpat", S::NotStarted, QDate(2026, 5, 25)},
            {"d5", "soc2", S::NotStarted, QDate(2026, 5, 25)},
        };
        QCOMPARE(f.cells.size(), std::size(expected));
        for (size_t i = 0; i < std::size(expected); ++i) {
            const ComplianceCell &cell = f.cells[i];
            QCOMPARE(idOf(r, cell.deal), QLatin1String(expected[i].deal));
            QCOMPARE(cell.artifact, QLatin1String(expected[i].artifact));
            QCOMPARE(cell.state, expected[i].state);
            QCOMPARE(cell.entered, expected[i].entered);
        }
        // Due (stage entered, required, not "not required"): 2 + 1 + 2 + 2 = 7; in parallel 3.
        QCOMPARE(f.due, 7);
        QCOMPARE(f.inParallel, 3);
        QCOMPARE(*f.rate, 3.0 / 7.0);
        // By artifact, in the list's order: VPAT 2 of 4 (d1, d3 of d1, d3, d4, d5), SOC 2 1 of 3.
        QCOMPARE(f.artifacts.size(), size_t(2));
        QCOMPARE(f.artifacts[0].artifact, QStringLiteral("vpat"));
        QCOMPARE(f.artifacts[0].due, 4);
        QCOMPARE(f.artifacts[0].inParallel, 2);
        QCOMPARE(f.artifacts[1].due, 3);
        QCOMPARE(f.artifacts[1].inParallel, 1);
        QCOMPARE(m_inputs->artifacts.label(QStringLiteral("soc2")), QStringLiteral("SOC 2"));
    }

    void artifactListAsData()
    {
        ComplianceArtifacts list = m_inputs->artifacts;
        QVERIFY(list.merge(R"({"artifacts":[{"id":"cjis","name":"CJIS"},{"id":"vpat","name":"VPAT 2.5"}]})",
                           QStringLiteral("test"))
                    .ok());
        QCOMPARE(list.label(QStringLiteral("cjis")), QStringLiteral("CJIS"));
        QCOMPARE(list.label(QStringLiteral("vpat")), QStringLiteral("VPAT 2.5"));
        QCOMPARE(list.orderOf(QStringLiteral("cjis")), 7); // after the seven shipped ones
        QVERIFY(!list.merge(R"({"artifacts": 3})", QStringLiteral("test")).ok());
    }

    void taskGraph()
    {
        const PlaysReport r = report();
        const TaskGraph &g = r.tasks;
        // Open at 2026-06-15: t2 (SE, due 06-10: overdue), t9 (Partner, due 06-12: overdue),
        // c1 (Partner, due 06-20), c2 (SE), c3 (AE); the others are done (c0 on 05-30).
        const RoleTasks &ae = g.roles[size_t(TaskRole::AE)];
        QCOMPARE(ae.open, 1);
        QCOMPARE(ae.overdue, 0);
        // c1 -> c2 -> c3 on d2: three open tasks in a row (c0, done, ends it), the last due
        // 2026-08-05, 5 days after d2's close date 2026-07-31.
        QVERIFY(ae.longestChain);
        QCOMPARE(ae.longestChain->tasks,
                 (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}));
        QCOMPARE(ae.longestChain->end, QDate(2026, 8, 5));
        QCOMPARE(ae.longestChain->close, QDate(2026, 7, 31));
        QCOMPARE(ae.longestChain->daysAfterClose, std::optional<int>(5));
        const RoleTasks &se = g.roles[size_t(TaskRole::SE)];
        QCOMPARE(se.open, 2);
        QCOMPARE(se.overdue, 1);
        QCOMPARE(se.longestChain->length(), 2); // c1 -> c2, ending 07-10: 21 days before 07-31
        QCOMPARE(se.longestChain->daysAfterClose, std::optional<int>(-21));
        const RoleTasks &partner = g.roles[size_t(TaskRole::Partner)];
        QCOMPARE(partner.open, 2);
        QCOMPARE(partner.overdue, 1);
        // Two chains of one: c1 (due 06-20) ends later than t9 (06-12).
        QCOMPARE(partner.longestChain->tasks, QStringList{QStringLiteral("c1")});
        const RoleTasks &cs = g.roles[size_t(TaskRole::CS)];
        QCOMPARE(cs.open, 0);
        QVERIFY(!cs.longestChain);
        // Per deal: d1 t2 (06-10 vs close 06-30: -20), d2 the three, d3 t9 (06-12 vs 06-20: -8).
        QCOMPARE(g.dealChains.size(), size_t(3));
        QCOMPARE(idOf(r, g.dealChains[0].deal), QStringLiteral("d1"));
        QCOMPARE(g.dealChains[0].daysAfterClose, std::optional<int>(-20));
        QCOMPARE(g.dealChains[1].length(), 3);
        QCOMPARE(g.dealChains[2].daysAfterClose, std::optional<int>(-8));
        QCOMPARE(PlaysText::chain(g.dealChains[1]),
                 QStringLiteral(
                     "3 open tasks in a row, the last due 2026-08-05, 5 days after the close date 2026-07-31"));
    }

    void scope()
    {
        // Bo Chen's deals: d3, d5, d6, d7.
        const PlaysReport r = report(Scope::rep(QStringLiteral("r2")));
        QCOMPARE(r.deals.size(), size_t(4));
        QCOMPARE(r.partners.coverage.openAmount, usd(100000)); // d3 80,000 + d7 20,000
        QCOMPARE(r.plays[1].deals.size(), size_t(2));          // d3, d5
        QCOMPARE(r.tasks.roles[size_t(TaskRole::SE)].open, 0);
    }

    void descriptiveInBothLanguages()
    {
        for (const char *language : {"en", "ru"}) {
            Translations::install(QString::fromLatin1(language));
            const PlaysReport r = report();
            QStringList texts;
            for (const auto a : {PartnerAttribution::Sourced, PartnerAttribution::Influenced, PartnerAttribution::None})
                texts << PlaysText::attribution(a);
            for (const ComplianceCell &cell : r.compliance.cells)
                texts << PlaysText::complianceState(cell.state) << PlaysText::artifactStatus(cell.status);
            for (const TaskChain &chain : r.tasks.dealChains)
                texts << PlaysText::chain(chain);
            for (const PlayFigures &play : r.plays)
                for (const PlayDealSteps &steps : play.deals)
                    texts << PlaysText::missingSteps(steps.missing);
            for (const WithWithoutRow &row : r.partners.withWithout)
                texts << PlaysText::winRate(row.with) << PlaysText::medianCycle(row.without);
            for (const QString &text : texts)
                QVERIFY2(DescriptiveLanguage::isDescriptive(text), qPrintable(text));
        }
        Translations::install(QStringLiteral("en"));
    }

    void exportRoundTrip()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        auto written = CanonicalExporter(*m_database).exportTo(out);
        QVERIFY(written.ok());
        auto second = Database::open(dir.filePath(QStringLiteral("two.db")));
        QVERIFY(second.ok());
        const Status imported = test::importFolder(**second, out);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        const QString again = dir.filePath(QStringLiteral("again"));
        QVERIFY(CanonicalExporter(**second).exportTo(again).ok());
        for (const char *name : {"partners.csv", "opportunity_partners.csv", "plays.csv", "play_steps.csv",
                                 "compliance.csv", "tasks.csv"}) {
            QFile a(QDir(out).filePath(QLatin1String(name))), b(QDir(again).filePath(QLatin1String(name)));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            const QByteArray text = a.readAll();
            QCOMPARE(text, b.readAll());
            QVERIFY2(text.count('\n') > 2, name);
        }
        auto records = PlayReader(**second).read();
        QVERIFY(records.ok());
        QCOMPARE(records->plays[1].minAmount, std::optional<Cents>(usd(25000)));
        QCOMPARE(records->tasks.size(), size_t(13));
    }

    void importErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("status") << QStringLiteral("compliance.csv")
                                << QByteArray("opportunity_id,artifact,status\nd1,vpat,started\n")
                                << QStringLiteral("compliance.csv, line 2, column 3: \"started\" is not not_started, "
                                                  "in_progress, done or not_required");
        QTest::newRow("done date") << QStringLiteral("compliance.csv")
                                   << QByteArray("opportunity_id,artifact,status,started,done\n"
                                                 "d1,vpat,done,2026-05-01,2026-04-01\n")
                                   << QStringLiteral("compliance.csv, line 2, column 5: done 2026-04-01 is before "
                                                     "started 2026-05-01");
        QTest::newRow("partner") << QStringLiteral("opportunity_partners.csv")
                                 << QByteArray("opportunity_id,partner_id\nd1,p1\nd2,p9\n")
                                 << QStringLiteral("opportunity_partners.csv, line 3, column 2: partner \"p9\" is not "
                                                   "in partners.csv");
        QTest::newRow("two primaries") << QStringLiteral("opportunity_partners.csv")
                                       << QByteArray("opportunity_id,partner_id,is_primary\nd1,p1,1\nd1,p2,1\n")
                                       << QStringLiteral("opportunity_partners.csv, line 3, column 3: deal \"d1\" has "
                                                         "a primary partner already (line 2)");
        QTest::newRow("stage") << QStringLiteral("play_steps.csv")
                               << QByteArray("id,play_id,title,due_stage\ns1,sled,x,Demo\n")
                               << QStringLiteral("play_steps.csv, line 2, column 4: stage \"Demo\" is not in the stage "
                                                 "ladder");
        QTest::newRow("role") << QStringLiteral("tasks.csv") << QByteArray("id,opportunity_id,owner_role\nt1,d1,PM\n")
                              << QStringLiteral("tasks.csv, line 2, column 3: \"PM\" is not AE, SE, Partner or CS");
        QTest::newRow("other deal") << QStringLiteral("tasks.csv")
                                    << QByteArray("id,opportunity_id,owner_role,depends_on\nt1,d1,AE,\nt2,d2,SE,t1\n")
                                    << QStringLiteral(
                                           "tasks.csv, line 3, column 4: task \"t1\" belongs to another deal");
        QTest::newRow("loop") << QStringLiteral("tasks.csv")
                              << QByteArray("id,opportunity_id,owner_role,depends_on\nt1,d1,AE,t3\nt2,d1,SE,t1\n"
                                            "t3,d1,AE,t2\n")
                              << QStringLiteral("tasks.csv, line 2, column 4: task \"t1\" depends on itself through "
                                                "\"t3\"");
    }

    void importErrors()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        Translations::install(QStringLiteral("en"));
        QTemporaryDir dir;
        const QString folder = test::fixtureWith(dir, FixtureDir, file, content);
        auto database = Database::open(dir.filePath(QStringLiteral("bad.db")));
        QVERIFY(database.ok());
        const Status imported = test::importFolder(**database, folder);
        QVERIFY(!imported.ok());
        const QString text = imported.error().toString();
        QVERIFY2(text.endsWith(error.section(QStringLiteral(", line"), 1).prepend(QStringLiteral(", line"))),
                 qPrintable(text));
        QVERIFY2(text.contains(file), qPrintable(text));
        // All or nothing: no deal and no play row was written.
        auto stored = PlayReader(**database).read();
        QVERIFY(stored.ok());
        QVERIFY(stored->isEmpty());
        auto has = CrmReader(**database).hasCrmData();
        QVERIFY(has.ok());
        QVERIFY(!*has);
    }
};

QTEST_GUILESS_MAIN(TestPlays)
#include "tst_plays.moc"
