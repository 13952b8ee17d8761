#include "InsightContext.h"

#include "InsightRules.h"
#include "analytics/dataset/HistoryPassPaging.h"
#include "analytics/dataset/HistoryUpTo.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/TextFormat.h"

#include <QMap>

namespace dmc {

InsightContext::InsightContext(const Engine &engine, const Query &query)
    : engine(engine)
    , data(engine.dataset())
    , rules(engine.settings().insightRules)
    , query(query)
    , currency(engine.dataset().reportingCurrency())
{
    asOfIndex = data.latestSnapshotOnOrBefore(query.asOf);
    if (asOfIndex < 0)
        return;
    asOf = data.snapshotDate(asOfIndex);
    asOfDay = data.snapshotDay(asOfIndex);
    period = query.period;
    const FiscalCalendar calendar = engine.calendar();
    previousPeriod = calendar.previous(period);
    // The same day of the previous period: as far into it as the as-of is into P (clamped to its end).
    const qint64 into = std::max<qint64>(0, period.start.daysTo(asOf));
    QDate sameDay = previousPeriod.start.addDays(into);
    if (sameDay > previousPeriod.end)
        sameDay = previousPeriod.end;
    thenIndex = data.latestSnapshotOnOrBefore(sameDay);
    if (thenIndex >= 0 && data.snapshotDate(thenIndex) < previousPeriod.start)
        thenIndex = -1; // no snapshot inside P - 1 up to that day
    if (thenIndex >= 0)
        then = data.snapshotDate(thenIndex);

    scopeMask = data.scopeMask(query.scope);
    for (const qint32 rep : data.repsInScope(query.scope))
        if (data.reps()[size_t(rep)].known)
            scopeReps.push_back(rep);
    districtSubjects = query.scope.kind == Scope::Kind::Region || query.scope.kind == Scope::Kind::All;
    if (districtSubjects) {
        QMap<QString, InsightSubject> byDistrict;
        for (const qint32 rep : scopeReps) {
            const Rep &r = data.reps()[size_t(rep)].rep;
            if (r.district.isEmpty())
                continue;
            InsightSubject &subject = byDistrict[r.district];
            subject.kind = Insight::Subject::District;
            subject.id = r.district;
            subject.name = Scope::district(r.district).displayName(data);
            subject.district = r.district;
            subject.region = r.region;
            subject.reps.push_back(rep);
        }
        for (auto it = byDistrict.begin(); it != byDistrict.end(); ++it)
            subjects.push_back(it.value());
    } else {
        for (const qint32 rep : scopeReps) {
            const Rep &r = data.reps()[size_t(rep)].rep;
            InsightSubject subject;
            subject.kind = Insight::Subject::Rep;
            subject.id = r.id;
            subject.name = r.name;
            subject.rep = rep;
            subject.district = r.district;
            subject.region = r.region;
            subject.reps = {rep};
            subjects.push_back(std::move(subject));
        }
    }

    const auto rows = data.rows();
    const qint32 deals = qint32(data.opportunities().size());
    HistoryPassPaging paging(data);
    for (qint32 o = 0; o < deals; ++o) {
        paging.nextDeal();
        // The owner of the last row on or before the as-of.
        const auto history = historyUpTo(data, o, asOfIndex);
        if (!history.empty() && scopeMask[size_t(rows[history.back()].owner)])
            scopeDeals.push_back(o);
    }
}

std::vector<std::pair<QString, int>> InsightContext::thresholds(const char *rule) const
{
    std::vector<std::pair<QString, int>> list;
    const QString id = QLatin1String(rule);
    for (const QString &key : rules.catalog().parameterKeys(id))
        list.emplace_back(key, rules.parameter(id, key));
    return list;
}

std::span<const quint32> InsightContext::rowsUpToAsOf(qint32 opportunity) const
{
    return historyUpTo(data, opportunity, asOfIndex);
}

Numbers InsightContext::sum(const std::vector<Numbers> &perRep, const InsightSubject &subject) const
{
    Numbers total = Numbers::sum(perRep, subject.reps);
    total.weeksLeft = subject.reps.empty() ? 0 : perRep[size_t(subject.reps.front())].weeksLeft;
    total.derive();
    return total;
}

Insight InsightContext::start(const char *rule, const QString &metric, const InsightSubject &subject) const
{
    Insight insight;
    insight.ruleId = QLatin1String(rule);
    insight.kind = InsightRules::kindOf(insight.ruleId);
    insight.metric = metric;
    insight.subject = subject.kind;
    insight.subjectId = subject.id;
    insight.key = insightKey(insight.ruleId, metric, subject.kind, subject.id);
    insight.rep = subject.rep;
    if (subject.rep >= 0) {
        insight.repId = subject.id;
        insight.repName = subject.name;
    }
    insight.district = subject.district;
    insight.region = subject.region;
    insight.when = asOf;
    insight.baseline.thresholds = thresholds(rule);
    return insight;
}

Insight InsightContext::startForDeal(const char *rule, const QString &metric, qint32 opportunity, qint32 owner) const
{
    Insight insight;
    insight.ruleId = QLatin1String(rule);
    insight.kind = InsightRules::kindOf(insight.ruleId);
    insight.metric = metric;
    insight.subject = Insight::Subject::Deal;
    insight.opportunity = opportunity;
    insight.subjectId = data.opportunity(opportunity).id;
    insight.key = insightKey(insight.ruleId, metric, insight.subject, insight.subjectId);
    insight.rep = owner;
    if (owner >= 0) {
        const Rep &r = data.reps()[size_t(owner)].rep;
        insight.repId = r.id;
        insight.repName = r.name;
        insight.district = r.district;
        insight.region = r.region;
    }
    insight.account = data.opportunityAccount(opportunity);
    insight.when = asOf;
    insight.deals = {opportunity};
    insight.baseline.thresholds = thresholds(rule);
    return insight;
}

QString InsightContext::dealName(qint32 opportunity) const
{
    const Opportunity &o = data.opportunity(opportunity);
    return o.name.isEmpty() ? o.id : o.name;
}

QString InsightContext::repName(qint32 rep) const
{
    return rep >= 0 ? data.reps()[size_t(rep)].rep.name : QString();
}

QString InsightContext::currentWindow() const
{
    return tr("%1 to %2").arg(period.label(), TextFormat::date(asOf));
}

QString InsightContext::previousWindow() const
{
    return tr("%1 to %2").arg(previousPeriod.label(), TextFormat::date(then));
}

} // namespace dmc
