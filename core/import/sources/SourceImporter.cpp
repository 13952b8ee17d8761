#include "SourceImporter.h"

#include "CanonicalImporter.h"
#include "DealExportImporter.h"
#include "MavenImporter.h"
#include "SalesforceImporter.h"

namespace dmc {

std::unique_ptr<SourceImporter> SourceImporter::create(ImportProfile::Format format)
{
    switch (format) {
    case ImportProfile::Format::Canonical: return std::make_unique<CanonicalImporter>();
    case ImportProfile::Format::Salesforce: return std::make_unique<SalesforceImporter>();
    case ImportProfile::Format::Maven: return std::make_unique<MavenImporter>();
    case ImportProfile::Format::Bitrix24:
    case ImportProfile::Format::AmoCrm: return std::make_unique<DealExportImporter>();
    }
    return nullptr;
}

} // namespace dmc
