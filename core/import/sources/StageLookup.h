#pragma once

#include "domain/Stage.h"
#include "import/profile/ImportProfile.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// The stage ladder of one import: a value names a stage of the ladder (case-insensitively) or
// maps to one through the profile's stage rules.
class StageLookup
{
public:
    StageLookup(const ImportProfile &profile, const std::vector<Stage> &ladder);

    // The ladder's spelling of the stage, empty when the value names none.
    QString find(const QString &value) const;
    // The forecast category the profile's stage gives the value's stage (for an export without
    // a category), nullopt when it gives none.
    std::optional<ForecastCategory> category(const QString &value) const;

private:
    const ImportProfile *m_profile;
    QHash<QString, Stage> m_ladder; // lower-case name -> stage
};

} // namespace dmc
