#include "CompareToRule.h"

namespace dmc {

CompareToRule CompareToRule::fixedDate(QDate date)
{
    if (!date.isValid())
        return {};
    CompareToRule rule;
    rule.m_kind = Kind::FixedDate;
    rule.m_date = date;
    return rule;
}

std::optional<QDate> CompareToRule::compareToFor(QDate asOf) const
{
    if (m_kind == Kind::FixedDate && (!asOf.isValid() || m_date < asOf))
        return m_date;
    return std::nullopt;
}

QString CompareToRule::key() const
{
    return m_kind == Kind::FixedDate ? m_date.toString(Qt::ISODate) : QStringLiteral("previous");
}

CompareToRule CompareToRule::parse(const QString &key)
{
    return fixedDate(QDate::fromString(key, Qt::ISODate));
}

QDate snapshotBefore(const QList<QDate> &snapshots, QDate asOf)
{
    QDate before;
    for (const QDate &date : snapshots)
        if (date < asOf && (!before.isValid() || date > before))
            before = date;
    return before;
}

} // namespace dmc
