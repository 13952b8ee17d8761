#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace dmc {

// How an export writes its numbers and dates, read off sample values (profile draft).
class ValueFormats
{
public:
    // `.` or `,`: the separator the amounts use for decimals. A value with both marks decides by
    // the last one; a single mark followed by other than three digits is a decimal separator;
    // repeated marks are thousands separators; "1,250" alone decides nothing. `.` when undecided.
    static QChar decimalSeparator(const QStringList &amounts);

    struct Dates
    {
        QStringList formats; // the fewest candidate formats reading every value, most used first
        QStringList unread;  // values none of the candidates reads
    };
    // Chosen from candidates (ISO, ISO with time, Salesforce's ISO with T and Z, dd.MM.yyyy with
    // and without time, M/d/yyyy, d/M/yyyy, ...) greedily: the format reading most of the values
    // left, until all are read. With only days <= 12, M/d/yyyy is taken before d/M/yyyy.
    static Dates dateFormats(const QStringList &dates);
    static QStringList candidateDateFormats();
};

} // namespace dmc
