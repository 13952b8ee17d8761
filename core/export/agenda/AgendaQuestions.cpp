#include "AgendaQuestions.h"

#include "analytics/coaching/QuestionBank.h"
#include "analytics/text/TextFormat.h"
#include "i18n/Translations.h"
#include "analytics/text/TermLabels.h"

#include <QMap>

#include <algorithm>

namespace dmc {

namespace {

QMap<QString, QString> factsOf(const std::vector<const RiskHit *> &dealHits, const QString &currency)
{
    const RiskHit &first = *dealHits.front();
    QMap<QString, QString> values{{QStringLiteral("deal"), first.opportunityName},
                                  {QStringLiteral("account"), first.accountName},
                                  {QStringLiteral("close_date"), TextFormat::date(first.closeDate)},
                                  {QStringLiteral("amount"), TextFormat::money(first.amount, currency)},
                                  {QStringLiteral("stage"), TermLabels::stage(first.stage)}};
    if (first.accountName.isEmpty())
        values.remove(QStringLiteral("account"));
    for (const RiskHit *hit : dealHits) {
        if (!values.contains(QStringLiteral("days")) && hit->fact(QStringLiteral("days")))
            values.insert(QStringLiteral("days"), TextFormat::number(hit->number(QStringLiteral("days"))));
        if (!values.contains(QStringLiteral("element")) && !hit->elements.empty())
            values.insert(QStringLiteral("element"), meddpiccName(hit->elements.front().element));
    }
    return values;
}

} // namespace

QString AgendaQuestions::forDeal(const std::vector<const RiskHit *> &dealHits, const QString &currency)
{
    if (dealHits.empty())
        return {};
    QStringList rules;
    for (const RiskHit *hit : dealHits)
        rules << hit->ruleId;
    const QMap<QString, QString> values = factsOf(dealHits, currency);
    const QString language = Translations::currentLanguage();
    for (const QuestionBank::Question *question : QuestionBank::shipped().questionsFor(rules)) {
        const QString text = QuestionBank::fill(*question, language, values);
        // A placeholder left unfilled means the deal lacks that fact: take the next question.
        if (!text.contains(QLatin1Char('{')))
            return text;
    }
    return {};
}

QStringList AgendaQuestions::forHits(const std::vector<const RiskHit *> &hits, const QString &currency, int limit)
{
    // Group by deal, keeping each deal's hits together; deals by amount, largest first.
    std::vector<std::vector<const RiskHit *>> deals;
    for (const RiskHit *hit : hits) {
        auto found = std::find_if(deals.begin(), deals.end(), [&](const auto &group) {
            return group.front()->opportunityId == hit->opportunityId;
        });
        if (found == deals.end())
            deals.push_back({hit});
        else
            found->push_back(hit);
    }
    std::stable_sort(deals.begin(), deals.end(),
                     [](const auto &a, const auto &b) { return a.front()->amount > b.front()->amount; });
    QStringList questions;
    for (const auto &group : deals) {
        if (questions.size() >= limit)
            break;
        const QString question = forDeal(group, currency);
        if (!question.isEmpty())
            questions << question;
    }
    return questions;
}

} // namespace dmc
