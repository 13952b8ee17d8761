#include "SourceImporter.h"

#include "import/CanonicalImporter.h"
#include "import/MavenImporter.h"
#include "import/SalesforceImporter.h"

namespace dmc {

std::unique_ptr<SourceImporter> SourceImporter::create(ImportProfile::Format format)
{
    switch (format) {
    case ImportProfile::Format::Canonical: return std::make_unique<CanonicalImporter>();
    case ImportProfile::Format::Salesforce: return std::make_unique<SalesforceImporter>();
    case ImportProfile::Format::Maven: return std::make_unique<MavenImporter>();
    }
    return nullptr;
}

} // namespace dmc
