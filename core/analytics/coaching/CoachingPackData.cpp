#include "CoachingPackData.h"

#include "DefaultBeliefs.h"
#include "analytics/engine/Engine.h"
#include "analytics/insights/InsightReview.h"
#include "analytics/poc/PocBoardBuilder.h"
#include "analytics/poc/PocChecklist.h"
#include "analytics/poc/PocText.h"
#include "analytics/risk/RiskDescriber.h"
#include "analytics/risk/RuleSet.h"
#include "analytics/text/CompactFormat.h"
#include "analytics/text/TextFormat.h"
#include "i18n/Translations.h"
#include "analytics/text/TermLabels.h"
#include "analytics/numbers/Median.h"

#include <QSet>

#include <algorithm>

namespace dmc {

namespace {

QString signedMoney(Cents cents, const QString &currency)
{
    return cents > 0 ? u'+' + TextFormat::money(cents, currency) : TextFormat::money(cents, currency);
}

// The metric's value as text: ratios as percent, days, money.
QString metricValue(const QString &key, double value, const QString &currency)
{
    if (key == QLatin1String("win_rate") || key == QLatin1String("stage_conversion"))
        return TextFormat::percent(value);
    if (key == QLatin1String("average_deal_size"))
        return TextFormat::money(Cents(value + 0.5), currency);
    return CoachingPackData::tr("%n day(s)", nullptr, int(value + 0.5));
}

// The same for a table cell: money compact, as the cockpit's tiles write it.
QString metricCell(const QString &key, const std::optional<double> &value, const QString &currency)
{
    if (!value)
        return QStringLiteral("\u2013");
    if (key == QLatin1String("average_deal_size"))
        return CompactFormat::compactMoney(Cents(*value + 0.5), currency);
    return metricValue(key, *value, currency);
}

// Days since the last activity of each rep's open deals at a snapshot: the median per rep.
std::vector<std::optional<double>> activityDaysPerRep(const Dataset &data, int dateIndex)
{
    std::vector<std::vector<double>> days(data.reps().size());
    const DayNumber asOf = data.snapshotDay(dateIndex);
    for (const SnapshotRecord &row : data.rowsAt(dateIndex))
        if (row.owner >= 0 && data.isOpen(row) && row.lastActivityDay != NoDay && row.lastActivityDay <= asOf)
            days[size_t(row.owner)].push_back(double(asOf - row.lastActivityDay));
    std::vector<std::optional<double>> result(days.size());
    for (size_t i = 0; i < days.size(); ++i)
        result[i] = median(std::move(days[i]));
    return result;
}

} // namespace

QString CoachingPackData::metricName(const QString &key)
{
    if (key == QLatin1String("win_rate"))
        return tr("Win rate");
    if (key == QLatin1String("cycle_days"))
        return tr("Median cycle length");
    if (key == QLatin1String("average_deal_size"))
        return tr("Average won deal size");
    if (key == QLatin1String("stage_conversion"))
        return tr("Stage conversion");
    if (key == QLatin1String("activity_days"))
        return tr("Median days since last activity (open deals)");
    return key;
}

QString CoachingPackData::ratingName(const QString &rating)
{
    if (rating == QLatin1String("proven"))
        return tr("Proven");
    if (rating == QLatin1String("mostly_proven"))
        return tr("Mostly proven");
    if (rating == QLatin1String("needs_proof"))
        return tr("Needs proof");
    return tr("Not rated");
}

CoachingPackData CoachingPackData::build(const Engine &engine, const Query &query, const Input &input)
{
    const Dataset &data = engine.dataset();
    CoachingPackData pack;
    pack.asOf = query.asOf;
    pack.previousAsOf = query.compareTo;
    pack.period = query.period;
    pack.reportingCurrency = data.reportingCurrency();
    const qint32 rep = query.scope.kind == Scope::Kind::Rep ? data.repIndex(query.scope.value) : -1;
    const int dateIndex = data.dateIndex(query.asOf);
    if (rep < 0 || dateIndex < 0)
        return pack;
    const DatasetRep &entry = data.reps()[size_t(rep)];
    pack.repId = entry.rep.id;
    pack.repName = entry.rep.name;
    pack.district = entry.rep.district;
    pack.region = entry.rep.region;
    const QString &currency = pack.reportingCurrency;

    // --- numbers and changes
    pack.numbers = engine.numbers(dateIndex, query.period, query.scope);
    const int before = query.compareTo ? data.dateIndex(*query.compareTo) : -1;
    if (before >= 0) {
        pack.previous = engine.numbers(before, query.period, query.scope);
        pack.changes = engine.changes(*query.compareTo, query.asOf, query.scope, query.period);
    }
    pack.exceptions = engine.exceptions(query);

    // --- the rep's POCs: the POC board of the rep's scope and the period
    const PocBoard board =
        PocBoardBuilder(data, engine.calendar(), data.pocs().records(), engine.settings().pocChecklist).build(query);
    pack.pocs = board.pocs;
    for (const PocScorecard &card : pack.pocs) {
        PocLine line;
        line.pocId = card.poc.id;
        line.opportunityId = card.poc.opportunityId;
        line.opportunityName = card.dealName;
        line.status = PocText::phase(card.poc.phase);
        line.timeline = PocText::timeline(card);
        if (!card.dorRecorded) {
            line.dor = tr("not recorded", "DOR items");
        } else if (card.dorMissing == 0) {
            line.dor = tr("none", "DOR items missing");
        } else {
            QStringList missing;
            for (const PocDorItem &item : card.dor)
                if (item.required && item.state == PocDorItem::State::Missing)
                    missing << PocChecklist::label(item.id).toLower();
            line.dor = missing.join(QStringLiteral("; "));
        }
        line.criteria = tr("%1 met, %2 not met, %3 open")
                            .arg(TextFormat::number(card.criteriaMet), TextFormat::number(card.criteriaNotMet),
                                 TextFormat::number(card.criteriaOpen));
        line.overdue =
            tr("buyer %1, seller %2")
                .arg(TextFormat::number(card.buyerTasks.overdue), TextFormat::number(card.sellerTasks.overdue));
        pack.pocLines.push_back(std::move(line));
    }

    pack.plays = PlaysSummary::build(data, query);

    // --- MEDDPICC matrix: open deals of the rep closing in P
    const DayNumber first = DayNumber(query.period.start.toJulianDay());
    const DayNumber last = DayNumber(query.period.end.toJulianDay());
    for (const SnapshotRecord &row : data.rowsAt(dateIndex)) {
        if (row.owner != rep || !data.isOpen(row) || row.closeDay == NoDay || row.closeDay < first
            || row.closeDay > last)
            continue;
        const Opportunity &deal = data.opportunity(row.opportunity);
        MatrixRow matrix;
        matrix.opportunity = row.opportunity;
        matrix.opportunityId = deal.id;
        matrix.opportunityName = deal.name;
        const qint32 account = data.opportunityAccount(row.opportunity);
        matrix.accountName = account >= 0 ? data.accounts()[size_t(account)].name : QString();
        matrix.stage = data.stages()[row.stage].name;
        matrix.category = row.category();
        matrix.amount = row.amount;
        matrix.closeDate = QDate::fromJulianDay(row.closeDay);
        for (int i = 0; i < MeddpiccElementCount; ++i) {
            matrix.levels[size_t(i)] = deal.meddpicc.level(size_t(i)).value_or(EvidenceLevel::None);
            matrix.confirmed += deal.meddpicc.level(size_t(i)) == EvidenceLevel::Confirmed ? 1 : 0;
        }
        pack.meddpiccMatrix.push_back(std::move(matrix));
    }
    std::sort(pack.meddpiccMatrix.begin(), pack.meddpiccMatrix.end(), [](const MatrixRow &a, const MatrixRow &b) {
        return a.amount != b.amount ? a.amount > b.amount : a.opportunityId < b.opportunityId;
    });

    // --- metrics beside the district median
    std::vector<qint32> peers =
        entry.rep.district.isEmpty() ? std::vector<qint32>{rep} : data.repsInScope(Scope::district(entry.rep.district));
    const auto activity = activityDaysPerRep(data, dateIndex);
    const QStringList keys{QStringLiteral("win_rate"), QStringLiteral("cycle_days"),
                           QStringLiteral("average_deal_size"), QStringLiteral("stage_conversion"),
                           QStringLiteral("activity_days")};
    std::vector<std::vector<double>> peerValues(size_t(keys.size()));
    std::vector<std::optional<double>> repValues(size_t(keys.size()));
    for (const qint32 peer : peers) {
        const StageConversion conversion = engine.conversion(Scope::rep(data.reps()[size_t(peer)].rep.id), query.asOf);
        const std::optional<double> values[] = {conversion.winRate, conversion.medianCycleDays,
                                                conversion.averageWonAmount, conversion.overallConversion,
                                                activity[size_t(peer)]};
        for (size_t k = 0; k < peerValues.size(); ++k) {
            if (values[k])
                peerValues[k].push_back(*values[k]);
            if (peer == rep)
                repValues[k] = values[k];
        }
    }
    for (size_t k = 0; k < peerValues.size(); ++k) {
        Metric metric;
        metric.key = keys[qsizetype(k)];
        metric.rep = repValues[k];
        metric.districtReps = int(peerValues[k].size());
        metric.districtMedian = median(peerValues[k]);
        const QString name = metricName(metric.key);
        const QString repText = metric.rep ? metricValue(metric.key, *metric.rep, currency) : tr("no data");
        metric.text = metric.districtMedian
            ? tr("%1: %2; district median %3 (%n rep(s)).", nullptr, metric.districtReps)
                  .arg(name, repText, metricValue(metric.key, *metric.districtMedian, currency))
            : tr("%1: %2; no district median.").arg(name, repText);
        metric.repText = metricCell(metric.key, metric.rep, currency);
        metric.medianText = metricCell(metric.key, metric.districtMedian, currency);
        pack.metrics.push_back(std::move(metric));
    }

    // --- belief stacks: the selected deals, else the rep's Commit deals in P (largest three)
    QStringList selected = input.selectedDeals;
    if (selected.isEmpty()) {
        for (const MatrixRow &row : pack.meddpiccMatrix)
            if (row.category == ForecastCategory::Commit && selected.size() < 3)
                selected << row.opportunityId;
    }
    const QString language = Translations::currentLanguage();
    const auto &defaults = DefaultBeliefs::all();
    for (const QString &id : std::as_const(selected)) {
        const int index = data.opportunityIndex(id);
        if (index < 0)
            continue;
        BeliefStack stack;
        stack.opportunityId = id;
        stack.opportunityName = data.opportunity(index).name;
        for (size_t i = 0; i < defaults.size(); ++i)
            stack.beliefs.push_back({int(i) + 1, defaults[i].key, defaults[i].text(language), QString()});
        for (const StoredRating &stored : input.ratings.value(id)) {
            if (stored.position < 1)
                continue;
            while (int(stack.beliefs.size()) < stored.position)
                stack.beliefs.push_back({int(stack.beliefs.size()) + 1, QString(), QString(), QString()});
            Belief &belief = stack.beliefs[size_t(stored.position - 1)];
            // A key, or a default belief's text in either language, reads in today's language;
            // any other wording is the DM's own and shows as stored.
            if (const DefaultBeliefs::Belief *known = DefaultBeliefs::find(stored.belief)) {
                belief.key = known->key;
                belief.text = known->text(language);
            } else if (!stored.belief.trimmed().isEmpty()) {
                belief.key.clear();
                belief.text = stored.belief;
            }
            belief.rating = stored.rating;
        }
        pack.beliefStacks.push_back(std::move(stack));
    }

    // --- questions for the flagged deals: per deal the first question of each kind
    QStringList flaggedOrder;
    QHash<QString, QStringList> rulesByDeal;
    QHash<QString, const RiskHit *> firstHit;
    for (const RiskHit &hit : pack.exceptions.hits) {
        if (!rulesByDeal.contains(hit.opportunityId)) {
            flaggedOrder << hit.opportunityId;
            firstHit.insert(hit.opportunityId, &hit);
        }
        rulesByDeal[hit.opportunityId] << hit.ruleId;
    }
    const QuestionBank &bank = QuestionBank::shipped();
    for (const QString &id : std::as_const(flaggedOrder)) {
        const RiskHit &hit = *firstHit.value(id);
        const QStringList rules = rulesByDeal.value(id);
        const Opportunity &deal = data.opportunity(hit.opportunity);
        QMap<QString, QString> values{{QStringLiteral("deal"), hit.opportunityName},
                                      {QStringLiteral("account"),
                                       hit.accountName.isEmpty() ? hit.opportunityName : hit.accountName},
                                      {QStringLiteral("close_date"), TextFormat::date(hit.closeDate)},
                                      {QStringLiteral("amount"), TextFormat::money(hit.amount, currency)},
                                      {QStringLiteral("stage"), TermLabels::stage(hit.stage)}};
        // {days}: the first day count among the deal's hits.
        for (const RiskHit &other : pack.exceptions.hits) {
            if (other.opportunityId != id)
                continue;
            for (const char *key : {"days", "days_past", "days_since_check_in", "days_to_close", "days_to_renewal"}) {
                if (other.fact(QLatin1String(key)) && !values.contains(QStringLiteral("days")))
                    values.insert(QStringLiteral("days"), TextFormat::number(other.number(QLatin1String(key))));
            }
        }
        // {element}: the first MEDDPICC element not confirmed.
        for (int i = 0; i < MeddpiccElementCount; ++i) {
            if (deal.meddpicc.level(size_t(i)) != EvidenceLevel::Confirmed) {
                values.insert(QStringLiteral("element"), meddpiccName(MeddpiccElement(i)));
                break;
            }
        }
        bool kindTaken[3] = {false, false, false};
        for (const QuestionBank::Question *question : bank.questionsFor(rules)) {
            const int kind = int(question->kind);
            if (kindTaken[kind])
                continue;
            // A question needing a value the deal lacks is skipped.
            const QString text = QuestionBank::fill(*question, language, values);
            if (text.contains(u'{'))
                continue;
            kindTaken[kind] = true;
            QStringList asked;
            for (const QString &rule : rules)
                if (question->rules.contains(rule))
                    asked << rule;
            pack.questions.push_back({id, hit.opportunityName, question->id, question->kind, asked, text});
        }
    }

    // --- follow-ups of this rep
    for (const FollowUpDue &item : input.followUps)
        if (item.repId == pack.repId)
            pack.followUps.push_back(item);
    pack.coachingNote = input.coachingNote;

    // --- patterns: the rep's insights with the DM's marks
    pack.patterns = InsightReview::compute(engine, query, input.insightMarks);
    pack.patternCap = engine.settings().insightRepCap;

    // --- summary lines
    const Numbers &n = pack.numbers;
    pack.summary << tr("%1, %2, as of %3.").arg(pack.repName, query.period.label(), TextFormat::date(query.asOf));
    if (n.quotaRecorded())
        pack.summary << tr("Quota %1, won %2, gap %3; commit %4, best case %5, pipeline %6.")
                            .arg(TextFormat::money(n.quota, currency), TextFormat::money(n.won, currency),
                                 TextFormat::money(n.gap, currency), TextFormat::money(n.commit, currency),
                                 TextFormat::money(n.bestCase, currency), TextFormat::money(n.pipeline, currency));
    else
        pack.summary << tr("No quota recorded for %1; won %2; commit %3, best case %4, pipeline %5.")
                            .arg(query.period.label(), TextFormat::money(n.won, currency),
                                 TextFormat::money(n.commit, currency), TextFormat::money(n.bestCase, currency),
                                 TextFormat::money(n.pipeline, currency));
    if (n.covered())
        pack.summary << tr("Gap 0: covered.");
    else if (n.coverage)
        pack.summary << tr("Coverage %1 of the gap with open pipeline %2.")
                            .arg(TextFormat::ratio(*n.coverage), TextFormat::money(n.openPipeline, currency));
    if (before >= 0) {
        const Numbers &p = pack.previous;
        pack.summary << tr("Since %1: won %2, commit %3, best case %4, pipeline %5.")
                            .arg(TextFormat::date(*query.compareTo), signedMoney(n.won - p.won, currency),
                                 signedMoney(n.commit - p.commit, currency),
                                 signedMoney(n.bestCase - p.bestCase, currency),
                                 signedMoney(n.pipeline - p.pipeline, currency));
        const ChangeBridge &t = pack.changes.total;
        pack.summary << tr("Open pipeline %1 → %2: new %3, pulled in %4, increased %5, decreased %6, pushed out %7, "
                           "won %8, lost %9.")
                            .arg(TextFormat::money(t.opening, currency), TextFormat::money(t.closing, currency),
                                 TextFormat::money(t.newDeals, currency), TextFormat::money(t.pulledIn, currency),
                                 TextFormat::money(t.increased, currency), TextFormat::money(t.decreased, currency),
                                 TextFormat::money(t.pushedOut, currency), TextFormat::money(t.won, currency),
                                 TextFormat::money(t.lost, currency));
    }
    pack.exceptionsLine =
        tr("%n exception(s); deals flagged: %1; snoozed hits: %2.", nullptr, int(pack.exceptions.hits.size()))
            .arg(TextFormat::number(flaggedOrder.size()), TextFormat::number(qint64(pack.exceptions.snoozed.size())));
    pack.summary << pack.exceptionsLine;
    int fullyConfirmed = 0;
    for (const MatrixRow &row : pack.meddpiccMatrix)
        fullyConfirmed += row.confirmed == MeddpiccElementCount ? 1 : 0;
    pack.matrixLine = tr("MEDDPICC: %1 of %n deal(s) closing in %2 have all eight elements confirmed.", nullptr,
                         int(pack.meddpiccMatrix.size()))
                          .arg(TextFormat::number(fullyConfirmed), query.period.label());
    pack.summary << pack.matrixLine;

    // --- numbers and changes as the window and the documents show them
    pack.numberRows = PackNumbers::rows(n, pack.previous, before >= 0, currency);
    if (before >= 0)
        pack.pipelineBridge = PackNumbers::bridgeText(pack.changes.total, currency);
    return pack;
}

QStringList CoachingPackData::allText() const
{
    QStringList lines = summary;
    for (const PackNumbers::Row &row : numberRows)
        lines << row.label + QStringLiteral(": ") + row.valueText + QStringLiteral(", ") + row.changeText;
    if (!pipelineBridge.isEmpty())
        lines << pipelineBridge;
    for (const Metric &metric : metrics)
        lines << metric.text;
    for (const RiskHit &hit : exceptions.hits)
        lines << hit.text;
    for (const RiskHit &hit : exceptions.snoozed)
        lines << hit.text;
    for (const Question &question : questions)
        lines << question.text;
    for (const Insight &insight : patterns)
        lines << insight.text << insight.baseline.text;
    for (const BeliefStack &stack : beliefStacks)
        for (const Belief &belief : stack.beliefs)
            lines << belief.text + QStringLiteral(": ") + ratingName(belief.rating);
    for (const PocLine &poc : pocLines)
        lines << poc.status << poc.timeline << poc.dor << poc.criteria << poc.overdue;
    lines << plays.allText();
    return lines;
}

} // namespace dmc
