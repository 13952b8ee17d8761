#include "AuditWording.h"

#include "analytics/coaching/CoachingPackData.h"
#include "analytics/risk/RuleSet.h"
#include "analytics/text/TextFormat.h"
#include "i18n/Translations.h"

#include <QDateTime>
#include <QHash>

namespace dmc {

namespace {
QString joined(const AuditEntry &entry, QString (*part)(const AuditChange &))
{
    QStringList parts;
    for (const AuditChange &change : entry.changes)
        parts << part(change);
    return parts.join(QStringLiteral("; "));
}
} // namespace

QString AuditWording::kindName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Action: return tr("Status and note");
    case AuditKind::FollowUp: return tr("Follow-up");
    case AuditKind::Belief: return tr("Belief rating");
    case AuditKind::CoachingNote: return tr("Coaching note");
    case AuditKind::InsightMark: return tr("Insight mark");
    case AuditKind::AssumptionSet: return tr("Assumption set");
    case AuditKind::Import: return tr("Import");
    }
    return {};
}

QString AuditWording::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("snooze_until"), QT_TR_NOOP("Snoozed until")},
        {QStringLiteral("snooze_reason"), QT_TR_NOOP("Snooze reason")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due")},
        {QStringLiteral("belief"), QT_TR_NOOP("Belief")},
        {QStringLiteral("rating"), QT_TR_NOOP("Rating")},
        {QStringLiteral("recorded"), QT_TR_NOOP("Recorded numbers")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("attainment_factor"), QT_TR_NOOP("Attainment factor")},
        {QStringLiteral("curves"), QT_TR_NOOP("Ramp curves")},
        {QStringLiteral("district_target"), QT_TR_NOOP("District target")},
        {QStringLiteral("changes"), QT_TR_NOOP("Hires and leavers")},
        {QStringLiteral("as_of"), QT_TR_NOOP("As of")},
        {QStringLiteral("rows_accepted"), QT_TR_NOOP("Rows accepted")},
        {QStringLiteral("rows_rejected"), QT_TR_NOOP("Rows rejected")},
    };
    const auto found = names.constFind(field);
    return found == names.cend() ? field : tr(*found);
}

QString AuditWording::value(const QString &field, const QString &stored)
{
    if (stored.isEmpty())
        return QStringLiteral("—");
    static const QHash<QString, const char *> keys{
        {QStringLiteral("open"), QT_TR_NOOP("Open")},       {QStringLiteral("reviewed"), QT_TR_NOOP("Reviewed")},
        {QStringLiteral("snoozed"), QT_TR_NOOP("Snoozed")}, {QStringLiteral("done"), QT_TR_NOOP("Done")},
        {QStringLiteral("seen"), QT_TR_NOOP("Seen")},       {QStringLiteral("dismissed"), QT_TR_NOOP("Dismissed")},
        {QStringLiteral("running"), QT_TR_NOOP("Running")}, {QStringLiteral("skipped"), QT_TR_NOOP("Skipped")},
        {QStringLiteral("shipped"), QT_TR_NOOP("Shipped")}, {QStringLiteral("database"), QT_TR_NOOP("Database")},
        {QStringLiteral("cleared"), QT_TR_NOOP("No mark")},
    };
    if (field == QLatin1String("status") || field == QLatin1String("curves")) {
        const auto found = keys.constFind(stored);
        return found == keys.cend() ? stored : tr(*found);
    }
    if (field == QLatin1String("rating"))
        return CoachingPackData::ratingName(stored);
    if (field == QLatin1String("snooze_until") || field == QLatin1String("due_date")
        || field == QLatin1String("as_of")) {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? TextFormat::date(date) : stored;
    }
    if (field == QLatin1String("rows_accepted") || field == QLatin1String("rows_rejected"))
        return TextFormat::number(stored.toLongLong());
    if (field == QLatin1String("attainment_factor"))
        return TextFormat::percent(stored.toDouble());
    if (field == QLatin1String("district_target"))
        return TextFormat::number(stored.toLongLong() / 100);
    return stored;
}

QString AuditWording::subject(const AuditEntry &entry)
{
    const QString deal = entry.opportunityName.isEmpty() ? entry.opportunityId : entry.opportunityName;
    const QString rep = entry.repName.isEmpty() ? entry.repId : entry.repName;
    switch (entry.kind) {
    case AuditKind::Action:
        return entry.ruleId.isEmpty() ? deal : tr("%1 (%2)").arg(deal, RuleSet::displayName(entry.ruleId));
    case AuditKind::Belief: return tr("%1, belief %2").arg(deal).arg(entry.position);
    case AuditKind::FollowUp: return deal.isEmpty() ? rep : deal;
    case AuditKind::CoachingNote: return tr("%1, week of %2").arg(rep, TextFormat::date(entry.weekStart));
    case AuditKind::InsightMark: return rep.isEmpty() ? entry.subject : tr("%1 (%2)").arg(rep, entry.subject);
    case AuditKind::AssumptionSet: return entry.subject;
    case AuditKind::Import: return tr("Import of %1").arg(entry.subject);
    }
    return {};
}

QString AuditWording::undoText(const AuditEntry &entry)
{
    const QString deal = entry.opportunityName.isEmpty() ? entry.opportunityId : entry.opportunityName;
    switch (entry.kind) {
    case AuditKind::Action:
        // A note, also the one that made the row (its status logged as the new row's "open").
        if (const AuditChange *status = entry.change(QStringLiteral("status")); entry.change(QStringLiteral("note"))
            && !entry.change(QStringLiteral("snooze_until"))
            && (!status || (status->oldValue.isEmpty() && status->newValue == QLatin1String("open"))))
            return tr("note on %1").arg(deal);
        if (entry.change(QStringLiteral("snooze_until")))
            return tr("snooze on %1").arg(deal);
        return tr("status on %1").arg(deal);
    case AuditKind::FollowUp: return tr("follow-up on %1").arg(subject(entry));
    case AuditKind::Belief: return tr("belief rating on %1").arg(deal);
    case AuditKind::CoachingNote:
        return tr("coaching note for %1").arg(entry.repName.isEmpty() ? entry.repId : entry.repName);
    case AuditKind::InsightMark: return tr("insight mark");
    case AuditKind::AssumptionSet: return tr("assumption set %1").arg(entry.subject);
    case AuditKind::Import: break;
    }
    return {};
}

QString AuditWording::fields(const AuditEntry &entry)
{
    return joined(entry, [](const AuditChange &c) { return fieldName(c.field); });
}

QString AuditWording::oldValues(const AuditEntry &entry)
{
    return joined(entry, [](const AuditChange &c) { return value(c.field, c.oldValue); });
}

QString AuditWording::newValues(const AuditEntry &entry)
{
    return joined(entry, [](const AuditChange &c) { return value(c.field, c.newValue); });
}

QString AuditWording::when(const QString &isoUtc)
{
    QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!time.isValid())
        return isoUtc;
    const QDateTime local = time.toLocalTime();
    return tr("%1 %2").arg(TextFormat::date(local.date()),
                           Translations::locale().toString(local.time(), QLocale::ShortFormat));
}

} // namespace dmc
