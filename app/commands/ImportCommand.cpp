// dmcockpit import --db FILE --profile canonical|salesforce|maven|bitrix24|amocrm|PROFILE.json [--lenient]
//                  [--as-of YYYY-MM-DD] [--rates FILE]... PATH...
#include "Command.h"
#include "CommandSupport.h"
#include "import/ImportProfile.h"
#include "import/Importer.h"

#include <QCoreApplication>
#include <QDate>

namespace dmc::cli {
namespace {

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("dmc::cli::Commands", "canonical, salesforce, maven, bitrix24, amocrm, or the path of a profile JSON file."),
                      QCoreApplication::translate("dmc::cli::Commands", "PROFILE"), QStringLiteral("canonical")});
    parser.addOption({QStringLiteral("lenient"),
                      QCoreApplication::translate("dmc::cli::Commands", "Import the valid rows and write the rejected ones to a CSV beside the database.")});
    parser.addOption({QStringLiteral("as-of"),
                      QCoreApplication::translate("dmc::cli::Commands", "Date of the snapshot for sources without history (default: the latest date in "
                         "the data)."),
                      QCoreApplication::translate("dmc::cli::Commands", "YYYY-MM-DD")});
    parser.addOption({QStringLiteral("rates"),
                      QCoreApplication::translate("dmc::cli::Commands", "Exchange rates for the export's currencies: a CSV with code, rate "
                         "and optional start_date, is_reporting (or Salesforce's CurrencyType.csv / "
                         "DatedConversionRate.csv). May be given more than once."),
                      QCoreApplication::translate("dmc::cli::Commands", "FILE")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("dmc::cli::Commands", "Files or folders of the export."),
                                 QStringLiteral("PATH..."));
    if (!parseArguments(parser, arguments, "import"))
        return ExitUsage;

    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(QCoreApplication::translate("dmc::cli::Commands", "Give at least one file or folder to import."));
    ImportOptions options;
    options.lenient = parser.isSet(QStringLiteral("lenient"));
    options.ratesFiles = parser.values(QStringLiteral("rates"));
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return usageError(QCoreApplication::translate("dmc::cli::Commands", "--as-of needs a date as YYYY-MM-DD."));
    }
    auto profile = ImportProfile::load(parser.value(QStringLiteral("profile")));
    if (!profile)
        return fail(profile.error());

    int code = ExitOk;
    auto database = openDatabase(parser, code);
    if (!database)
        return code;

    Importer importer(*database, std::move(profile.value()), options);
    auto report = importer.run(paths);
    if (!report) {
        Error error = report.error();
        if (error.kind == Error::Kind::BadInput)
            error.message = QCoreApplication::translate("dmc::cli::Commands", "%1; nothing was imported").arg(error.message);
        return fail(error);
    }
    for (const QString &note : std::as_const(report->notes))
        err() << QCoreApplication::translate("dmc::cli::Commands", "Note: %1").arg(note) << Qt::endl;
    if (report->status == ImportStatus::Skipped) {
        out() << QCoreApplication::translate("dmc::cli::Commands", "This export was imported before; nothing changed (import #%1 recorded as skipped).")
                     .arg(report->importId)
              << Qt::endl;
        return ExitOk;
    }
    out() << QCoreApplication::translate("dmc::cli::Commands", "Imported %n opportunities", nullptr, int(report->opportunities)) << ", "
          << QCoreApplication::translate("dmc::cli::Commands", "%n snapshot rows", nullptr, int(report->snapshots)) << " ("
          << QCoreApplication::translate("dmc::cli::Commands", "%n rows read", nullptr, int(report->rowsRead)) << ", "
          << QCoreApplication::translate("dmc::cli::Commands", "%n rejected", nullptr, int(report->rowsRejected)) << ")." << Qt::endl;
    if (!report->rejectsFile.isEmpty())
        out() << QCoreApplication::translate("dmc::cli::Commands", "Rejected rows and reasons: %1").arg(report->rejectsFile) << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({"import",
                                        QT_TRANSLATE_NOOP("dmc::cli::Commands",
                                                          "Import a CRM export (canonical, Salesforce, Maven)."),
                                        false, &runImport});

} // namespace
} // namespace dmc::cli
