#include "analytics/coaching/DefaultBeliefs.h"
#include "analytics/coaching/QuestionBank.h"
#include "analytics/risk/RuleSet.h"
#include "analytics/text/DescriptiveLanguage.h"

#include <QFile>
#include <QTest>

using namespace dmc;

class TestQuestionBank : public QObject
{
    Q_OBJECT

private slots:
    void shippedBankCoversEveryRuleAndKindInBothLanguages()
    {
        const QuestionBank &bank = QuestionBank::shipped();
        QFile file(QStringLiteral(DMC_SOURCE_DIR "/resources/coaching/question-bank.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto parsed = QuestionBank::fromJson(file.readAll(), QStringLiteral("question-bank.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(bank.questions().size(), parsed->questions().size());
        QCOMPARE(bank.questions().size(), size_t(28));

        for (const QString &rule : RuleSet::ruleIds()) {
            const auto questions = bank.questionsFor({rule});
            bool diagnostic = false;
            for (const auto *q : questions)
                diagnostic |= q->kind == QuestionBank::Kind::Diagnostic && q->rules.contains(rule);
            QVERIFY2(diagnostic, qPrintable(rule));
            // Rule-specific questions come before the general ones.
            QVERIFY(!questions.front()->rules.isEmpty());
        }
        int kinds[3] = {0, 0, 0};
        for (const auto &q : bank.questions())
            ++kinds[int(q.kind)];
        QVERIFY(kinds[0] > 0 && kinds[1] > 0 && kinds[2] > 0);
        // The general questions alone when no rule flagged the deal.
        QCOMPARE(bank.questionsFor({}).size(), size_t(3));
    }

    void fillsPlaceholders()
    {
        QuestionBank::Question q;
        q.english = QStringLiteral("{deal} at {account} closes {close_date}; {unknown} stays, {days} days.");
        q.russian = QStringLiteral("Сделка {deal}: {amount}");
        const QMap<QString, QString> values{{QStringLiteral("deal"), QStringLiteral("Big deal")},
                                            {QStringLiteral("account"), QStringLiteral("Acme")},
                                            {QStringLiteral("close_date"), QStringLiteral("2026-10-01")},
                                            {QStringLiteral("amount"), QStringLiteral("120 000 USD")},
                                            {QStringLiteral("days"), QStringLiteral("47")}};
        QCOMPARE(QuestionBank::fill(q, QStringLiteral("en"), values),
                 QStringLiteral("Big deal at Acme closes 2026-10-01; {unknown} stays, 47 days."));
        QCOMPARE(QuestionBank::fill(q, QStringLiteral("ru"), values),
                 QStringLiteral("Сделка Big deal: 120 000\u00a0USD"));
    }

    void rejectsUnknownPlaceholdersKindsAndRules()
    {
        auto bad = QuestionBank::
            fromJson(R"({"questions":[{"id":"a","kind":"diagnostic","en":"{deal} {owner}?","ru":"{deal}?"}]})",
                     QStringLiteral("q.json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().toString(), QStringLiteral("q.json: questions[0].en: unknown placeholder {owner}"));
        auto kind = QuestionBank::fromJson(R"({"questions":[{"id":"a","kind":"advice","en":"x","ru":"y"}]})",
                                           QStringLiteral("q.json"));
        QVERIFY(!kind.ok());
        QCOMPARE(kind.error().toString(), QStringLiteral("q.json: questions[0].kind: unknown kind \"advice\""));
        auto rule =
            QuestionBank::fromJson(R"({"questions":[{"id":"a","kind":"diagnostic","rules":["x"],"en":"x","ru":"y"}]})",
                                   QStringLiteral("q.json"));
        QVERIFY(!rule.ok());
        auto missing = QuestionBank::fromJson(R"({"questions":[{"id":"a","kind":"diagnostic","en":"x"}]})",
                                              QStringLiteral("q.json"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().toString(), QStringLiteral("q.json: questions[0].ru: missing text"));
    }

    void defaultBeliefsAreSixInBothLanguages()
    {
        const auto &beliefs = DefaultBeliefs::all();
        QCOMPARE(beliefs.size(), size_t(6));
        QCOMPARE(beliefs.front().text(QStringLiteral("en")), QStringLiteral("Our current approach has a ceiling"));
        QCOMPARE(beliefs.back().text(QStringLiteral("ru")), QStringLiteral("Сейчас подходящее время для решения"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
