// dmcockpit profile check FILE.json
// dmcockpit profile draft --format salesforce|canonical PATH... [-o FILE]
// Checks an import profile without importing, or writes a starting profile from an export.
#include "Command.h"
#include "CommandSupport.h"
#include "Tr.h"
#include "import/profile/ImportProfile.h"
#include "import/profile/ProfileDraft.h"

#include <QFile>
#include <QSaveFile>

namespace dmc::app {
namespace {

int runProfileCheck(const QStringList &paths)
{
    if (paths.size() != 1)
        return usageError(tr("Give one profile file to check: dmcockpit profile check FILE.json"));
    auto profile = ImportProfile::load(paths.first());
    if (!profile)
        return fail(profile.error());
    out() << tr("%1: ok, no problems found (format %2, %n stage(s)).", nullptr, int(profile->stageRules().size()))
                 .arg(paths.first(),
                      profile->format() == ImportProfile::Format::Salesforce  ? QStringLiteral("salesforce")
                          : profile->format() == ImportProfile::Format::Maven ? QStringLiteral("maven")
                                                                              : QStringLiteral("canonical"))
          << Qt::endl;
    return ExitOk;
}

int runDraft(const QCommandLineParser &parser, const QStringList &paths)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("salesforce") && format != QLatin1String("canonical"))
        return usageError(tr("--format needs salesforce or canonical."));
    if (paths.isEmpty())
        return usageError(tr("Give the files or folder of the export to draft a profile from."));
    const QString output = parser.value(QStringLiteral("output"));
    // A profile edited by hand is never overwritten by a new draft.
    if (!output.isEmpty() && QFile::exists(output)) {
        Error error;
        error.kind = Error::Kind::Usage;
        error.file = output;
        error.message = tr("the file exists; nothing was written");
        return fail(error);
    }
    auto draft = ProfileDraft::write(format == QLatin1String("salesforce") ? ImportProfile::Format::Salesforce
                                                                           : ImportProfile::Format::Canonical,
                                     paths);
    if (!draft)
        return fail(draft.error());
    for (const QString &note : std::as_const(draft->notes))
        err() << tr("Note: %1").arg(note) << Qt::endl;
    if (output.isEmpty()) {
        out().flush();
        std::fwrite(draft->json.constData(), 1, size_t(draft->json.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(draft->json) != draft->json.size() || !file.commit()) {
        Error error;
        error.kind = Error::Kind::Usage;
        error.file = output;
        error.message = tr("cannot write the file (%1)").arg(file.errorString());
        return fail(error);
    }
    out() << tr("Wrote the draft profile %1.").arg(output) << Qt::endl;
    return ExitOk;
}

int runProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("format"), tr("draft: the export's format, salesforce or canonical."), tr("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("draft: the file to write the profile to (default: standard output)."),
                      tr("FILE")});
    parser.addPositionalArgument(tr("ACTION"),
                                 tr("check FILE.json: check a profile without importing; draft PATH...: write "
                                    "a starting profile from an export."),
                                 QStringLiteral("check|draft"));
    parser.addPositionalArgument(tr("PATH"), tr("The profile (check), or the export's files or folder (draft)."),
                                 tr("PATH..."));
    if (!parseArguments(parser, arguments, "profile"))
        return ExitUsage;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    if (action == QLatin1String("check"))
        return runProfileCheck(positional);
    if (action == QLatin1String("draft"))
        return runDraft(parser, positional);
    return usageError(tr("Give an action: dmcockpit profile check FILE.json, or dmcockpit profile draft "
                         "--format salesforce|canonical PATH... [-o FILE]."));
}

const CommandRegistration profileRegistration(
    {"profile", QT_TRANSLATE_NOOP("dmc::app", "Check an import profile, or draft one from an export."), false,
     &runProfile});

} // namespace
} // namespace dmc::app
