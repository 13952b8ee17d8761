// dmcockpit import --db FILE --profile canonical|salesforce|maven|bitrix24|amocrm|PROFILE.json [--lenient]
//                  [--as-of YYYY-MM-DD] [--rates FILE]... PATH...
#include "Command.h"
#include "CommandSupport.h"
#include "Tr.h"
#include "analytics/dataset/DatasetFromImport.h"
#include "analytics/dataset/DatasetLoader.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"

#include <QDate>

namespace dmc::app {
namespace {

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("profile"),
                      tr("canonical, salesforce, maven, bitrix24, amocrm, or the path of a profile JSON file."),
                      tr("PROFILE"), QStringLiteral("canonical")});
    parser.addOption({QStringLiteral("lenient"),
                      tr("Import the valid rows and write the rejected ones to a CSV beside the database.")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("Date of the snapshot for sources without history (default: the latest date in "
                         "the data)."),
                      tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("rates"),
                      tr("Exchange rates for the export's currencies: a CSV with code, rate "
                         "and optional start_date, is_reporting (or Salesforce's CurrencyType.csv / "
                         "DatedConversionRate.csv). May be given more than once."),
                      tr("FILE")});
    parser.addPositionalArgument(tr("PATH"), tr("Files or folders of the export."), tr("PATH..."));
    if (!parseArguments(parser, arguments, "import"))
        return ExitUsage;

    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(tr("Give at least one file or folder to import."));
    ImportOptions options;
    options.lenient = parser.isSet(QStringLiteral("lenient"));
    options.ratesFiles = parser.values(QStringLiteral("rates"));
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return usageError(tr("--as-of needs a date as YYYY-MM-DD."));
    }
    auto profile = ImportProfile::load(parser.value(QStringLiteral("profile")));
    if (!profile)
        return fail(profile.error());

    int code = ExitOk;
    auto database = openDatabase(parser, code);
    if (!database)
        return code;

    // The image the first command reads is built from the rows as the import stores them.
    DatasetFromImport streamed;
    options.snapshotObserver = &streamed;
    Importer importer(*database, std::move(profile.value()), options);
    auto report = importer.run(paths);
    if (!report) {
        Error error = report.error();
        if (error.kind == Error::Kind::BadInput)
            error.message = tr("%1; nothing was imported").arg(error.message);
        return fail(error);
    }
    for (const QString &note : std::as_const(report->notes))
        err() << tr("Note: %1").arg(note) << Qt::endl;
    if (report->status == ImportStatus::Skipped) {
        out() << tr("This export was imported before; nothing changed (import #%1 recorded as skipped).")
                     .arg(report->importId)
              << Qt::endl;
        return ExitOk;
    }
    DatasetLoader::prepareAfterImport(*database, &streamed);
    out() << tr("Imported %n opportunities", nullptr, int(report->opportunities)) << ", "
          << tr("%n snapshot rows", nullptr, int(report->snapshots)) << " ("
          << tr("%n rows read", nullptr, int(report->rowsRead)) << ", "
          << tr("%n rejected", nullptr, int(report->rowsRejected)) << ")." << Qt::endl;
    if (!report->rejectsFile.isEmpty())
        out() << tr("Rejected rows and reasons: %1").arg(report->rejectsFile) << Qt::endl;
    return ExitOk;
}

const CommandRegistration importRegistration(
    {"import", QT_TRANSLATE_NOOP("dmc::app", "Import a CRM export (canonical, Salesforce, Maven)."), false,
     &runImport});

} // namespace
} // namespace dmc::app
