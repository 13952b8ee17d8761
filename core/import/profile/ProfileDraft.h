#pragma once

#include "ImportProfile.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace dmc {

// A starting profile written from an export itself (`dmcockpit profile draft`,
// docs/import-profiles.md): the files found, the encoding, delimiter, decimal separator and date
// formats detected, every stage (probability, won / lost and category from the export's own
// columns where it has them), every category, type and currency. What the export does not say is
// listed in notes (and in the profile's `$comment`) rather than guessed silently.
class ProfileDraft
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ProfileDraft)

public:
    struct Draft
    {
        QByteArray json;   // the profile, UTF-8, one stage a line
        QStringList notes; // translated
    };

    // `format`: Canonical or Salesforce. `paths`: files or folders of the export.
    static Result<Draft> write(ImportProfile::Format format, const QStringList &paths);
};

} // namespace dmc
