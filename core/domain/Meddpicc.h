#pragma once

#include <QString>

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <memory>
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

    bool operator==(const MeddpiccEntry &other) const = default;
};

// One deal's MEDDPICC: a level for each element, and notes only for a deal that has any. Eight
// {level, QString} entries made every deal 256 bytes, mostly for notes that exports such as
// Salesforce's never carry; this is 32 (a company's 300k deals: 67 MB less to allocate and fill).
// Read it as eight entries (`meddpicc[i]`, a range-for); write it with the setters.
class Meddpicc
{
public:
    using Notes = std::array<QString, MeddpiccElementCount>;

    Meddpicc() = default;
    explicit Meddpicc(const std::array<MeddpiccEntry, MeddpiccElementCount> &entries);

    static constexpr size_t size() { return MeddpiccElementCount; }
    std::optional<EvidenceLevel> level(size_t element) const { return m_levels[element]; }
    QString note(size_t element) const { return m_notes ? (*m_notes)[element] : QString(); }
    MeddpiccEntry operator[](size_t element) const { return {level(element), note(element)}; }
    // No element has a level or a note (notes are only kept when one is not empty).
    bool isEmpty() const
    {
        return !m_notes
            && std::none_of(m_levels.cbegin(), m_levels.cend(), [](const auto &l) { return l.has_value(); });
    }

    void setLevel(size_t element, std::optional<EvidenceLevel> level) { m_levels[element] = level; }
    void setNote(size_t element, const QString &note);
    void set(size_t element, const MeddpiccEntry &entry);
    // All eight notes at once: one allocation, none when every note is empty.
    void setNotes(Notes notes);

    // The entries by value, in element order.
    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = MeddpiccEntry;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = MeddpiccEntry;

        const_iterator(const Meddpicc *meddpicc, size_t element)
            : m_meddpicc(meddpicc)
            , m_element(element)
        {
        }
        MeddpiccEntry operator*() const { return (*m_meddpicc)[m_element]; }
        const_iterator &operator++()
        {
            ++m_element;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_element;
            return before;
        }
        bool operator==(const const_iterator &other) const = default;

    private:
        const Meddpicc *m_meddpicc;
        size_t m_element;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    bool operator==(const Meddpicc &other) const;

private:
    std::array<std::optional<EvidenceLevel>, MeddpiccElementCount> m_levels{};
    std::shared_ptr<const Notes> m_notes; // null: no element has a note; shared between copies
};

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
