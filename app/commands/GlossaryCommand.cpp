// dmcockpit glossary --db FILE [--json]
// dmcockpit glossary --db FILE --set KIND TERM LANGUAGE LABEL
// dmcockpit glossary --db FILE --defaults
// The database's glossary of CRM words: each stage name with the label it carries per language.
#include "Command.h"
#include "CommandSupport.h"
#include "Tr.h"
#include "i18n/Translations.h"
#include "store/CrmReader.h"
#include "store/TermLabelStore.h"

#include <QMap>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace dmc::app {
namespace {

// The terms to list: the database's stages in ladder order, then any other labelled term.
Result<QStringList> stageTerms(const Database &database, const std::vector<TermLabel> &labels)
{
    QStringList terms;
    if (Status read = CrmReader(database).readStages([&](const Stage &stage) { terms << stage.name; }); !read)
        return read.error();
    QStringList others;
    for (const TermLabel &label : labels)
        if (label.kind == QLatin1String("stage") && !terms.contains(label.term) && !others.contains(label.term))
            others << label.term;
    std::sort(others.begin(), others.end());
    return terms + others;
}

QString columns(const QStringList &cells, const std::vector<qsizetype> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i + 1 < cells.size() ? cells[i].leftJustified(widths[size_t(i)] + 2) : cells[i];
    return line + QLatin1Char('\n');
}

int list(const QCommandLineParser &parser)
{
    int code = ExitOk;
    auto database = openDatabase(parser, code, Database::OpenMode::ReadOnly);
    if (!database)
        return code;
    auto labels = TermLabelStore(*database).labels();
    if (!labels)
        return fail(labels.error());
    auto terms = stageTerms(*database, labels.value());
    if (!terms)
        return fail(terms.error());
    QMap<QString, QMap<QString, QString>> byTerm; // term -> language -> label
    for (const TermLabel &label : labels.value())
        if (label.kind == QLatin1String("stage"))
            byTerm[label.term].insert(label.language, label.label);
    const QStringList languages = Translations::availableLanguages();

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json entries = nlohmann::json::array();
        for (const QString &term : terms.value()) {
            nlohmann::json perLanguage = nlohmann::json::object();
            const QMap<QString, QString> termLabels = byTerm.value(term);
            for (auto it = termLabels.begin(); it != termLabels.end(); ++it)
                perLanguage[it.key().toStdString()] = it.value().toStdString();
            entries.push_back({{"kind", "stage"}, {"term", term.toStdString()}, {"labels", perLanguage}});
        }
        printJson({{"terms", entries}});
        return ExitOk;
    }

    std::vector<QStringList> rows{QStringList{tr("Kind"), tr("Term")} + languages};
    for (const QString &term : terms.value()) {
        QStringList row{QStringLiteral("stage"), term};
        for (const QString &language : languages)
            row << byTerm.value(term).value(language, QStringLiteral("-"));
        rows.push_back(row);
    }
    std::vector<qsizetype> widths(size_t(rows.front().size()), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], row[i].size());
    for (const QStringList &row : rows)
        out() << columns(row, widths);
    if (terms->isEmpty())
        out() << tr("No stages in the database and no labels.") << Qt::endl;
    out() << Qt::flush;
    return ExitOk;
}

int set(const QCommandLineParser &parser)
{
    const QStringList values = parser.positionalArguments();
    if (values.size() != 4)
        return usageError(tr("--set takes KIND TERM LANGUAGE LABEL, e.g. --set stage Negotiation ru LABEL (an "
                             "empty LABEL removes the label)."));
    const TermLabel label{values[0], values[1], values[2], values[3]};
    if (Status checked = TermLabelStore::check(label); !checked)
        return fail(checked.error());
    int code = ExitOk;
    auto database = openDatabase(parser, code);
    if (!database)
        return code;
    if (Status saved = TermLabelStore(*database).setLabel(label); !saved)
        return fail(saved.error());
    if (label.label.trimmed().isEmpty())
        out() << tr("Removed the %1 label of %2 \"%3\": it is shown as the CRM writes it.")
                     .arg(label.language, label.kind, label.term)
              << Qt::endl;
    else
        out() << tr("The %1 label of %2 \"%3\" is now \"%4\".")
                     .arg(label.language, label.kind, label.term, label.label.trimmed())
              << Qt::endl;
    return ExitOk;
}

int addDefaults(const QCommandLineParser &parser)
{
    int code = ExitOk;
    auto database = openDatabase(parser, code);
    if (!database)
        return code;
    auto added = TermLabelStore(*database).addDefaults();
    if (!added)
        return fail(added.error());
    out() << tr("Added %n default label(s); labels already set were kept.", nullptr, added.value()) << Qt::endl;
    return ExitOk;
}

int runGlossary(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("set"),
                      tr("Set the label of a term in a language: KIND TERM LANGUAGE LABEL (kind: stage; "
                         "language: en or ru; an empty LABEL removes it).")});
    parser.addOption({QStringLiteral("defaults"),
                      tr("Add the default Russian labels of the shipped stage ladders that are missing; labels "
                         "already set stay.")});
    parser.addPositionalArgument(QStringLiteral("KIND TERM LANGUAGE LABEL"), tr("With --set: the label to set."),
                                 QStringLiteral("[KIND TERM LANGUAGE LABEL]"));
    if (!parseArguments(parser, arguments, "glossary"))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("set")))
        return set(parser);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument \"%1\": a label is set with --set KIND TERM LANGUAGE LABEL.")
                              .arg(parser.positionalArguments().first()));
    if (parser.isSet(QStringLiteral("defaults")))
        return addDefaults(parser);
    return list(parser);
}

const CommandRegistration glossaryRegistration(
    {"glossary", QT_TRANSLATE_NOOP("dmc::app", "The stage names and their labels per language; set a label."), false,
     &runGlossary});

} // namespace
} // namespace dmc::app
