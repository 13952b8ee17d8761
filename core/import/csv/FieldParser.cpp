#include "FieldParser.h"

#include <QDateTime>

namespace dmc {

QDate FieldParser::parseDate(const QString &text, const QStringList &formats)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    for (const QString &format : formats) {
        // QDate::fromString with a format string costs microseconds; ISO dates (and the date part
        // of "yyyy-MM-dd HH:mm:ss") are most of any export, so they take a direct path.
        if (format == QLatin1String("yyyy-MM-dd") || format == QLatin1String("yyyy-MM-dd HH:mm:ss")) {
            const qsizetype wanted = format.size();
            if (value.size() == wanted && value.at(4) == u'-' && value.at(7) == u'-') {
                auto number = [&value](int from, int length) {
                    int result = 0;
                    for (int i = from; i < from + length; ++i) {
                        const QChar c = value.at(i);
                        if (!c.isDigit())
                            return -1;
                        result = result * 10 + c.digitValue();
                    }
                    return result;
                };
                const int year = number(0, 4);
                const int month = number(5, 2);
                const int day = number(8, 2);
                const QDate date = year >= 1900 && year <= 2200 ? QDate(year, month, day) : QDate();
                // The time checked by hand too: QTime::fromString converts through the local time
                // zone (a stat of /etc/localtime per call), a third of a Salesforce import.
                const bool timeValid = wanted == 10
                    || (value.at(10) == u' ' && value.at(13) == u':' && value.at(16) == u':'
                        && QTime::isValid(number(11, 2), number(14, 2), number(17, 2)));
                if (date.isValid() && timeValid)
                    return date;
            }
            continue;
        }
        QDate date;
        if (format.contains(u'H'))
            date = QDateTime::fromString(value, format).date();
        else
            date = QDate::fromString(value, format);
        if (date.isValid() && date.year() >= 1900 && date.year() <= 2200)
            return date;
    }
    return {};
}

std::optional<Cents> FieldParser::parseAmount(const QString &text, QChar decimalSeparator)
{
    const QChar other = decimalSeparator == u',' ? u'.' : u',';
    QString digits;
    digits.reserve(text.size());
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c == other) {
            // A thousands separator stands between digits and before a group of exactly three:
            // "1250000.00" read with a decimal comma is refused, not taken as 125000000.
            auto digit = [&text](qsizetype i) { return i >= 0 && i < text.size() && text.at(i).isDigit(); };
            if (!digit(at - 1) || !digit(at + 1) || !digit(at + 2) || !digit(at + 3) || digit(at + 4))
                return std::nullopt;
            continue;
        }
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F))
            continue; // thousands separators
        digits += c == decimalSeparator ? QChar(u'.') : c;
    }
    if (digits.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (digits.at(0) == u'-' || digits.at(0) == u'+') {
        negative = digits.at(0) == u'-';
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < digits.size() && digits.at(i).isDigit(); ++i) {
        if (++wholeDigits > 15)
            return std::nullopt; // beyond any real amount; also keeps cents in range
        whole = whole * 10 + digits.at(i).digitValue();
    }
    qint64 cents = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    if (i < digits.size() && digits.at(i) == u'.') {
        ++i;
        for (; i < digits.size() && digits.at(i).isDigit(); ++i, ++fractionDigits) {
            if (fractionDigits < 2)
                cents = cents * 10 + digits.at(i).digitValue();
            else if (fractionDigits == 2)
                roundUp = digits.at(i).digitValue() >= 5;
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (i != digits.size() || wholeDigits == 0)
        return std::nullopt;
    if (fractionDigits == 1)
        cents *= 10;
    Cents total = whole * 100 + cents + (roundUp ? 1 : 0);
    return negative ? -total : total;
}

QString FieldParser::formatAmount(Cents cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    QString text = QString::number(magnitude / 100);
    const quint64 fraction = magnitude % 100;
    if (fraction != 0) {
        text += u'.';
        text += fraction % 10 == 0 ? QString::number(fraction / 10)
                                   : QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace dmc
