#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

// Values as the tables keep them. Dates are ISO 8601 text ("2026-12-07"), or NULL when there is none.
namespace dmc {

inline QString isoDateOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// NULL typed as text: PostgreSQL then binds it to a text column without asking for a cast.
inline QVariant isoDateOrTextNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QVariant isoDateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// A null QString binds as NULL; the DM tables keep "no text" as ''.
inline QVariant textOrEmpty(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace dmc
