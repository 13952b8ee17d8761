#pragma once

#include "analytics/poc/PocDigest.h"
#include "export/render/Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace dmc {

// Lays out the weekly POC digest as a Report in the current language (rendered by the same
// Markdown / HTML / PDF layer as the briefs): per POC its status and time line, what its rows
// record since the compare-to date, and the overdue tasks by side. Facts only.
class PocDigestReport
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PocDigestReport)

public:
    static Report build(const PocDigest &digest, const QDateTime &generatedAt);
    // The lines of one POC: "since" lines first, then where it stands (the Markdown bullets).
    static QStringList changeLines(const PocDigestEntry &entry, const QDate &since);
    static QStringList standingLines(const PocDigestEntry &entry);
};

} // namespace dmc
