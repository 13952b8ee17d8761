// Fuzz target: a rule-set file -> RuleSet::fromJson, and the same bytes as the DM's partial
// overrides merged into the defaults. Whatever parses writes back and re-reads to the same set.
#include "analytics/risk/RuleSet.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void roundTrip(const dmc::RuleSet &set)
{
    const QByteArray written = QByteArray::fromStdString(set.toJson().dump());
    auto reread = dmc::RuleSet::fromJson(written, QStringLiteral("roundtrip.json"));
    if (!reread || !(*reread == set))
        std::abort();
    set.differencesFrom(dmc::RuleSet());
    for (const auto &rule : set.rules())
        for (auto it = rule.params.begin(); it != rule.params.end(); ++it)
            set.parameter(rule.id, it.key());
    set.stageLimit(QStringLiteral("Negotiation"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dmc;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto full = RuleSet::fromJson(bytes, QStringLiteral("fuzz.json")))
        roundTrip(*full);

    RuleSet merged;
    const RuleSet before = merged;
    if (merged.merge(bytes, QStringLiteral("fuzz.json")))
        roundTrip(merged);
    else if (!(merged == before)) // a refused merge changes nothing
        std::abort();
    return 0;
}
