#include "DescriptiveLanguage.h"

#include <QRegularExpression>

namespace dmc {

QStringList DescriptiveLanguage::forbiddenTerms()
{
    return {QStringLiteral("should"), QStringLiteral("recommend"), QStringLiteral("must"), QStringLiteral("need to"),
            QStringLiteral("consider"), QStringLiteral("at risk"), QStringLiteral("weak"), QStringLiteral("strong"),
            QStringLiteral("good"), QStringLiteral("bad"), QStringLiteral("healthy"), QStringLiteral("следует"),
            QStringLiteral("рекомендуем"), QStringLiteral("рекомендуется"), QStringLiteral("нужно"),
            QStringLiteral("необходимо"), QStringLiteral("стоит"), QStringLiteral("слабый"), QStringLiteral("сильный"),
            QStringLiteral("хороший"), QStringLiteral("плохой"),
            // The quarterly review's variances are signed numbers, never a verdict (issue #22).
            QStringLiteral("favourable"), QStringLiteral("unfavourable"), QStringLiteral("favorable"),
            QStringLiteral("unfavorable"), QStringLiteral("erosion"), QStringLiteral("благоприятный"),
            QStringLiteral("неблагоприятный"), QStringLiteral("эрозия")};
}

QStringList DescriptiveLanguage::violations(const QString &text)
{
    static const QRegularExpression pattern = [] {
        QStringList alternatives;
        for (const QString &term : forbiddenTerms()) {
            // A phrase matches across any run of white space ("need  to", "at\nrisk").
            QStringList words = term.split(u' ');
            for (QString &word : words)
                word = QRegularExpression::escape(word);
            alternatives << words.join(QStringLiteral("\\s+"));
        }
        // Whole words: no letter, digit or underscore on either side (Cyrillic included).
        const QString expression =
            QStringLiteral("(?<![\\p{L}\\p{N}_])(%1)(?![\\p{L}\\p{N}_])").arg(alternatives.join(u'|'));
        return QRegularExpression(expression,
                                  QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
    }();

    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        QString term = it.next().captured(1).toLower().simplified();
        if (!found.contains(term))
            found << term;
    }
    return found;
}

} // namespace dmc
