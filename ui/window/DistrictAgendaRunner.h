#pragma once

#include "domain/Error.h"
#include "export/agenda/DistrictAgendas.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace dmc {
class Engine;
}

namespace dmc::ui {

// Writes the agenda of each district of a scope into a folder (DistrictAgendas) on the global
// thread pool: progress() before each district's file, finished() at the end. cancel() stops after
// the file being written; the files written by then stay, each complete.
class DistrictAgendaRunner : public QObject
{
    Q_OBJECT

public:
    explicit DistrictAgendaRunner(QObject *parent = nullptr);

    struct Job
    {
        std::shared_ptr<const Engine> engine;
        Query query;
        std::vector<FollowUpDue> followUps;
        AgendaBuilder::Options options;
        ExportFormat format = ExportFormat::Pdf;
        PdfRenderer::PageSize pageSize = PdfRenderer::PageSize::A4;
        QString folder;
    };
    void start(Job job);
    void cancel();

signals:
    void progress(int written, int total, const QString &district);
    // `error` is empty unless a file could not be written; `stopped` when cancel() ended it early.
    void finished(const QStringList &files, int total, bool stopped, const QString &error);

private:
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace dmc::ui
