// dmcockpit history --db FILE [--scope S] [--author A] [--kind K] [--since D] [--until D] [--text T] [--json]:
// the audit trail, newest first: every DM action (who, when, what, each field from -> to) and
// every import; the DM actions whose deal or rep is no longer in the data apart, after it.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "export/json/AuditJson.h"
#include "workspace/AuditWording.h"

namespace dmc::app {
namespace {

QString line(const AuditEntry &entry)
{
    const QString id = entry.kind == AuditKind::Import ? tr("import %1").arg(entry.id) : QString::number(entry.id);
    QStringList changes;
    for (const AuditChange &change : entry.changes) {
        changes << tr("%1: %2 → %3")
                       .arg(AuditWording::fieldName(change.field), AuditWording::value(change.field, change.oldValue),
                            AuditWording::value(change.field, change.newValue));
    }
    QString text = QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
                       .arg(id, AuditWording::when(entry.changedAt), entry.author, AuditWording::kindName(entry.kind),
                            AuditWording::subject(entry), changes.join(QStringLiteral("; ")));
    if (entry.revertsId > 0)
        text += QLatin1Char(' ') + tr("(reverts %1)").arg(entry.revertsId);
    return text;
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Error{Error::Kind::Usage, tr("--%1 takes a date YYYY-MM-DD, not \"%2\".").arg(name, text), {}, 0, 0};
    return date;
}

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::Scope});
    parser.addOption({QStringLiteral("author"), tr("Only the entries written by this user."), tr("NAME")});
    parser.addOption({QStringLiteral("kind"),
                      tr("Only entries of this kind: action, follow_up, belief, coaching_note, insight_mark, "
                         "assumption_set or import."),
                      tr("KIND")});
    parser.addOption({QStringLiteral("since"), tr("Only entries from this day on (UTC)."), tr("DATE")});
    parser.addOption({QStringLiteral("until"), tr("Only entries up to this day (UTC)."), tr("DATE")});
    parser.addOption({QStringLiteral("text"), tr("Only entries holding this text (any case)."), tr("TEXT")});
    addJsonOption(parser);
    if (!parseArguments(parser, arguments, "history"))
        return ExitUsage;
    if (const Status read = options.read(); !read)
        return fail(read.error());

    AuditTrail::Filter filter;
    filter.author = parser.value(QStringLiteral("author"));
    filter.text = parser.value(QStringLiteral("text"));
    if (parser.isSet(QStringLiteral("kind"))) {
        filter.kind = auditKindFromKey(parser.value(QStringLiteral("kind")));
        if (!filter.kind)
            return usageError(tr("--kind takes action, follow_up, belief, coaching_note, insight_mark, "
                                 "assumption_set or import, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("kind"))));
    }
    for (const auto &[name, date] :
         {std::pair{QStringLiteral("since"), &filter.since}, std::pair{QStringLiteral("until"), &filter.until}}) {
        auto value = dateOption(parser, name);
        if (!value)
            return fail(value.error());
        *date = *value;
    }

    int code = ExitOk;
    std::unique_ptr<Database> database;
    QString scopeName;
    if (parser.isSet(QStringLiteral("scope"))) {
        // The scope's reps come from the data: the deals' owners decide which entries are in it.
        auto analytics = AnalyticsContext::load(parser, code);
        if (!analytics)
            return code;
        auto scope = options.scope(*analytics->dataset);
        if (!scope)
            return fail(scope.error());
        if (scope->kind != Scope::Kind::All) {
            for (const qint32 rep : analytics->dataset->repsInScope(*scope))
                filter.repIds.insert(analytics->dataset->reps().at(size_t(rep)).rep.id);
        }
        scopeName = scope->displayName(*analytics->dataset);
        database = std::move(analytics->database);
    } else {
        database = openDatabase(parser, code, Database::OpenMode::ReadOnly);
        if (!database)
            return code;
    }

    auto listing = AuditTrail(*database).list(filter);
    if (!listing)
        return fail(listing.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toJson(*listing));
        return ExitOk;
    }
    const int count = int(listing->entries.size());
    out() << (scopeName.isEmpty()
                  ? tr("%n entries in the audit trail, newest first.", nullptr, count)
                  : tr("%n entries in the audit trail for %1, newest first.", nullptr, count).arg(scopeName))
          << '\n';
    for (const AuditEntry &entry : listing->entries)
        out() << line(entry) << '\n';
    if (!listing->orphans.empty()) {
        out() << '\n'
              << tr("%n entries about a deal or rep no longer in the data:", nullptr, int(listing->orphans.size()))
              << '\n';
        for (const AuditEntry &entry : listing->orphans)
            out() << line(entry) << '\n';
    }
    out() << Qt::flush;
    return ExitOk;
}

const CommandRegistration historyRegistration(
    {"history",
     QT_TRANSLATE_NOOP("dmc::app",
                       "The audit trail: every DM action and import, who, when "
                       "and what changed (JSON)."),
     false, &runHistory});

} // namespace
} // namespace dmc::app
