#pragma once

#include "domain/CrmData.h"
#include "domain/Error.h"
#include "import/profile/ImportProfile.h"

#include <memory>

namespace dmc {

class ImportSession;

// Reads one kind of export (canonical, Salesforce, Maven) into CrmData. Bad rows go through
// ImportSession::reject(); in strict mode the first one ends the read with its Error.
class SourceImporter
{
public:
    virtual ~SourceImporter() = default;
    virtual Result<CrmData> read(ImportSession &session) = 0;

    static std::unique_ptr<SourceImporter> create(ImportProfile::Format format);
};

} // namespace dmc
