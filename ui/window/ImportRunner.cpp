#include "ImportRunner.h"

#include "Format.h"
#include "analytics/dataset/DatasetFromImport.h"
#include "analytics/dataset/DatasetLoader.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"
#include "workspace/BackgroundTask.h"

#include <QPointer>
#include <QThread>

namespace dmc::ui {

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
}

ImportRunner::~ImportRunner()
{
    cancel();
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportRunner::start(const QString &database, const QString &profile, const QStringList &paths, QDate asOf,
                         bool lenient)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    QPointer<ImportRunner> self(this);
    auto cancelFlag = m_cancel;
    QThread *thread = QThread::create([self, cancelFlag, database, profile, paths, asOf, lenient] {
        auto report = [self](auto &&call) { deliverToApplicationThread(self, call); };
        auto fail = [&](const Error &error) {
            report([error](ImportRunner *runner) {
                runner->m_running = false;
                emit runner->finished(false, QString(), error);
            });
        };
        auto opened = Database::open(database);
        if (!opened)
            return fail(opened.error());
        auto loadedProfile = ImportProfile::load(profile);
        if (!loadedProfile)
            return fail(loadedProfile.error());
        ImportOptions options;
        options.lenient = lenient;
        options.asOf = asOf;
        options.cancel = cancelFlag.get();
        options.progress = [report](int percent, const QString &what) {
            report([percent, what](ImportRunner *runner) { emit runner->progress(percent, what); });
        };
        DatasetFromImport streamed; // the image, built from the rows as they are stored
        options.snapshotObserver = &streamed;
        Importer importer(**opened, loadedProfile.value(), options);
        auto result = importer.run(paths);
        if (!result)
            return fail(result.error());
        const Importer::Report &r = result.value();
        if (r.status != ImportStatus::Skipped) {
            report([](ImportRunner *runner) { emit runner->progress(100, tr("Preparing the cockpit")); });
            DatasetLoader::prepareAfterImport(**opened, &streamed);
        }
        QString summary;
        if (r.status == ImportStatus::Skipped) {
            summary = tr("This export was imported before; nothing changed.");
        } else {
            summary =
                tr("%1 rows read, %2 accepted, %3 rejected. %n deals stored.", nullptr, int(r.opportunities))
                    .arg(Format::number(r.rowsRead), Format::number(r.rowsAccepted), Format::number(r.rowsRejected));
            if (!r.rejectsFile.isEmpty())
                summary += QLatin1Char('\n') + tr("Rejected rows: %1").arg(r.rejectsFile);
            for (const QString &note : r.notes)
                summary += QLatin1Char('\n') + note;
        }
        report([summary](ImportRunner *runner) {
            runner->m_running = false;
            emit runner->finished(true, summary, Error{});
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace dmc::ui
