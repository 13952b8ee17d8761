#include "EnginePreload.h"

#include "EngineLoader.h"
#include "store/Schema.h"

#include <QFileInfo>
#include <QMutex>

#include <utility>

namespace dmc {

namespace {

struct Preload
{
    QMutex mutex;
    QString file; // absolute path of the file being preloaded
    std::shared_future<std::shared_ptr<const Engine>> engine;
};

Preload &preload()
{
    static Preload instance;
    return instance;
}

QString absoluteFile(const QString &location)
{
    return QFileInfo(location).absoluteFilePath();
}

} // namespace

void EnginePreload::start(const QString &location)
{
    if (location.isEmpty() || Database::isServerLocation(location) || !QFileInfo(location).isFile())
        return;
    const QString file = absoluteFile(location);
    auto engine = std::async(std::launch::async, [file]() -> std::shared_ptr<const Engine> {
        auto database = Database::open(file, Database::OpenMode::ReadOnly);
        if (!database)
            return nullptr;
        const Database &opened = *database.value();
        if (opened.dialect().schemaVersion(opened.connection()) != latestSchemaVersion())
            return nullptr;
        auto loaded = EngineLoader::load(std::move(database.value()));
        // The connection closes here, on the thread that opened it (SQLite's rule).
        return loaded ? loaded.value().engine : nullptr;
    });
    Preload &state = preload();
    const QMutexLocker lock(&state.mutex);
    state.file = file;
    state.engine = engine.share();
}

std::shared_future<std::shared_ptr<const Engine>> EnginePreload::take(const QString &location)
{
    Preload &state = preload();
    const QMutexLocker lock(&state.mutex);
    if (!state.engine.valid() || Database::isServerLocation(location) || absoluteFile(location) != state.file)
        return {};
    state.file.clear();
    return std::exchange(state.engine, {});
}

void EnginePreload::discard()
{
    std::shared_future<std::shared_ptr<const Engine>> left;
    {
        Preload &state = preload();
        const QMutexLocker lock(&state.mutex);
        state.file.clear();
        left = std::exchange(state.engine, {});
    }
    if (left.valid())
        left.wait();
}

} // namespace dmc
