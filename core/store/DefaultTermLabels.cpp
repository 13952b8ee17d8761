#include "DefaultTermLabels.h"

namespace dmc {

namespace {

TermLabel russianStage(const char *term, const char *label)
{
    return {QStringLiteral("stage"), QString::fromUtf8(term), QStringLiteral("ru"), QString::fromUtf8(label)};
}

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

const std::vector<TermLabel> &defaultTermLabels()
{
    // The default ladder's Russian names are those of translations/GLOSSARY.md.
    static const std::vector<TermLabel> labels{
        russianStage("Lead", "Лид"),
        russianStage("Qualified", "Квалификация"),
        russianStage("Discovery", "Выявление потребностей"),
        russianStage("Proposal", "Предложение"),
        russianStage("Negotiation", "Переговоры"),
        russianStage("Closed Won", "Закрыта — выиграна"),
        russianStage("Closed Lost", "Закрыта — проиграна"),
        // Salesforce's standard opportunity stages (resources/profiles/salesforce.json)
        russianStage("Prospecting", "Поиск клиента"),
        russianStage("Qualification", "Квалификация"),
        russianStage("Needs Analysis", "Анализ потребностей"),
        russianStage("Value Proposition", "Ценностное предложение"),
        russianStage("Id. Decision Makers", "Определение ЛПР"),
        russianStage("Perception Analysis", "Анализ восприятия"),
        russianStage("Proposal/Price Quote", "Предложение и цена"),
        russianStage("Negotiation/Review", "Переговоры и согласование"),
        // The Maven CRM dataset (resources/profiles/maven.json)
        russianStage("Engaging", "Работа с клиентом"),
        russianStage("Won", "Выиграна"),
        russianStage("Lost", "Проиграна"),
    };
    return labels;
}

QStringList defaultTermLabelStatements()
{
    QStringList statements;
    for (const TermLabel &label : defaultTermLabels())
        statements << QStringLiteral("INSERT INTO term_label (kind, term, language, label) VALUES (%1, %2, %3, %4) "
                                     "ON CONFLICT (kind, term, language) DO NOTHING")
                          .arg(sqlText(label.kind), sqlText(label.term), sqlText(label.language), sqlText(label.label));
    return statements;
}

} // namespace dmc
