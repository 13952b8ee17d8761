#pragma once

#include <QDateTime>
#include <QString>

namespace dmc {

// Default names of exported files, the same in the window and on the command line:
// "{YYYYMMDD-HHMM}_{scope}_forecast-call-agenda.{ext}" and "{YYYYMMDD-HHMM}_{rep}_coaching-pack.{ext}".
class ExportFileName
{
public:
    // scopeKey as Scope::key() ("all", "district:East"); extension without the dot ("pdf").
    static QString agenda(const QDateTime &when, const QString &scopeKey, const QString &extension);
    static QString pack(const QDateTime &when, const QString &repId, const QString &extension);
    // A file-name-safe word: letters (any script) and digits kept, runs of anything else become
    // one '-', trimmed, at most 60 characters; "export" when nothing is left.
    static QString safePart(const QString &text);
};

} // namespace dmc
