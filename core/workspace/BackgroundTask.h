#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace dmc {

// Runs `call` on the application's thread, from any thread, unless `guard` is gone by then.
// The event goes to the application object, not to `guard`: checking a QPointer on a worker and
// then posting to its object races with the object's destruction on the GUI thread (the post can
// land after ~QObject removed the object's pending events, and the event loop then delivers to
// freed memory). The application object outlives every worker of the global pool, and the guard
// is checked on the thread that destroys its object.
template<typename Receiver, typename Call>
void deliverToApplicationThread(QPointer<Receiver> guard, Call call)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application)
        return; // the application is shutting down: nothing would run the call
    QMetaObject::invokeMethod(
        application,
        [guard = std::move(guard), call = std::move(call)] {
            if (guard)
                call(guard.data());
        },
        Qt::QueuedConnection);
}

// Runs `work` on the global thread pool and `done` with its result on the GUI thread, unless the
// receiver (an object of the GUI thread) is gone by then. The workspace's loads and recomputes
// never block the caller. The global pool, unlike a QThread per task, is waited for by
// ~QCoreApplication: a task still running when the window closes finishes before the process
// exits, and nothing is left to an event loop that no longer runs.
template<typename Result, typename Work, typename Done>
void runInBackground(QObject *receiver, Work work, Done done)
{
    Q_ASSERT(receiver && receiver->thread() == QCoreApplication::instance()->thread());
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<Result>(work());
        deliverToApplicationThread(guard, [result, done](QObject *) { done(result); });
    });
}

} // namespace dmc
