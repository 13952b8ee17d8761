#pragma once

#include "AgendaBuilder.h"
#include "domain/Error.h"
#include "export/ExportFormat.h"
#include "export/render/PdfRenderer.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <vector>

namespace dmc {

// A region's (or the company's) forecast-call agenda as one file per district, each the agenda
// that district's manager exports. At 100k deals a region's agenda runs to about 1,900 PDF pages,
// a minute as one file; split, each district's file takes seconds, progress shows between them
// and the reader can stop.
class DistrictAgendas
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DistrictAgendas)

public:
    // The districts of the query's team (the reps with numbers in its scope), by name (numbers in names by value).
    static QStringList districts(const Engine &engine, const Query &query);

    // Called before each district's file with how many are written; returning false stops there.
    using Progress = std::function<bool(int written, int total, const QString &district)>;

    struct Written
    {
        QStringList files;    // the paths written, in the order of districts()
        int total = 0;        // the districts in the scope
        bool stopped = false; // the progress callback stopped it before every file was written
    };

    // Writes each district's agenda (the query with that district as its scope; `followUps` may be the
    // whole scope's) into `folder`, named as the window and the agenda command name a district's
    // agenda. A file that cannot be written ends it with that file's error; the files written before
    // it stay, each complete.
    static Result<Written> write(const Engine &engine, const Query &query, const std::vector<FollowUpDue> &followUps,
                                 const AgendaBuilder::Options &options, ExportFormat format,
                                 PdfRenderer::PageSize pageSize, const QString &folder, const Progress &progress);
};

} // namespace dmc
