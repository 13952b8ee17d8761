#include "Meddpicc.h"

#include <QCoreApplication>

#include <algorithm>

namespace dmc {

Meddpicc::Meddpicc(const std::array<MeddpiccEntry, MeddpiccElementCount> &entries)
{
    Notes notes;
    for (size_t e = 0; e < size(); ++e) {
        m_levels[e] = entries[e].level;
        notes[e] = entries[e].note;
    }
    setNotes(std::move(notes));
}

void Meddpicc::setNote(size_t element, const QString &note)
{
    if (note.isEmpty() && !m_notes)
        return;
    Notes notes = m_notes ? *m_notes : Notes();
    notes[element] = note;
    setNotes(std::move(notes));
}

void Meddpicc::set(size_t element, const MeddpiccEntry &entry)
{
    setLevel(element, entry.level);
    setNote(element, entry.note);
}

void Meddpicc::setNotes(Notes notes)
{
    const bool any = std::any_of(notes.begin(), notes.end(), [](const QString &note) { return !note.isEmpty(); });
    m_notes = any ? std::make_shared<const Notes>(std::move(notes)) : nullptr;
}

bool Meddpicc::operator==(const Meddpicc &other) const
{
    for (size_t e = 0; e < size(); ++e) {
        if (level(e) != other.level(e) || note(e) != other.note(e))
            return false;
    }
    return true;
}

QString meddpiccKey(MeddpiccElement element)
{
    switch (element) {
    case MeddpiccElement::Metrics: return QStringLiteral("metrics");
    case MeddpiccElement::EconomicBuyer: return QStringLiteral("economic_buyer");
    case MeddpiccElement::DecisionCriteria: return QStringLiteral("decision_criteria");
    case MeddpiccElement::DecisionProcess: return QStringLiteral("decision_process");
    case MeddpiccElement::PaperProcess: return QStringLiteral("paper_process");
    case MeddpiccElement::IdentifyPain: return QStringLiteral("identify_pain");
    case MeddpiccElement::Champion: return QStringLiteral("champion");
    case MeddpiccElement::Competition: return QStringLiteral("competition");
    }
    return {};
}

std::optional<MeddpiccElement> meddpiccFromKey(const QString &key)
{
    for (int i = 0; i < MeddpiccElementCount; ++i) {
        const auto element = static_cast<MeddpiccElement>(i);
        if (meddpiccKey(element) == key)
            return element;
    }
    return std::nullopt;
}

QString meddpiccName(MeddpiccElement element)
{
    switch (element) {
    case MeddpiccElement::Metrics: return QCoreApplication::translate("dmc::Meddpicc", "Metrics");
    case MeddpiccElement::EconomicBuyer: return QCoreApplication::translate("dmc::Meddpicc", "Economic buyer");
    case MeddpiccElement::DecisionCriteria: return QCoreApplication::translate("dmc::Meddpicc", "Decision criteria");
    case MeddpiccElement::DecisionProcess: return QCoreApplication::translate("dmc::Meddpicc", "Decision process");
    case MeddpiccElement::PaperProcess: return QCoreApplication::translate("dmc::Meddpicc", "Paper process");
    case MeddpiccElement::IdentifyPain: return QCoreApplication::translate("dmc::Meddpicc", "Identify pain");
    case MeddpiccElement::Champion: return QCoreApplication::translate("dmc::Meddpicc", "Champion");
    case MeddpiccElement::Competition: return QCoreApplication::translate("dmc::Meddpicc", "Competition");
    }
    return {};
}

QString meddpiccAbbreviation(MeddpiccElement element)
{
    // The acronym's letters, the same in every language (translations/GLOSSARY.md: MEDDPICC stays
    // MEDDPICC); translatable all the same, with the element named for the translator.
    switch (element) {
    case MeddpiccElement::Metrics: return QCoreApplication::translate("dmc::Meddpicc", "M", "MEDDPICC: Metrics");
    case MeddpiccElement::EconomicBuyer:
        return QCoreApplication::translate("dmc::Meddpicc", "EB", "MEDDPICC: Economic buyer");
    case MeddpiccElement::DecisionCriteria:
        return QCoreApplication::translate("dmc::Meddpicc", "DC", "MEDDPICC: Decision criteria");
    case MeddpiccElement::DecisionProcess:
        return QCoreApplication::translate("dmc::Meddpicc", "DP", "MEDDPICC: Decision process");
    case MeddpiccElement::PaperProcess:
        return QCoreApplication::translate("dmc::Meddpicc", "PP", "MEDDPICC: Paper process");
    case MeddpiccElement::IdentifyPain:
        return QCoreApplication::translate("dmc::Meddpicc", "IP", "MEDDPICC: Identify pain");
    case MeddpiccElement::Champion: return QCoreApplication::translate("dmc::Meddpicc", "Ch", "MEDDPICC: Champion");
    case MeddpiccElement::Competition:
        return QCoreApplication::translate("dmc::Meddpicc", "Co", "MEDDPICC: Competition");
    }
    return {};
}

QString evidenceLevelMark(EvidenceLevel level)
{
    switch (level) {
    case EvidenceLevel::Confirmed: return QStringLiteral("\u2713");
    case EvidenceLevel::Partial: return QStringLiteral("~");
    case EvidenceLevel::None: break;
    }
    return QStringLiteral("\u2013");
}

QString evidenceLevelKey(EvidenceLevel level)
{
    switch (level) {
    case EvidenceLevel::None: return QStringLiteral("none");
    case EvidenceLevel::Partial: return QStringLiteral("partial");
    case EvidenceLevel::Confirmed: return QStringLiteral("confirmed");
    }
    return {};
}

QString evidenceLevelKey(const std::optional<EvidenceLevel> &level)
{
    return level ? evidenceLevelKey(*level) : QString();
}

std::optional<EvidenceLevel> evidenceLevelFromKey(const QString &key)
{
    for (auto level : {EvidenceLevel::None, EvidenceLevel::Partial, EvidenceLevel::Confirmed})
        if (evidenceLevelKey(level) == key)
            return level;
    return std::nullopt;
}

QString evidenceLevelName(EvidenceLevel level)
{
    switch (level) {
    case EvidenceLevel::None: return QCoreApplication::translate("dmc::Meddpicc", "none");
    case EvidenceLevel::Partial: return QCoreApplication::translate("dmc::Meddpicc", "partial");
    case EvidenceLevel::Confirmed: return QCoreApplication::translate("dmc::Meddpicc", "confirmed");
    }
    return {};
}

} // namespace dmc
