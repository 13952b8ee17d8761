#include "Scope.h"

#include "analytics/dataset/Dataset.h"

#include <QCoreApplication>

namespace dmc {

std::optional<Scope> Scope::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return Scope::all();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QString kind = trimmed.left(colon).trimmed().toLower();
    const QString value = trimmed.mid(colon + 1).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (kind == QLatin1String("region"))
        return Scope::region(value);
    if (kind == QLatin1String("district"))
        return Scope::district(value);
    if (kind == QLatin1String("rep"))
        return Scope::rep(value);
    return std::nullopt;
}

QString Scope::key() const
{
    switch (kind) {
    case Kind::All: return QStringLiteral("all");
    case Kind::Region: return QStringLiteral("region:") + value;
    case Kind::District: return QStringLiteral("district:") + value;
    case Kind::Rep: return QStringLiteral("rep:") + value;
    }
    return {};
}

QString Scope::displayName(const Dataset &dataset) const
{
    switch (kind) {
    case Kind::All: return QCoreApplication::translate("dmc::Scope", "All reps");
    case Kind::Region: return QCoreApplication::translate("dmc::Scope", "Region %1").arg(value);
    case Kind::District: return QCoreApplication::translate("dmc::Scope", "District %1").arg(value);
    case Kind::Rep: {
        const int rep = dataset.repIndex(value);
        return rep >= 0 ? dataset.reps()[size_t(rep)].rep.name : value;
    }
    }
    return value;
}

} // namespace dmc
