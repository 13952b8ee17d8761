// Fuzz target: a whole canonical import (Importer: decode, parse, fields, snapshots, CrmWriter)
// of one fuzzed opportunities.csv beside the valid tables of tests/fixtures/data/canonical-full, into
// a fresh scratch SQLite file, strict or lenient by the input's size. The import stores rows
// or refuses with an error; it never crashes, and the database passes integrity_check after.
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Scratch
{
    QTemporaryDir dir;
    QString exportFolder;
    QString emptyDatabase; // schema created once, copied for every input
    QString database;
};

Scratch &scratch()
{
    // Qt's SQL driver plugins load only with an application object.
    static int argc = 1;
    static char name[] = "fuzz_import";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static Scratch s = [] {
        Scratch made;
        const QDir source(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/data/canonical-full"));
        made.exportFolder = made.dir.filePath(QStringLiteral("export"));
        QDir().mkpath(made.exportFolder);
        for (const QString &file : source.entryList(QDir::Files))
            if (file != QLatin1String("opportunities.csv"))
                QFile::copy(source.filePath(file), QDir(made.exportFolder).filePath(file));
        made.emptyDatabase = made.dir.filePath(QStringLiteral("empty.db"));
        made.database = made.dir.filePath(QStringLiteral("run.db"));
        if (!dmc::Database::open(made.emptyDatabase))
            std::abort();
        return made;
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dmc;
    Scratch &s = scratch();
    QFile csv(QDir(s.exportFolder).filePath(QStringLiteral("opportunities.csv")));
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    csv.write(reinterpret_cast<const char *>(data), qint64(size));
    csv.close();

    // A fresh database per input, so a reproducer replays alone (rejects files go too).
    for (const QString &file : QDir(s.dir.path()).entryList({QStringLiteral("run.db*")}, QDir::Files))
        QFile::remove(QDir(s.dir.path()).filePath(file));
    if (!QFile::copy(s.emptyDatabase, s.database))
        std::abort();
    QFile::setPermissions(s.database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    static const auto profile = ImportProfile::load(QStringLiteral("canonical"));
    if (!profile)
        std::abort();
    {
        auto database = Database::open(s.database);
        if (!database)
            std::abort();
        ImportOptions options;
        options.lenient = size % 2 == 1;
        Importer importer(**database, *profile, options);
        importer.run({s.exportFolder});
        const auto problems = (*database)->checkIntegrity();
        if (!problems || !problems->isEmpty())
            std::abort();
    }
    return 0;
}
