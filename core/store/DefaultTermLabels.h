#pragma once

#include "store/TermLabel.h"

#include <QStringList>

#include <vector>

namespace dmc {

// The labels every database starts with: Russian names for the stages of the ladders the
// product ships (the default ladder of the demo and the canonical profile, the Salesforce and
// Maven profiles; the Bitrix24 and amoCRM ladders are Russian already).
const std::vector<TermLabel> &defaultTermLabels();

// The statements that add the default labels a database lacks, keeping every label already
// there (a DM's own label is never replaced). The schema migration and
// TermLabelStore::addDefaults run them.
QStringList defaultTermLabelStatements();

} // namespace dmc
