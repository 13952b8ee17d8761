// Fuzz target: an import profile file (docs/import-profiles.md) -> ImportProfile, both the
// plain parse and the user-profile path that merges it over its built-in base.
#include "import/profile/ImportProfile.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

namespace {

void use(const dmc::ImportProfile &profile)
{
    for (const QString &table : {QStringLiteral("opportunities"), QStringLiteral("reps")}) {
        profile.fileNames(table);
        profile.column(table, QStringLiteral("id"));
        profile.columns(table, QStringLiteral("id"));
        profile.matchesFilePattern(table, QStringLiteral("deals.csv"));
    }
    profile.districtFrom().key();
    profile.regionFrom().key();
    profile.knowsFile(QStringLiteral("opportunities.csv"));
    profile.isPlaceholderId(QStringLiteral("000000000000000"));
    profile.ladder();
    for (const auto &rule : profile.stageRules())
        for (const QString &source : rule.sources)
            profile.stageFor(source);
    profile.stageFor(QStringLiteral("Closed Won"));
    profile.categoryFor(QStringLiteral("Commit"));
    profile.dealTypeFor(QString());
    profile.dealTypeFor(QStringLiteral("Renewal"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dmc;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = ImportProfile::fromJson(bytes, QStringLiteral("fuzz.json"));
    if (!parsed)
        return 0;
    use(*parsed);

    // A profile that parses is also loaded as a user's file: merged over its built-in base.
    static const QString path =
        QDir::temp().filePath(QStringLiteral("dmc-fuzz-profile-%1.json").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
        file.close();
        if (auto merged = ImportProfile::load(path))
            use(*merged);
        QFile::remove(path);
    }
    return 0;
}
