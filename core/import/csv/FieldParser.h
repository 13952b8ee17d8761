#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace dmc {

// Parses the values real exports hold: dates in the profile's formats, money with `.` or `,`
// decimals and space / NBSP thousands separators, into cents.
class FieldParser
{
public:
    // Tries each Qt date format in order ("yyyy-MM-dd", "dd.MM.yyyy", "M/d/yyyy",
    // "yyyy-MM-dd HH:mm:ss"); a null QDate when none matches.
    static QDate parseDate(const QString &text, const QStringList &formats);
    // Cents, rounded half away from zero past two decimals; nullopt when not a number. Spaces
    // and the other one of `.` / `,` are thousands separators; the latter only before a group
    // of three digits ("1.250.000,00" with a decimal comma, never "1250000.00").
    static std::optional<Cents> parseAmount(const QString &text, QChar decimalSeparator);
    // "1234.5" from 123450 cents: the canonical form, no trailing zeros.
    static QString formatAmount(Cents cents);
};

} // namespace dmc
