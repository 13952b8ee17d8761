#include "Typography.h"

#include <QRegularExpression>

namespace dmc {

namespace {
// A number as a template or a sentence holds it: a placeholder or a run of digits that does not
// end a word ("r1", "Q2" stay as they are).
constexpr auto Number = u"(?:%n|%L?\\d{1,2}|(?<![\\p{L}\\d_])\\d+(?:[.,]\\d+)?)";
} // namespace

QString Typography::bindNumbers(const QString &text)
{
    static const QRegularExpression afterNumber(QString::fromUtf16(Number)
                                                + QStringLiteral("\\K (?=[\\p{L}\u20BD\u00D7]|%(?![\\dnL]))"));
    static const QRegularExpression afterAbbreviation(QStringLiteral("(?:(?<![\\p{L}])\\p{L}{1,4}\\.|№)\\K (?=")
                                                      + QString::fromUtf16(Number) + QStringLiteral(")"));
    static const QRegularExpression beforeClosingNumber(QStringLiteral("\\p{L}\\K (?=") + QString::fromUtf16(Number)
                                                        + QStringLiteral("\\))"));
    if (!text.contains(u' '))
        return text;
    QString result = text;
    for (const QRegularExpression *rule : {&afterNumber, &afterAbbreviation, &beforeClosingNumber})
        result.replace(*rule, QStringLiteral("\u00A0"));
    return result;
}

} // namespace dmc
