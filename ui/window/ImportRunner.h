#pragma once

#include "domain/Error.h"
#include "import/ImportOptions.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace dmc::ui {

// Runs one import on a worker thread with its own database connection, reports progress and
// can be cancelled; finished() carries the summary or the error (file, line, reason).
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    void start(const QString &database, const QString &profile, const QStringList &paths, QDate asOf, bool lenient);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int percent, const QString &what);
    // `error` is set when the import failed or was cancelled (nothing changed then).
    void finished(bool ok, const QString &summary, const dmc::Error &error);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace dmc::ui
