#include "DistrictAgendas.h"

#include "AgendaExporter.h"
#include "analytics/engine/Engine.h"
#include "export/ExportFileName.h"

#include <QCollator>
#include <QDir>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace dmc {

QStringList DistrictAgendas::districts(const Engine &engine, const Query &query)
{
    QStringList names;
    for (const TeamRow &row : engine.cockpit(query).team) {
        if (!names.contains(row.district))
            names << row.district;
    }
    // "District 2" before "District 10", as a person sorts them.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

Result<DistrictAgendas::Written> DistrictAgendas::write(const Engine &engine, const Query &query,
                                                        const std::vector<FollowUpDue> &followUps,
                                                        const AgendaBuilder::Options &options, ExportFormat format,
                                                        PdfRenderer::PageSize pageSize, const QString &folder,
                                                        const Progress &progress)
{
    Written written;
    const QStringList names = districts(engine, query);
    written.total = int(names.size());
    if (!QDir().mkpath(folder)) {
        return Error{Error::Kind::BadInput, tr("Cannot create the folder."), QDir::toNativeSeparators(folder), 0, 0};
    }
    QSet<QString> used; // two district names may reduce to the same file name ("A/B", "A B")
    for (const QString &district : names) {
        if (progress && !progress(int(written.files.size()), written.total, district)) {
            written.stopped = true;
            break;
        }
        Query part = query;
        part.scope = Scope::district(district);
        const Agenda agenda = AgendaBuilder::build(engine, part, followUps, options);
        QString name = ExportFileName::agenda(agenda.asOf, part.scope.key(), exportFormatKey(format));
        for (int n = 2; used.contains(name); ++n)
            name = ExportFileName::agenda(agenda.asOf, part.scope.key() + QStringLiteral("-%1").arg(n),
                                          exportFormatKey(format));
        used.insert(name);
        const QString path = QDir(folder).filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !AgendaExporter::write(agenda, format, pageSize, file)
            || !file.commit()) {
            return Error{Error::Kind::BadInput, tr("Cannot write the file: %1").arg(file.errorString()),
                         QDir::toNativeSeparators(path), 0, 0};
        }
        written.files << path;
    }
    return written;
}

} // namespace dmc
