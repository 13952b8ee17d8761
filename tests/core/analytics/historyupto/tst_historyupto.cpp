// historyUpTo: one deal's rows up to a snapshot, found from where that snapshot's rows end. Hand
// values from the small fixture's deal table (tests/fixtures/small/README.md, section 1), and
// every deal at every snapshot against the definition (the rows whose date is on or before it).
#include "fixtures/FixtureCsv.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/dataset/HistoryUpTo.h"

#include <QTest>

using namespace dmc;
using namespace Qt::StringLiterals;

class TestHistoryUpTo : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> m_small;

    qsizetype rowsUpTo(const QString &deal, int dateIndex) const
    {
        return qsizetype(historyUpTo(*m_small, qint32(m_small->opportunityIndex(deal)), dateIndex).size());
    }

private slots:
    void initTestCase()
    {
        m_small = DatasetLoader::fromCrmData(test::readFixture(QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/small")));
        QCOMPARE(m_small->snapshotCount(), 4);
    }

    // S1..S4 are date indices 0..3.
    void handValues_data()
    {
        QTest::addColumn<QString>("deal");
        QTest::addColumn<QList<int>>("counts"); // before S1, at S1, S2, S3, S4, after S4
        QTest::newRow("D01 in every snapshot") << u"D01"_s << QList<int>{0, 1, 2, 3, 4, 4};
        QTest::newRow("D07 deleted after S2") << u"D07"_s << QList<int>{0, 1, 2, 2, 2, 2};
        QTest::newRow("D08 new at S3") << u"D08"_s << QList<int>{0, 0, 0, 1, 2, 2};
    }

    void handValues()
    {
        QFETCH(QString, deal);
        QFETCH(QList<int>, counts);
        for (int dateIndex = -1; dateIndex <= 4; ++dateIndex)
            QCOMPARE(rowsUpTo(deal, dateIndex), qsizetype(counts[dateIndex + 1]));
    }

    void everyDealAtEverySnapshotMatchesTheDefinition()
    {
        const auto rows = m_small->rows();
        int compared = 0;
        for (qint32 deal = 0; deal < qint32(m_small->opportunities().size()); ++deal) {
            const std::span<const quint32> history = m_small->historyOf(deal);
            for (int dateIndex = 0; dateIndex < m_small->snapshotCount(); ++dateIndex) {
                std::vector<quint32> expected;
                for (const quint32 at : history)
                    if (rows[at].dateIndex <= dateIndex)
                        expected.push_back(at);
                const std::span<const quint32> upTo = historyUpTo(*m_small, deal, dateIndex);
                QCOMPARE(std::vector<quint32>(upTo.begin(), upTo.end()), expected);
                ++compared;
            }
        }
        QCOMPARE(compared, 12 * 4);
    }
};

QTEST_GUILESS_MAIN(TestHistoryUpTo)
#include "tst_historyupto.moc"
