// Territory and capacity on tests/fixtures/capacity/CapacityFixture.h: every definition of
// docs/definitions.md#territory-and-capacity computed by hand in the comments and asserted exactly.
#include "fixtures/capacity/CapacityFixture.h"

#include "analytics/capacity/CapacityInputs.h"
#include "analytics/capacity/CapacityPlan.h"
#include "analytics/capacity/PipelineMix.h"
#include "analytics/capacity/RampAttainment.h"
#include "analytics/capacity/SegmentCoverage.h"
#include "analytics/capacity/Tenure.h"
#include "analytics/capacity/TerritoryBalance.h"
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/review/PeriodDeals.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace dmc;

namespace {
bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}
} // namespace

class TestCapacity : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_dataset;
    CapacityInputs m_inputs;
    const FiscalCalendar m_calendar{1};
    const QDate m_asOf{2026, 8, 15};

    FiscalPeriod q3() const { return m_calendar.period(2026, 3); }
    const Scope districtD = Scope::district(QStringLiteral("D"));

    CapacityPlan plan(const CapacityAssumptions &assumptions = {}) const
    {
        return CapacityPlan::build(*m_dataset, m_inputs, assumptions, m_calendar, q3(), districtD);
    }
    static const CapacityPlan::Rep &repOf(const CapacityPlan &plan, const QString &name)
    {
        for (const CapacityPlan::Rep &rep : plan.reps)
            if (rep.name == name)
                return rep;
        qFatal("no rep %s", qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        const CrmData data = test::capacityFixture();
        m_dataset = DatasetLoader::fromCrmData(data);
        m_inputs = CapacityInputs::fromData(data.rampCurves, data.repEmployment, data.accountOwners);
    }

    // Month 1 is the month of ramp_start; months before it are 0, an unknown start -1.
    void tenureMonths()
    {
        QCOMPARE(Tenure::monthOf(QDate(2026, 6, 10), QDate(2026, 6, 1)), 1);
        QCOMPARE(Tenure::monthOf(QDate(2026, 6, 10), QDate(2026, 9, 30)), 4);
        QCOMPARE(Tenure::monthOf(QDate(2026, 6, 10), QDate(2027, 1, 1)), 8);
        QCOMPARE(Tenure::monthOf(QDate(2026, 6, 10), QDate(2026, 5, 31)), 0);
        QCOMPARE(Tenure::monthOf(QDate(), QDate(2026, 5, 31)), -1);
        // A leaver ending 08-10 is employed in August, not in September.
        QVERIFY(Tenure::employedIn(QDate(2024, 3, 1), QDate(2026, 8, 10), QDate(2026, 8, 1)));
        QVERIFY(!Tenure::employedIn(QDate(2024, 3, 1), QDate(2026, 8, 10), QDate(2026, 9, 1)));
        QVERIFY(!Tenure::employedIn(QDate(2026, 8, 20), QDate(), QDate(2026, 7, 1)));
    }

    // The database's AE and SE curves replace the shipped ones; 100% after the last entry; a role
    // without a curve takes "*" (the shipped 25 / 50 / 75).
    void rampCurves()
    {
        const RampCurve &ae = m_inputs.curves.curveFor(QStringLiteral("AE"));
        const RampCurve &se = m_inputs.curves.curveFor(QStringLiteral("SE"));
        QCOMPARE(ae.fraction(1), 0.25);
        QCOMPARE(ae.fraction(3), 0.75);
        QCOMPARE(ae.fraction(4), 1.0);
        QCOMPARE(se.fraction(1), 0.4);
        QCOMPARE(se.fraction(2), 0.8);
        QCOMPARE(se.fraction(3), 1.0);
        QCOMPARE(ae.fraction(-1), 1.0);
        QCOMPARE(m_inputs.curves.curveFor(QStringLiteral("CSM")).percents(), (std::vector<int>{25, 50, 75}));
        QCOMPARE(RampCurves::defaults().curveFor(QStringLiteral("SE")).percents(), (std::vector<int>{50, 75}));
        QVERIFY(m_inputs.databaseCurves);
    }

    // Q3 2026, factor 100%, monthly full quota = quarterly quota ÷ 3:
    //   Ann 100,000/month at 100%                         Jul 100,000  Aug 100,000  Sep 100,000
    //   Bo   50,000/month, tenure 2/3/4 = 50/75/100%      Jul  25,000  Aug  37,500  Sep  50,000
    //   Di   30,000/month, leaves 08-10 (SE, 100%)        Jul  30,000  Aug  30,000  Sep       -
    //   Cy   SE role median 90,000 ÷ 3 = 30,000, starts 08-20: tenure 1/2 = 40/80%
    //                                                     Jul       -  Aug  12,000  Sep  24,000
    //   capacity                                          155,000      179,500      174,000 = 508,500
    //   FRE                                               2.5          3.15         2.8
    //   ramp loss                                          25,000       30,500        6,000 =  61,500
    // Need = Σ quotas = 300,000 + 150,000 + 90,000 = 540,000 (Cy has none); 180,000 a month.
    // Match = 508,500 ÷ 540,000 − 1 = −0.058333…, within ±10%.
    // Mean full quota of the four reps employed = (300,000 + 150,000 + 90,000 + 90,000) ÷ 4 = 157,500;
    // FRE equal to the need = 540,000 ÷ 157,500 = 3.428571…
    void capacityOfThePeriod()
    {
        const CapacityPlan p = plan();
        QCOMPARE(p.months.size(), size_t(6));
        QCOMPARE(p.months[0].month, QDate(2026, 7, 1));
        QCOMPARE(p.months[0].capacity, Cents(15500000));
        QCOMPARE(p.months[1].capacity, Cents(17950000));
        QCOMPARE(p.months[2].capacity, Cents(17400000));
        QVERIFY(near(p.months[0].fre, 2.5));
        QVERIFY(near(p.months[1].fre, 3.15));
        QVERIFY(near(p.months[2].fre, 2.8));
        QCOMPARE(p.months[0].rampLoss, Cents(2500000));
        QCOMPARE(p.months[1].rampLoss, Cents(3050000));
        QCOMPARE(p.months[2].rampLoss, Cents(600000));
        QCOMPARE(p.months[1].reps, 4);
        QCOMPARE(p.months[2].reps, 3);
        QCOMPARE(p.months[0].need, Cents(18000000));

        const CapacityPlan::Totals &t = p.totals[0];
        QCOMPARE(t.capacity, Cents(50850000));
        QCOMPARE(t.rampLoss, Cents(6150000));
        QCOMPARE(t.need, Cents(54000000));
        QVERIFY(!t.needIsTarget);
        QVERIFY(near(t.fre, 8.45 / 3));
        QVERIFY(near(*t.match, 50850000.0 / 54000000.0 - 1));
        QVERIFY(t.withinBand());
        QCOMPARE(t.meanFullQuota, Cents(15750000));
        QVERIFY(near(*t.freForNeed, 54000000.0 / 15750000.0));

        const CapacityPlan::Rep &bo = repOf(p, QStringLiteral("Bo"));
        QCOMPARE(bo.months[0].tenure, 2);
        QCOMPARE(bo.months[0].ramp, 0.5);
        QCOMPARE(bo.capacity, Cents(11250000));
        QCOMPARE(bo.rampLoss, Cents(3750000));
        QVERIFY(near(bo.fre, 0.75));
        const CapacityPlan::Rep &cy = repOf(p, QStringLiteral("Cy"));
        QVERIFY(cy.planned);
        QVERIFY(!cy.months[0].employed);
        QCOMPARE(cy.quotaSource[0], CapacityPlan::QuotaSource::RoleMedian);
        QCOMPARE(cy.fullQuota[0], Cents(9000000));
        QCOMPARE(cy.capacity, Cents(3600000));
        QCOMPARE(cy.rampLoss, Cents(2400000));
        QVERIFY(near(cy.fre, 0.4));
        const CapacityPlan::Rep &di = repOf(p, QStringLiteral("Di"));
        QCOMPARE(di.end, QDate(2026, 8, 10));
        QVERIFY(!di.months[2].employed);
        QCOMPARE(di.capacity, Cents(6000000));
        QVERIFY(near(di.fre, 2.0 / 3));
    }

    // Q4: Ann 300,000 (own); Bo has no Q4 quota and takes the AE median (Ann's 300,000) at 100%;
    // Cy's role has no Q4 quota at all: 0. Need = Ann's own 300,000 only; match = +100%.
    void theNextPeriod()
    {
        const CapacityPlan p = plan();
        const CapacityPlan::Totals &t = p.totals[1];
        QCOMPARE(t.period.key(), QStringLiteral("2026Q4"));
        QCOMPARE(t.capacity, Cents(60000000));
        QCOMPARE(t.need, Cents(30000000));
        QCOMPARE(*t.match, 1.0);
        QVERIFY(!t.withinBand());
        QCOMPARE(repOf(p, QStringLiteral("Bo")).quotaSource[1], CapacityPlan::QuotaSource::RoleMedian);
        QCOMPARE(repOf(p, QStringLiteral("Cy")).quotaSource[1], CapacityPlan::QuotaSource::None);
    }

    // Factor 90%: every rep-month × 0.9 = 457,650 against 540,000: −15.25%, outside the band;
    // FRE equal to the need = 540,000 ÷ (157,500 × 0.9) = 3.809523…
    void attainmentFactorAndTarget()
    {
        CapacityAssumptions a;
        a.name = QStringLiteral("B");
        a.attainmentFactor = 0.9;
        CapacityPlan p = plan(a);
        QCOMPARE(p.totals[0].capacity, Cents(45765000));
        QCOMPARE(p.totals[0].rampLoss, Cents(6150000)); // the loss does not depend on the factor
        QVERIFY(near(*p.totals[0].match, 45765000.0 / 54000000.0 - 1));
        QVERIFY(!p.totals[0].withinBand());
        QVERIFY(near(*p.totals[0].freForNeed, 54000000.0 / (15750000.0 * 0.9)));

        // A district target of 500,000 replaces the sum of quotas: 508,500 ÷ 500,000 − 1 = +1.7%.
        CapacityAssumptions target;
        target.districtTarget = 50000000;
        p = plan(target);
        QCOMPARE(p.totals[0].need, Cents(50000000));
        QVERIFY(p.totals[0].needIsTarget);
        QVERIFY(near(*p.totals[0].match, 0.017));
    }

    // An assumed hire (AE from 2026-09-01, tenure 1 = 25% in September) at the AE median of Q3's own
    // quotas (Ann 300,000, Bo 150,000: 225,000, 75,000 a month) adds 18,750; Ann leaving 2026-07-31
    // removes her August and September (200,000).
    void hiresAndLeaversOfASet()
    {
        CapacityAssumptions a;
        a.hires.push_back(
            {QStringLiteral("New AE"), QStringLiteral("AE"), QDate(2026, 9, 1), std::nullopt, QStringLiteral("D")});
        a.leavers.push_back({QStringLiteral("ann"), QDate(2026, 7, 31)});
        const CapacityPlan p = plan(a);
        const CapacityPlan::Rep &hire = repOf(p, QStringLiteral("New AE"));
        QVERIFY(hire.assumed);
        QCOMPARE(hire.fullQuota[0], Cents(22500000));
        QCOMPARE(hire.capacity, Cents(1875000));
        QCOMPARE(p.totals[0].capacity, Cents(50850000 - 20000000 + 1875000));
        QCOMPARE(p.totals[0].need, Cents(54000000)); // Ann's quota stays in the need
    }

    // A hire counts in the plans of the scope it was placed in. Q3 as imported: D 508,500 (above);
    // E = Eve alone, 60,000 ÷ 3 = 20,000 a month at tenure 2 / 3 / 4: 10,000 + 15,000 + 20,000 =
    // 45,000; the company and region R (every rep) 508,500 + 45,000 = 553,500. The set's hires:
    //   dHire  AE 09-01, district D, no quota: D's AE median (300,000, 150,000) 225,000: September
    //          25% of 75,000 = 18,750; rep Ann's scope: Ann's 300,000: 25% of 100,000 = 25,000;
    //          company / R: the AE median of Ann, Bo, Eve = 150,000: 25% of 50,000 = 12,500
    //   eHire  AE 08-01, district E, quota 30,000: August 25%, September 50% of 10,000 = 7,500
    //   rHire  SE 09-01, added for region R, quota 30,000: September 40% of 10,000 = 4,000
    //   cHire  AE 07-01, added for the company, quota 60,000: 25% / 50% / 75% of 20,000 = 30,000
    // D: 508,500 + 18,750 = 527,250; E and rep Eve: 45,000 + 7,500 = 52,500; rep Ann: 300,000 +
    // 25,000 = 325,000; R: 553,500 + 12,500 + 7,500 + 4,000 = 577,500; company: + 30,000 = 607,500.
    // The planned hire of the data, Cy (reps.csv, district D), is in D's plan and not in E's.
    void hiresCountWhereTheyArePlaced()
    {
        CapacityAssumptions a;
        a.name = QStringLiteral("A");
        a.hires = {{QStringLiteral("dHire"), QStringLiteral("AE"), QDate(2026, 9, 1), std::nullopt,
                    QStringLiteral("D")},
                   {QStringLiteral("eHire"), QStringLiteral("AE"), QDate(2026, 8, 1), Cents(3000000),
                    QStringLiteral("E")},
                   {QStringLiteral("rHire"), QStringLiteral("SE"), QDate(2026, 9, 1), Cents(3000000), QString(),
                    QStringLiteral("R")},
                   {QStringLiteral("cHire"), QStringLiteral("AE"), QDate(2026, 7, 1), Cents(6000000)}};
        const auto build = [&](const Scope &scope) {
            return CapacityPlan::build(*m_dataset, m_inputs, a, m_calendar, q3(), scope);
        };
        const auto names = [](const CapacityPlan &p) {
            QStringList list;
            for (const CapacityPlan::Rep &rep : p.reps)
                list << rep.name;
            return list;
        };
        const auto hireNames = [](const CapacityPlan &p) {
            QStringList list;
            for (const CapacityAssumptions::Hire &hire : p.assumptions.hires)
                list << hire.name;
            return list;
        };

        const CapacityPlan d = build(districtD);
        QCOMPARE(names(d),
                 (QStringList{QStringLiteral("Ann"), QStringLiteral("Bo"), QStringLiteral("Cy"), QStringLiteral("Di"),
                              QStringLiteral("dHire")}));
        QCOMPARE(hireNames(d), QStringList{QStringLiteral("dHire")});
        QCOMPARE(repOf(d, QStringLiteral("dHire")).capacity, Cents(1875000));
        QCOMPARE(d.totals[0].capacity, Cents(52725000));

        const CapacityPlan e = build(Scope::district(QStringLiteral("E")));
        QCOMPARE(names(e), (QStringList{QStringLiteral("Eve"), QStringLiteral("eHire")}));
        QCOMPARE(repOf(e, QStringLiteral("eHire")).capacity, Cents(750000));
        QCOMPARE(e.totals[0].capacity, Cents(5250000));

        const CapacityPlan eve = build(Scope::rep(QStringLiteral("eve")));
        QCOMPARE(names(eve), (QStringList{QStringLiteral("Eve"), QStringLiteral("eHire")}));
        QCOMPARE(eve.totals[0].capacity, Cents(5250000));
        const CapacityPlan ann = build(Scope::rep(QStringLiteral("ann")));
        QCOMPARE(names(ann), (QStringList{QStringLiteral("Ann"), QStringLiteral("dHire")}));
        QCOMPARE(ann.totals[0].capacity, Cents(32500000));

        const CapacityPlan r = build(Scope::region(QStringLiteral("R")));
        QCOMPARE(hireNames(r),
                 (QStringList{QStringLiteral("dHire"), QStringLiteral("eHire"), QStringLiteral("rHire")}));
        QCOMPARE(repOf(r, QStringLiteral("dHire")).capacity, Cents(1250000));
        QCOMPARE(r.totals[0].capacity, Cents(57750000));
        QCOMPARE(build(Scope::region(QStringLiteral("Elsewhere"))).reps.size(), size_t(0));

        const CapacityPlan all = build(Scope::all());
        QCOMPARE(hireNames(all).size(), 4);
        QCOMPARE(all.totals[0].capacity, Cents(60750000));
        QCOMPARE(build(Scope::all()).totals[0].capacity - build(Scope::region(QStringLiteral("R"))).totals[0].capacity,
                 Cents(3000000));

        // Placing a hire: a district's scope and a rep's give the district, a region's the region.
        CapacityAssumptions::Hire hire;
        CapacityPlan::placeHire(hire, *m_dataset, Scope::rep(QStringLiteral("eve")));
        QCOMPARE(hire.district, QStringLiteral("E"));
        QVERIFY(hire.region.isEmpty());
        CapacityPlan::placeHire(hire, *m_dataset, Scope::region(QStringLiteral("R")));
        QVERIFY(hire.district.isEmpty());
        QCOMPARE(hire.region, QStringLiteral("R"));
        CapacityPlan::placeHire(hire, *m_dataset, Scope::all());
        QVERIFY(hire.district.isEmpty() && hire.region.isEmpty());
    }

    // Bo: June (tenure 1) 10,000 ÷ (50,000 × 25%) = 0.8; July (2) 30,000 ÷ (50,000 × 50%) = 1.2.
    // Eve: June 5,000 ÷ (20,000 × 25%) = 1.0; July 0 ÷ 10,000 = 0. August is not complete.
    // Cohort medians: month 1 (0.8, 1.0) = 0.9; month 2 (1.2, 0) = 0.6.
    void rampAttainment()
    {
        const RampAttainment r = RampAttainment::build(*m_dataset, m_inputs, m_calendar, m_asOf, districtD);
        const RampAttainment::Rep *bo = nullptr;
        for (const auto &rep : r.reps) {
            QVERIFY(rep.id != QStringLiteral("eve"));
            if (rep.id == QStringLiteral("bo"))
                bo = &rep;
        }
        QVERIFY(bo);
        QCOMPARE(bo->months[0]->rampedQuota, Cents(1250000));
        QCOMPARE(bo->months[0]->bookings, Cents(1000000));
        QCOMPARE(*bo->months[0]->attainment, 0.8);
        QCOMPARE(*bo->months[1]->attainment, 1.2);
        QVERIFY(!bo->months[2]);
        QCOMPARE(*r.cohortMedian[0], 0.9);
        QCOMPARE(*r.cohortMedian[1], 0.6);
        QCOMPARE(r.cohortSize[0], 2);
        QCOMPARE(r.cohortSize[1], 2);
        QVERIFY(!r.cohortMedian[2]);
        QCOMPARE(r.cohortSize[2], 0);
    }

    // Trailing Q3 2025-Q2 2026: Enterprise 2 decided, 1 won (40,000); SMB 4 decided, 1 won
    // (10,000); Public none. Shares of the won amount 0.8 / 0.2 / 0.
    // Q3 so far: won 30,000; remaining 540,000 − 30,000 = 510,000.
    //   Enterprise: target 408,000, open 204,000 -> 0.5; implied 1 ÷ 0.5 = 2
    //   Public:     target 0, open 70,000 -> no coverage; no win rate, no implied coverage
    //   SMB:        target 102,000, open 153,000 -> 1.5; implied 1 ÷ 0.25 = 4
    void coverageBySegment()
    {
        const SegmentCoverage c = SegmentCoverage::build(*m_dataset, m_calendar, q3(), districtD, m_asOf, 54000000);
        QCOMPARE(c.wonSoFar, Cents(3000000));
        QCOMPARE(c.remaining, Cents(51000000));
        QCOMPARE(c.trailingFirst.key(), QStringLiteral("2025Q3"));
        QCOMPARE(c.trailingLast.key(), QStringLiteral("2026Q2"));
        QCOMPARE(c.rows.size(), size_t(3));
        const auto &ent = c.rows[0];
        QCOMPARE(ent.segment, QStringLiteral("Enterprise"));
        QCOMPARE(ent.remainingTarget, Cents(40800000));
        QCOMPARE(ent.openPipeline, Cents(20400000));
        QCOMPARE(*ent.coverage, 0.5);
        QCOMPARE(ent.decided, 2);
        QCOMPARE(ent.won, 1);
        QCOMPARE(*ent.winRate, 0.5);
        QCOMPARE(*ent.impliedCoverage, 2.0);
        const auto &pub = c.rows[1];
        QCOMPARE(pub.segment, QStringLiteral("Public"));
        QCOMPARE(pub.openDeals, 1);
        QCOMPARE(pub.openPipeline, Cents(7000000));
        QCOMPARE(pub.remainingTarget, Cents(0));
        QVERIFY(!pub.coverage);
        QCOMPARE(pub.decided, 0);
        QVERIFY(!pub.winRate);
        QVERIFY(!pub.impliedCoverage);
        const auto &smb = c.rows[2];
        QCOMPARE(smb.remainingTarget, Cents(10200000));
        QCOMPARE(*smb.coverage, 1.5);
        QCOMPARE(smb.decided, 4);
        QCOMPARE(*smb.impliedCoverage, 4.0);
    }

    // Created in Q3 in D: O2 153,000 outbound (Bo), O3 70,000 partner and O4 80,000 inbound (Ann);
    // booked: W3 30,000 inbound (Bo).
    void pipelineMix()
    {
        const PipelineMix mix =
            PipelineMix::build(*m_dataset, PeriodDeals::collect(*m_dataset, q3(), districtD, m_asOf));
        QCOMPARE(mix.scope.created, Cents(30300000));
        QVERIFY(near(*mix.scope.createdShare(SourceGroup::Outbound), 153.0 / 303.0));
        QVERIFY(near(*mix.scope.createdShare(SourceGroup::Partner), 70.0 / 303.0));
        QCOMPARE(*mix.scope.createdShare(SourceGroup::Other), 0.0);
        QCOMPARE(*mix.scope.bookingsShare(SourceGroup::Inbound), 1.0);
        QCOMPARE(mix.reps.size(), size_t(4));
        QCOMPARE(mix.reps[0].name, QStringLiteral("Ann"));
        QVERIFY(near(*mix.reps[0].createdShare(SourceGroup::Inbound), 8.0 / 15.0));
        QVERIFY(!mix.reps[0].bookingsShare(SourceGroup::Inbound));
        QCOMPARE(*mix.reps[1].createdShare(SourceGroup::Outbound), 1.0);
    }

    // The same with the import profile's table: "Cold call" partner and "Web" outbound. Created in
    // Q3 in D: O2 153,000 and O3 70,000 partner, O4 80,000 outbound; booked: W3 30,000 outbound.
    // "Partner" and "Referral" keep the default table's groups.
    void pipelineMixWithTheProfilesTable()
    {
        CrmData data = test::capacityFixture();
        data.sourceGroups = {{QStringLiteral("Cold call"), SourceGroup::Partner},
                             {QStringLiteral(" WEB"), SourceGroup::Outbound}};
        const auto dataset = DatasetLoader::fromCrmData(data);
        const PipelineMix mix = PipelineMix::build(*dataset, PeriodDeals::collect(*dataset, q3(), districtD, m_asOf));
        QCOMPARE(mix.scope.created, Cents(30300000));
        QVERIFY(near(*mix.scope.createdShare(SourceGroup::Partner), 223.0 / 303.0));
        QVERIFY(near(*mix.scope.createdShare(SourceGroup::Outbound), 80.0 / 303.0));
        QCOMPARE(*mix.scope.createdShare(SourceGroup::Inbound), 0.0);
        QCOMPARE(*mix.scope.bookingsShare(SourceGroup::Outbound), 1.0);
        QCOMPARE(dataset->sourceGroups().groupOf(QStringLiteral("Referral")), SourceGroup::Inbound);
    }

    // Active on 08-15: Ann (Alpha, Gamma) and Bo (Beta since 06-10, Delta). Di ended 08-10, Cy
    // starts 08-20. Ann: 2 accounts, ARR 150,000, open 284,000 + 70,000 = 354,000, renewals in Q3 2,
    // none without an open deal; Bo: 2, 100,000, 153,000, 0, 1 (Delta). Means 2, 125,000, 253,500,
    // 1, 0.5. Apart: Echo (no owner, its deal is Ann's) and Foxtrot (Di, inactive).
    void territoryBalance()
    {
        const TerritoryBalance b = TerritoryBalance::build(*m_dataset, m_inputs, q3(), districtD, m_asOf);
        QVERIFY(!b.ownersFromDeals);
        QCOMPARE(b.reps.size(), size_t(2));
        const auto &ann = b.reps[0];
        const auto &bo = b.reps[1];
        QCOMPARE(ann.name, QStringLiteral("Ann"));
        QCOMPARE(ann.values.accounts, 2);
        QCOMPARE(ann.values.arr, Cents(15000000));
        QCOMPARE(ann.values.openPipeline, Cents(35400000));
        QCOMPARE(ann.values.renewals, 2);
        QCOMPARE(ann.values.noOpenDeal, 0);
        QCOMPARE(bo.values.arr, Cents(10000000));
        QCOMPARE(bo.values.openPipeline, Cents(15300000));
        QCOMPARE(bo.values.noOpenDeal, 1);
        QCOMPARE(*ann.index[0], 1.0);
        QCOMPARE(*ann.index[1], 1.2);
        QCOMPARE(*bo.index[1], 0.8);
        QVERIFY(near(*ann.index[2], 354.0 / 253.5));
        QCOMPARE(*ann.index[3], 2.0);
        QCOMPARE(*bo.index[3], 0.0);
        QCOMPARE(*bo.index[4], 2.0);
        QCOMPARE(m_dataset->accounts()[size_t(ann.accounts[1])].name, QStringLiteral("Gamma"));
        QCOMPARE(b.apart.size(), size_t(2));
        QCOMPARE(m_dataset->accounts()[size_t(b.apart[0].account)].name, QStringLiteral("Echo"));
        QCOMPARE(b.apart[0].reason, TerritoryBalance::Apart::NoOwner);
        QCOMPARE(b.apart[1].reason, TerritoryBalance::Apart::InactiveOwner);
        QCOMPARE(b.apart[1].ownerId, QStringLiteral("di"));
    }

    // Without account owners, an account belongs to the owner of its latest created deal.
    void ownersFromDeals()
    {
        const CrmData data = test::capacityFixture();
        const CapacityInputs inputs = CapacityInputs::fromData(data.rampCurves, data.repEmployment, {});
        const TerritoryBalance b = TerritoryBalance::build(*m_dataset, inputs, q3(), districtD, m_asOf);
        QVERIFY(b.ownersFromDeals);
        // Alpha (O4), Gamma, Echo (L4) and Delta (L1) are Ann's, Beta (O2) Bo's.
        QCOMPARE(b.reps[0].values.accounts, 4);
        QCOMPARE(b.reps[1].values.accounts, 1);
        QVERIFY(b.apart.empty());
    }

    // The sentences describe the totals in both languages and pass the descriptive-language check.
    void sentences()
    {
        const CapacityPlan p = plan();
        const QString en = CapacityPlan::describe(p.totals[0], 1.0, QStringLiteral("USD"));
        QCOMPARE(en,
                 QStringLiteral("Ramped capacity of Q3 FY2026 is 508,500 USD, 6% under the need of 540,000 USD at an "
                                "attainment factor of 100% (within the ±10% band)."));
        const QString arithmetic = CapacityPlan::freArithmetic(p.totals[0], 1.0, QStringLiteral("USD"));
        QCOMPARE(arithmetic,
                 QStringLiteral("Need 540,000 USD ÷ (mean full quota 157,500 USD × attainment factor 100%) = "
                                "3.43 fully ramped equivalents; the period has 2.82."));
        QVERIFY2(DescriptiveLanguage::isDescriptive(en), qPrintable(en));
        QVERIFY2(DescriptiveLanguage::isDescriptive(arithmetic), qPrintable(arithmetic));
        const QString over = CapacityPlan::describe(p.totals[1], 1.0, QStringLiteral("USD"));
        QVERIFY2(over.contains(QStringLiteral("100% over the need")), qPrintable(over));

        Translations::install(QStringLiteral("ru"));
        for (const CapacityPlan::Totals &t : p.totals) {
            const QString ru = CapacityPlan::describe(t, 0.9, QStringLiteral("USD"));
            QVERIFY2(DescriptiveLanguage::isDescriptive(ru), qPrintable(ru));
            QVERIFY2(!ru.contains(QStringLiteral("capacity")), qPrintable(ru));
            const QString ruArithmetic = CapacityPlan::freArithmetic(t, 0.9, QStringLiteral("USD"));
            QVERIFY2(!ruArithmetic.contains(QStringLiteral("Need")), qPrintable(ruArithmetic));
        }
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
