#pragma once

#include "domain/Rep.h"

namespace dmc {

// A rep as the engine sees it: the imported record plus interned district / region indices.
// Owners found in snapshots or opportunities but missing from the rep table are added with
// `known` false, name = id and no district / region (they only appear in scope "all").
struct DatasetRep
{
    Rep rep;
    qint32 districtIndex = -1; // index into Dataset::districts(); -1 for none
    qint32 regionIndex = -1;   // index into Dataset::regions(); -1 for none
    bool known = true;
};

} // namespace dmc
