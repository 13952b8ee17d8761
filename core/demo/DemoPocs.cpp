#include "DemoPocs.h"

#include "DemoRandom.h"

#include <array>

namespace dmc {

namespace {

struct CriterionText
{
    const char *objective;
    const char *metric;
    const char *target;
    const char *method;
};

constexpr std::array criterionTexts{
    CriterionText{"Faster month-end close", "close days", "5", "time study"},
    CriterionText{"Search is fast enough", "p95 search latency", "< 300 ms", "load test"},
    CriterionText{"Single sign-on works", "logins through SSO", "100%", "test plan"},
    CriterionText{"Data import at volume", "rows per minute", "500,000", "benchmark"},
    CriterionText{"Reports the team uses", "weekly active users", "40", "usage log"},
    CriterionText{"Fewer manual steps", "manual steps per order", "2", "process walk-through"},
    CriterionText{"Accurate matching", "match rate", "98%", "sample audit"},
    CriterionText{"Integration with the ERP", "orders synced without error", "99.5%", "sync log"},
};

constexpr std::array buyerTasks{"Provide test data",       "Open firewall rules",       "Name an evaluator",
                                "Book the review meeting", "Share the current process", "Grant sandbox access"};
constexpr std::array sellerTasks{"Set up the tenant", "Configure workflows",      "Deliver the connector",
                                 "Run the kick-off",  "Send the results summary", "Prepare the load test"};
constexpr std::array evaluators{"IT architect", "Finance lead",     "Operations manager",
                                "Head of data", "Security officer", "Product owner"};

quint64 pocSeed(const QString &id)
{
    quint64 seed = 14695981039346656037ULL ^ 0x706f63ULL; // FNV-1a over the id, salted "poc"
    for (QChar c : id)
        seed = (seed ^ c.unicode()) * 1099511628211ULL;
    return seed;
}

QDate earliest(QDate a, QDate b)
{
    return a < b ? a : b;
}

} // namespace

PocRecords DemoPocs::build(const std::vector<Opportunity> &opportunities, QDate asOf)
{
    PocRecords records;
    for (const Opportunity &deal : opportunities) {
        const Poc &shorthand = deal.poc;
        if (!shorthand.status || *shorthand.status == PocStatus::None || !shorthand.start.isValid())
            continue;
        DemoRandom random(pocSeed(deal.id));
        PocRecord poc;
        poc.id = deal.id + QStringLiteral("-POC");
        poc.opportunityId = deal.id;
        poc.start = shorthand.start;
        poc.plannedEnd = shorthand.plannedEnd;
        switch (*shorthand.status) {
        case PocStatus::Planned: poc.phase = PocPhase::Planned; break;
        case PocStatus::Active: poc.phase = PocPhase::Active; break;
        case PocStatus::Complete:
            poc.phase = PocPhase::Complete;
            poc.outcome = random.chance(0.85) ? PocOutcome::TechnicalWin : PocOutcome::NoDecision;
            break;
        case PocStatus::Failed:
            // Some ran to the end and did not pass, some were stopped on the way.
            poc.phase = random.chance(0.5) ? PocPhase::Stopped : PocPhase::Complete;
            poc.outcome = poc.phase == PocPhase::Stopped ? PocOutcome::NoDecision : PocOutcome::TechnicalLoss;
            break;
        case PocStatus::None: break;
        }
        const bool ended = poc.phase == PocPhase::Complete || poc.phase == PocPhase::Stopped;
        if (ended)
            poc.actualEnd =
                shorthand.lastCheckIn.isValid() ? std::max(shorthand.lastCheckIn, poc.start) : poc.plannedEnd;
        // A few go-live dates: production after a won POC, when it is already behind the as-of.
        if (ended && poc.outcome == PocOutcome::TechnicalWin && random.chance(0.3)) {
            const QDate live = poc.actualEnd.addDays(random.range(30, 120));
            if (live <= asOf)
                poc.goLive = live;
        }
        // The definition of ready: most items there, some POCs starting without one or two.
        poc.environmentReady =
            random.chance(0.8) ? poc.start.addDays(-random.range(1, 10)) : poc.start.addDays(random.range(1, 7));
        poc.dataReady = random.chance(0.85);
        if (random.chance(0.8))
            poc.evaluator = QLatin1String(random.pick(evaluators));
        poc.exitPlan = random.chance(0.65);
        poc.nextStepAgreed = random.chance(0.7);

        // Criteria: none to four; a deal whose CRM says no success criteria gets at most one
        // without a target.
        const int criteriaCount = shorthand.successCriteriaDefined ? random.range(1, 4) : random.range(0, 1);
        const QDate until = ended ? poc.actualEnd : asOf;
        for (int i = 0; i < criteriaCount; ++i) {
            const CriterionText &text =
                criterionTexts[(size_t(i) + random.below(criterionTexts.size())) % criterionTexts.size()];
            PocCriterion c;
            c.id = poc.id + QStringLiteral("-C%1").arg(i + 1);
            c.pocId = poc.id;
            c.objective = QLatin1String(text.objective);
            c.method = QLatin1String(text.method);
            const bool measurable = shorthand.successCriteriaDefined && random.chance(0.8);
            if (measurable) {
                c.metric = QLatin1String(text.metric);
                c.target = QLatin1String(text.target);
            }
            c.recordedDate = poc.start.addDays(-random.range(2, 14));
            if (random.chance(0.15)) {
                const QDate changed = poc.start.addDays(random.range(3, 14));
                if (changed <= asOf)
                    c.changedDate = changed;
            }
            if (ended) {
                c.result = random.chance(poc.outcome == PocOutcome::TechnicalWin ? 0.85 : 0.4)
                    ? CriterionResult::Met
                    : CriterionResult::NotMet;
                c.resultDate = poc.actualEnd.addDays(-random.range(0, 3));
            } else if (poc.phase == PocPhase::Active && random.chance(0.3) && poc.start.daysTo(until) > 2) {
                c.result = CriterionResult::Met;
                c.resultDate = poc.start.addDays(random.range(2, int(poc.start.daysTo(until))));
            }
            records.criteria.push_back(c);
        }

        // Weekly check-ins from the first week to the end (or two weeks past the as-of); held up to
        // the deal's last check-in, which is the last one held.
        const QDate last = poc.phase == PocPhase::Planned ? QDate() : shorthand.lastCheckIn;
        const QDate checkInsEnd = earliest(ended ? poc.actualEnd : poc.plannedEnd.addDays(14), asOf.addDays(14));
        int n = 0;
        bool lastHeld = false;
        for (QDate planned = poc.start.addDays(7); planned <= checkInsEnd; planned = planned.addDays(7)) {
            PocCheckIn c;
            c.id = poc.id + QStringLiteral("-K%1").arg(++n);
            c.pocId = poc.id;
            c.plannedDate = planned;
            if (last.isValid() && planned <= last && (planned == last || random.chance(0.85)))
                c.heldDate = planned;
            lastHeld = lastHeld || c.heldDate == last;
            records.checkIns.push_back(c);
        }
        if (poc.phase == PocPhase::Planned) {
            records.checkIns.push_back(
                PocCheckIn{poc.id + QStringLiteral("-K%1").arg(++n), poc.id, poc.start, {}, QStringLiteral("kick-off")});
        } else if (last.isValid() && !lastHeld) {
            records.checkIns.push_back(
                PocCheckIn{poc.id + QStringLiteral("-K%1").arg(++n), poc.id, {}, last, QStringLiteral("ad hoc")});
        }

        // Mutual action plan: two to six tasks across the POC.
        const int taskCount = random.range(2, 6);
        const int span =
            std::max(7, int(poc.start.daysTo(poc.plannedEnd.isValid() ? poc.plannedEnd : poc.start.addDays(28))));
        for (int i = 0; i < taskCount; ++i) {
            PocTask t;
            t.id = poc.id + QStringLiteral("-T%1").arg(i + 1);
            t.pocId = poc.id;
            t.side = random.chance(0.55) ? TaskSide::Buyer : TaskSide::Seller;
            t.title = QLatin1String(t.side == TaskSide::Buyer ? random.pick(buyerTasks) : random.pick(sellerTasks));
            t.dueDate = poc.start.addDays(random.range(-3, span));
            if (t.dueDate <= asOf && random.chance(ended ? 0.9 : 0.65)) {
                const QDate done = t.dueDate.addDays(random.range(-2, 4));
                t.doneDate = done <= asOf ? done : asOf;
            }
            records.tasks.push_back(t);
        }
        records.pocs.push_back(std::move(poc));
    }
    return records;
}

} // namespace dmc
