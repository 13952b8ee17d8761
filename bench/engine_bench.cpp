// dmc_engine_bench DB [DISTRICT]: times the Dataset load and the engine's main calls on a database
// (e.g. `dmcockpit demo --db big.db --reps 1000 --deals 100000 --weeks 52`) and prints the
// resident memory after the load. Timing targets live here, never in tests.
#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/Engine.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <malloc.h>

#include <cstdio>

using namespace dmc;

namespace {

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

template<typename F>
void timed(const char *what, F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    std::printf("%-34s %8.1f ms\n", what, double(timer.nsecsElapsed()) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dmc_engine_bench DB [DISTRICT]\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::OpenMode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 4;
    }
    std::shared_ptr<const Dataset> data;
    timed("load dataset", [&] { data = DatasetLoader::load(**db).value(); });
    malloc_trim(0);
    std::printf("rows %zu, deals %zu, reps %zu, snapshots %d, RSS after load %ld MB, dataset ~%lld MB\n",
                data->rows().size(), data->opportunities().size(), data->reps().size(), data->snapshotCount(),
                residentKb() / 1024, static_cast<long long>(data->memoryBytes() / (1 << 20)));
    const Engine engine(data, AnalyticsSettings());
    const QString district = argc > 2 ? QString::fromLocal8Bit(argv[2]) : data->districts().value(0);
    const Scope scope = Scope::district(district);
    const Query query = engine.resolve(std::nullopt, std::nullopt, scope);
    const Query all = engine.resolve();
    CockpitResult cockpit;
    timed("cockpit (district)", [&] { cockpit = engine.cockpit(query); });
    timed("cockpit (all)", [&] { engine.cockpit(all); });
    timed("changes (district, last week)", [&] { engine.changes(*query.compareTo, query.asOf, scope, query.period); });
    timed("accuracy (district, all periods)", [&] { engine.accuracy(scope); });
    timed("conversion (district)", [&] { engine.conversion(scope, query.asOf); });
    timed("insights (district)", [&] { engine.insights(query); });
    std::printf("district %s: %zu reps, won %lld, open pipeline %lld (cents)\n", qPrintable(district),
                cockpit.team.size(), static_cast<long long>(cockpit.totals.won),
                static_cast<long long>(cockpit.totals.openPipeline));
    return 0;
}
