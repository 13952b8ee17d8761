// dmcockpit views --db FILE [--json] | --save NAME --scope S [--compare-to previous|DATE]
// [--hide RULE,...] [--group-by none|rep|rule] | --delete NAME: the DM's own saved views (on a
// team database, those of the login role).
#include "Command.h"
#include "CommandSupport.h"
#include "Tr.h"
#include "analytics/engine/Scope.h"
#include "analytics/risk/RuleSet.h"
#include "analytics/text/TextFormat.h"
#include "workspace/SavedViews.h"

#include <nlohmann/json.hpp>

namespace dmc::app {
namespace {

// The view --save describes, or a usage error.
Result<SavedView> viewFromOptions(const QCommandLineParser &parser)
{
    SavedView view;
    view.name = parser.value(QStringLiteral("save"));
    view.scopeKey =
        parser.isSet(QStringLiteral("scope")) ? parser.value(QStringLiteral("scope")) : QStringLiteral("all");
    if (!Scope::parse(view.scopeKey))
        return Error{Error::Kind::Usage, tr("--scope takes all, region:NAME, district:NAME or rep:ID.")};
    const QString compare = parser.value(QStringLiteral("compare-to"));
    if (!compare.isEmpty() && compare != QLatin1String("previous")) {
        const QDate date = QDate::fromString(compare, Qt::ISODate);
        if (!date.isValid())
            return Error{Error::Kind::Usage, tr("--compare-to takes previous or a date (YYYY-MM-DD).")};
        view.compareRule = CompareToRule::fixedDate(date);
    }
    const QStringList known = RuleSet::ruleIds();
    for (const QString &rule : parser.value(QStringLiteral("hide")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!known.contains(rule.trimmed()))
            return Error{Error::Kind::Usage, tr("--hide: \"%1\" is not a risk filter.").arg(rule.trimmed())};
        view.hiddenRules << rule.trimmed();
    }
    view.hiddenRules.sort();
    const QString grouping = parser.value(QStringLiteral("group-by"));
    if (!grouping.isEmpty()) {
        const auto chosen = SavedView::groupingFromKey(grouping);
        if (!chosen)
            return Error{Error::Kind::Usage, tr("--group-by takes none, rep or rule.")};
        view.grouping = *chosen;
    }
    return view;
}

nlohmann::json toJson(const SavedView &view)
{
    nlohmann::json hidden = nlohmann::json::array();
    for (const QString &rule : view.hiddenRules)
        hidden.push_back(rule.toStdString());
    return {{"name", view.name.toStdString()},
            {"scope", view.scopeKey.toStdString()},
            {"compare_to", view.compareRule.key().toStdString()},
            {"hidden_rules", hidden},
            {"group_by", SavedView::groupingKey(view.grouping).toStdString()}};
}

int runViews(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("save"), tr("Save a view under this name (replacing one of that name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("delete"), tr("Delete the view of this name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("scope"),
                      tr("With --save: all, region:NAME, district:NAME or rep:ID (default all)."),
                      QStringLiteral("SCOPE")});
    parser.addOption({QStringLiteral("compare-to"), tr("With --save: previous (the default) or a fixed date."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("hide"), tr("With --save: risk filters the queue hides, comma separated."),
                      QStringLiteral("RULES")});
    parser.addOption(
        {QStringLiteral("group-by"), tr("With --save: none (the default), rep or rule."), QStringLiteral("GROUPING")});
    if (!parseArguments(parser, arguments, "views"))
        return ExitUsage;
    const bool saving = parser.isSet(QStringLiteral("save"));
    const bool deleting = parser.isSet(QStringLiteral("delete"));
    if (saving && deleting)
        return usageError(tr("Give --save or --delete, not both."));
    std::optional<SavedView> toSave;
    if (saving) {
        auto view = viewFromOptions(parser);
        if (!view)
            return fail(view.error());
        toSave = *view;
    }
    int code = ExitOk;
    auto database =
        openDatabase(parser, code, saving || deleting ? Database::OpenMode::ReadWrite : Database::OpenMode::ReadOnly);
    if (!database)
        return code;
    SavedViews views(*database);
    if (saving) {
        if (const Status saved = views.save(*toSave); !saved)
            return fail(saved.error());
        out() << tr("Saved the view \"%1\".").arg(toSave->name.trimmed()) << '\n' << Qt::flush;
        return ExitOk;
    }
    if (deleting) {
        const QString name = parser.value(QStringLiteral("delete"));
        if (!views.view(name))
            return fail(Error{Error::Kind::BadInput, tr("There is no view named \"%1\".").arg(name)});
        if (const Status removed = views.remove(name); !removed)
            return fail(removed.error());
        out() << tr("Deleted the view \"%1\".").arg(name.trimmed()) << '\n' << Qt::flush;
        return ExitOk;
    }
    const std::vector<SavedView> all = views.views();
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json list = nlohmann::json::array();
        for (const SavedView &view : all)
            list.push_back(toJson(view));
        printJson({{"views", list}});
        return ExitOk;
    }
    out() << tr("%n saved view(s).", nullptr, int(all.size())) << '\n';
    for (const SavedView &view : all) {
        const QString compare =
            view.compareRule.isFixed() ? TextFormat::date(view.compareRule.fixedDate()) : tr("previous snapshot");
        out() << tr("%1: scope %2, compared with %3, %n filter(s) hidden in the queue", nullptr,
                    int(view.hiddenRules.size()))
                     .arg(view.name, view.scopeKey, compare)
              << '\n';
    }
    out() << Qt::flush;
    return ExitOk;
}

const CommandRegistration viewsRegistration(
    {"views", QT_TRANSLATE_NOOP("dmc::app", "The DM's own saved views: list, save or delete."), false, &runViews});

} // namespace
} // namespace dmc::app
