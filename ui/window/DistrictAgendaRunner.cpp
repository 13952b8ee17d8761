#include "DistrictAgendaRunner.h"

#include "analytics/engine/Engine.h"
#include "workspace/BackgroundTask.h"

#include <QPointer>

namespace dmc::ui {

DistrictAgendaRunner::DistrictAgendaRunner(QObject *parent)
    : QObject(parent)
{
}

void DistrictAgendaRunner::start(Job job)
{
    // The PDF font is registered once, here on the GUI thread (QFontDatabase), before any worker uses it.
    PdfRenderer::fontFamily();
    m_cancel->store(false);
    // Called on the worker after each district's file; false stops the run.
    auto reportProgress = [self = QPointer<DistrictAgendaRunner>(this), cancel = m_cancel](int written, int total,
                                                                                           const QString &district) {
        if (cancel->load())
            return false;
        deliverToApplicationThread(self, [written, total, district](DistrictAgendaRunner *runner) {
            emit runner->progress(written, total, district);
        });
        return true;
    };
    runInBackground<Result<DistrictAgendas::Written>>(
        this,
        [reportProgress, job = std::move(job)] {
            return DistrictAgendas::write(*job.engine, job.query, job.followUps, job.options, job.format, job.pageSize,
                                          job.folder, reportProgress);
        },
        [this](const std::shared_ptr<Result<DistrictAgendas::Written>> &result) {
            if (!*result) {
                emit finished({}, 0, false, result->error().toString());
                return;
            }
            const DistrictAgendas::Written &written = result->value();
            emit finished(written.files, written.total, written.stopped, QString());
        });
}

void DistrictAgendaRunner::cancel()
{
    m_cancel->store(true);
}

} // namespace dmc::ui
