// Meddpicc keeps a deal's eight levels inline and its notes only when the deal has one: the
// entries read back are the ones written, copies share notes without seeing each other's edits.
#include "domain/Meddpicc.h"

#include <QTest>

#include <algorithm>

using namespace dmc;
using namespace Qt::StringLiterals;

namespace {
constexpr size_t Champion = size_t(MeddpiccElement::Champion);
constexpr size_t Metrics = size_t(MeddpiccElement::Metrics);
} // namespace

class TestMeddpicc : public QObject
{
    Q_OBJECT

private slots:
    void aNewDealHasNoLevelAndNoNote()
    {
        const Meddpicc meddpicc;
        QCOMPARE(Meddpicc::size(), size_t(8));
        for (size_t e = 0; e < Meddpicc::size(); ++e) {
            QVERIFY(!meddpicc.level(e).has_value());
            QVERIFY(meddpicc.note(e).isNull());
        }
        QCOMPARE(std::distance(meddpicc.begin(), meddpicc.end()), 8);
    }

    void entriesReadBackAsWritten()
    {
        Meddpicc meddpicc;
        meddpicc.setLevel(Champion, EvidenceLevel::Confirmed);
        meddpicc.setNote(Champion, u"CTO signed off"_s);
        meddpicc.set(Metrics, {EvidenceLevel::Partial, u"ROI draft"_s});
        QCOMPARE(meddpicc.level(Champion), std::optional(EvidenceLevel::Confirmed));
        QCOMPARE(meddpicc.note(Champion), u"CTO signed off"_s);
        QCOMPARE(meddpicc[Metrics], (MeddpiccEntry{EvidenceLevel::Partial, u"ROI draft"_s}));
        // In element order: Metrics first, Champion seventh, the rest empty.
        std::vector<MeddpiccEntry> entries(meddpicc.begin(), meddpicc.end());
        QCOMPARE(entries.size(), size_t(8));
        QCOMPARE(entries[0].note, u"ROI draft"_s);
        QCOMPARE(entries[6].level, std::optional(EvidenceLevel::Confirmed));
        QCOMPARE(std::count_if(entries.begin(), entries.end(),
                               [](const MeddpiccEntry &e) { return e.level.has_value(); }),
                 2);
    }

    void aCopysNoteEditLeavesTheOriginal()
    {
        Meddpicc original;
        original.setNote(Champion, u"CTO"_s);
        Meddpicc copy = original;
        copy.setNote(Champion, u"CFO"_s);
        copy.setNote(Metrics, u"ROI"_s);
        QCOMPARE(original.note(Champion), u"CTO"_s);
        QVERIFY(original.note(Metrics).isEmpty());
        QCOMPARE(copy.note(Champion), u"CFO"_s);
        QCOMPARE(copy.note(Metrics), u"ROI"_s);
        QVERIFY(!(copy == original));
    }

    void emptyNotesEqualNoNotes()
    {
        Meddpicc withEmptyNotes;
        withEmptyNotes.setNotes(Meddpicc::Notes());
        withEmptyNotes.setLevel(Champion, EvidenceLevel::None);
        Meddpicc cleared;
        cleared.setNote(Champion, u"x"_s);
        cleared.setNote(Champion, QString());
        cleared.setLevel(Champion, EvidenceLevel::None);
        QVERIFY(withEmptyNotes == cleared);
        // A level given as None differs from no level at all.
        QVERIFY(!(cleared == Meddpicc()));
    }

    void builtFromEntries()
    {
        std::array<MeddpiccEntry, MeddpiccElementCount> entries{};
        entries[Champion] = {EvidenceLevel::Partial, u"VP Sales"_s};
        const Meddpicc meddpicc(entries);
        QCOMPARE(meddpicc[Champion], entries[Champion]);
        QVERIFY(!meddpicc.level(Metrics).has_value());
        QVERIFY(meddpicc.note(Metrics).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMeddpicc)
#include "tst_meddpicc.moc"
