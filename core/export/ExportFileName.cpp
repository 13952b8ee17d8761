#include "ExportFileName.h"

#include "domain/FiscalPeriod.h"

namespace dmc {

namespace {
QString stamp(const QDate &asOf)
{
    return asOf.isValid() ? asOf.toString(Qt::ISODate) : QStringLiteral("undated");
}
} // namespace

QString ExportFileName::safePart(const QString &text)
{
    QString part;
    part.reserve(text.size());
    bool dash = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            part += c;
            dash = false;
        } else if (!dash && !part.isEmpty()) {
            part += QLatin1Char('-');
            dash = true;
        }
    }
    part.truncate(60);
    while (part.endsWith(QLatin1Char('-')))
        part.chop(1);
    return part.isEmpty() ? QStringLiteral("export") : part;
}

QString ExportFileName::agenda(const QDate &asOf, const QString &scopeKey, const QString &extension)
{
    return stamp(asOf) + QLatin1Char('_') + safePart(scopeKey) + QLatin1String("_forecast-call-agenda.") + extension;
}

QString ExportFileName::pocDigest(const QDate &asOf, const QString &scopeKey, const QString &extension)
{
    return stamp(asOf) + QLatin1Char('_') + safePart(scopeKey) + QLatin1String("_poc-digest.") + extension;
}

QString ExportFileName::pack(const QDate &asOf, const QString &repId, const QString &extension)
{
    return stamp(asOf) + QLatin1Char('_') + safePart(repId) + QLatin1String("_coaching-pack.") + extension;
}

QString ExportFileName::review(const QDate &asOf, const QString &scopeKey, const FiscalPeriod &period,
                               const QString &extension)
{
    return stamp(asOf) + QLatin1Char('_') + safePart(scopeKey) + QLatin1Char('_') + safePart(period.key())
        + (period.isMonth() ? QLatin1String("_monthly-review.") : QLatin1String("_quarterly-review.")) + extension;
}

QString ExportFileName::quarterlyPlan(const QDate &asOf, const QString &scopeKey, const QString &periodKey,
                                      const QString &extension)
{
    return stamp(asOf) + QLatin1Char('_') + safePart(scopeKey) + QLatin1Char('_') + safePart(periodKey)
        + QLatin1String("_quarterly-plan.") + extension;
}

QString ExportFileName::dealBrief(const QDate &asOf, const QString &opportunityId, const QString &extension)
{
    return stamp(asOf) + QLatin1Char('_') + safePart(opportunityId) + QLatin1String("_deal-brief.") + extension;
}

QString ExportFileName::accountBrief(const QDate &asOf, const QString &accountId, const QString &extension)
{
    return stamp(asOf) + QLatin1Char('_') + safePart(accountId) + QLatin1String("_account-brief.") + extension;
}

} // namespace dmc
