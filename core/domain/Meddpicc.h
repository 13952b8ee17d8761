#pragma once

#include <QString>
#include <array>
#include <optional>

namespace dmc {

// The eight MEDDPICC elements, in the order of the acronym.
enum class MeddpiccElement : quint8 {
    Metrics,
    EconomicBuyer,
    DecisionCriteria,
    DecisionProcess,
    PaperProcess,
    IdentifyPain,
    Champion,
    Competition
};
inline constexpr int MeddpiccElementCount = 8;

enum class EvidenceLevel : quint8 { None, Partial, Confirmed };

struct MeddpiccEntry
{
    // Empty when the export gave no level; reads as None for the deal (see Opportunity).
    std::optional<EvidenceLevel> level;
    QString note;
};

using Meddpicc = std::array<MeddpiccEntry, MeddpiccElementCount>;

QString meddpiccKey(MeddpiccElement element); // "economic_buyer"
std::optional<MeddpiccElement> meddpiccFromKey(const QString &key);
QString meddpiccName(MeddpiccElement element); // translated
// The element's letters for a narrow column head: M, EB, DC, DP, PP, IP, Ch, Co.
QString meddpiccAbbreviation(MeddpiccElement element);
QString evidenceLevelKey(EvidenceLevel level); // "none" | "partial" | "confirmed"
std::optional<EvidenceLevel> evidenceLevelFromKey(const QString &key);
QString evidenceLevelKey(const std::optional<EvidenceLevel> &level); // "" when the export gave none
QString evidenceLevelName(EvidenceLevel level);                      // translated
QString evidenceLevelMark(EvidenceLevel level);                      // ✓ confirmed, ~ partial, – none

} // namespace dmc
