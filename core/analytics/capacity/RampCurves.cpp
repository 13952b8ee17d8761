#include "RampCurves.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace dmc {

const RampCurves &RampCurves::defaults()
{
    static const RampCurves curves = [] {
        QFile file(QStringLiteral(":/capacity/ramp-curves.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the default ramp curves are missing from the resources");
        auto parsed = fromJson(file.readAll(), file.fileName());
        if (!parsed)
            qFatal("the default ramp curves do not parse: %s", qPrintable(parsed.error().toString()));
        return std::move(parsed.value());
    }();
    return curves;
}

Result<RampCurves> RampCurves::fromJson(const QByteArray &json, const QString &source)
{
    const auto fail = [&](const QString &message) {
        Error error;
        error.kind = Error::Kind::BadInput;
        error.file = source;
        error.message = message;
        return error;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    const QJsonValue curves = document.object().value(QLatin1String("curves"));
    if (!curves.isObject())
        return fail(tr("no \"curves\" object"));
    RampCurves result;
    const QJsonObject object = curves.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isArray())
            return fail(tr("the curve of role \"%1\" is not a list of percents").arg(it.key()));
        std::vector<int> percents;
        for (const QJsonValue &value : it->toArray()) {
            const int percent = value.toInt(-1);
            if (!value.isDouble() || percent < 0 || percent > 100)
                return fail(tr("the curve of role \"%1\" holds a percent outside 0-100").arg(it.key()));
            percents.push_back(percent);
        }
        result.m_curves.insert(it.key(), RampCurve(it.key(), std::move(percents)));
    }
    return result;
}

RampCurves RampCurves::fromPoints(const std::vector<RampCurvePoint> &points)
{
    std::map<QString, std::map<int, int>> byRole;
    for (const RampCurvePoint &point : points)
        byRole[point.role][point.month] = point.percent;
    RampCurves result;
    for (const auto &[role, months] : byRole) {
        // Months are 1..n; a gap takes the percent of the month before it (0 before the first).
        std::vector<int> percents(size_t(months.rbegin()->first), 0);
        int last = 0;
        for (int month = 1; month <= int(percents.size()); ++month) {
            if (auto it = months.find(month); it != months.end())
                last = it->second;
            percents[size_t(month - 1)] = last;
        }
        result.m_curves.insert(role, RampCurve(role, std::move(percents)));
    }
    return result;
}

RampCurves RampCurves::replacedBy(const RampCurves &replacements) const
{
    RampCurves result = *this;
    for (auto it = replacements.m_curves.begin(); it != replacements.m_curves.end(); ++it)
        result.m_curves.insert(it.key(), it.value());
    return result;
}

const RampCurve &RampCurves::curveFor(const QString &role) const
{
    if (auto it = m_curves.constFind(role); it != m_curves.constEnd())
        return *it;
    if (auto it = m_curves.constFind(QLatin1String(AnyRole)); it != m_curves.constEnd())
        return *it;
    return m_fullyRamped;
}

QStringList RampCurves::roles() const
{
    QStringList roles = m_curves.keys();
    std::sort(roles.begin(), roles.end());
    return roles;
}

} // namespace dmc
