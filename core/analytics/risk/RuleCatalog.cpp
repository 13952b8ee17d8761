#include "RuleCatalog.h"

#include <QCoreApplication>

namespace dmc {

const RuleCatalog::Spec *RuleCatalog::spec(const QString &id) const
{
    for (const Spec &s : specs)
        if (id == QLatin1String(s.id))
            return &s;
    return nullptr;
}

const RuleCatalog::Param *RuleCatalog::param(const Spec &s, const QString &key) const
{
    for (const Param &p : s.params)
        if (p.key && key == QLatin1String(p.key))
            return &p;
    return nullptr;
}

QStringList RuleCatalog::ids() const
{
    QStringList list;
    for (const Spec &s : specs)
        list << QLatin1String(s.id);
    return list;
}

QStringList RuleCatalog::parameterKeys(const QString &id) const
{
    QStringList keys;
    if (const Spec *s = spec(id))
        for (const Param &p : s->params)
            if (p.key)
                keys << QLatin1String(p.key);
    return keys;
}

QString RuleCatalog::displayName(const QString &id) const
{
    const Spec *s = spec(id);
    return s ? QCoreApplication::translate(context, s->name.source, s->name.comment) : id;
}

QString RuleCatalog::description(const QString &id) const
{
    const Spec *s = spec(id);
    return s ? QCoreApplication::translate(context, s->description.source, s->description.comment) : QString();
}

} // namespace dmc
