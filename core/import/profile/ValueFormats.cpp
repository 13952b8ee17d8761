#include "ValueFormats.h"

#include "import/csv/FieldParser.h"

#include <QSet>

namespace dmc {

QChar ValueFormats::decimalSeparator(const QStringList &amounts)
{
    int comma = 0;
    int dot = 0;
    for (const QString &amount : amounts) {
        const QString value = amount.trimmed();
        const qsizetype lastComma = value.lastIndexOf(u',');
        const qsizetype lastDot = value.lastIndexOf(u'.');
        if (lastComma >= 0 && lastDot >= 0) {
            ++(lastComma > lastDot ? comma : dot);
            continue;
        }
        const QChar mark = lastComma >= 0 ? QChar(u',') : QChar(u'.');
        const qsizetype last = std::max(lastComma, lastDot);
        if (last < 0)
            continue;
        const qsizetype marks = value.count(mark);
        qsizetype digitsAfter = 0;
        while (last + 1 + digitsAfter < value.size() && value.at(last + 1 + digitsAfter).isDigit())
            ++digitsAfter;
        if (marks > 1)
            ++(mark == u',' ? dot : comma); // 1,250,000: commas group thousands
        else if (digitsAfter != 3)
            ++(mark == u',' ? comma : dot);
    }
    return comma > dot ? QChar(u',') : QChar(u'.');
}

QStringList ValueFormats::candidateDateFormats()
{
    return {QStringLiteral("yyyy-MM-dd"),
            QStringLiteral("yyyy-MM-dd HH:mm:ss"),
            QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"),
            QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"),
            QStringLiteral("yyyy-MM-ddTHH:mm:ss"),
            QStringLiteral("yyyy-MM-dd HH:mm"),
            QStringLiteral("dd.MM.yyyy"),
            QStringLiteral("dd.MM.yyyy HH:mm:ss"),
            QStringLiteral("dd.MM.yyyy HH:mm"),
            QStringLiteral("d.M.yyyy"),
            QStringLiteral("M/d/yyyy"),
            QStringLiteral("M/d/yyyy H:mm"),
            QStringLiteral("d/M/yyyy"),
            QStringLiteral("d/M/yyyy H:mm"),
            QStringLiteral("yyyy/MM/dd"),
            QStringLiteral("dd-MM-yyyy")};
}

ValueFormats::Dates ValueFormats::dateFormats(const QStringList &dates)
{
    Dates result;
    QStringList left;
    QSet<QString> seen;
    for (const QString &date : dates) {
        const QString value = date.trimmed();
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            left << value;
        }
    }
    const QStringList candidates = candidateDateFormats();
    while (!left.isEmpty()) {
        QString best;
        qsizetype bestCount = 0;
        for (const QString &format : candidates) {
            if (result.formats.contains(format))
                continue;
            qsizetype count = 0;
            for (const QString &value : std::as_const(left))
                count += FieldParser::parseDate(value, {format}).isValid() ? 1 : 0;
            if (count > bestCount) {
                bestCount = count;
                best = format;
            }
        }
        if (best.isEmpty()) {
            result.unread = left;
            break;
        }
        result.formats << best;
        QStringList rest;
        for (const QString &value : std::as_const(left))
            if (!FieldParser::parseDate(value, {best}).isValid())
                rest << value;
        left = rest;
    }
    return result;
}

} // namespace dmc
