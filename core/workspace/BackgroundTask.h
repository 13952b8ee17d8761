#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace dmc {

// Runs `work` on a new thread and `done` with its result on the receiver's thread, unless the
// receiver is gone by then. The workspace's loads and recomputes never block the caller.
template<typename Result, typename Work, typename Done>
void runInBackground(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)] {
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
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace dmc
