#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace dmc {

// Runs `work` on the global thread pool and `done` with its result on the receiver's thread,
// unless the receiver is gone by then. The workspace's loads and recomputes never block the
// caller. The global pool, unlike a QThread per task, is waited for by ~QCoreApplication: a
// task still running when the window closes finishes before the process exits, and nothing
// is left to an event loop that no longer runs.
template<typename Result, typename Work, typename Done>
void runInBackground(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<Result>(work());
        if (guard)
            QMetaObject::invokeMethod(
                guard,
                [guard, result, done] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
    });
}

} // namespace dmc
