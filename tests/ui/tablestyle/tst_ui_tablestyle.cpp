// Header texts are never cut: columns widen to them, and a stretched last column takes its room
// from the columns wider than they need.
#include "views/TableStyle.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace dmc::ui;

class TestTableStyle : public QObject
{
    Q_OBJECT

private slots:
    void narrowColumnsWidenToTheirHeaderText()
    {
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Expansion pipeline amount"), QStringLiteral("B")});
        QTableView table;
        table.setModel(&model);
        TableStyle::apply(&table);
        table.horizontalHeader()->setStretchLastSection(false);
        QHeaderView *header = table.horizontalHeader();
        header->resizeSection(0, 20);
        TableStyle::fitHeaderTexts(header);
        QCOMPARE(header->sectionSize(0), header->sectionSizeHint(0));
    }

    void stretchedLastColumnTakesRoomFromWideColumns()
    {
        QStandardItemModel model(1, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("Won amount in the quarter")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("x")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("y")));
        QTableView table;
        table.setModel(&model);
        TableStyle::apply(&table);
        QHeaderView *header = table.horizontalHeader();
        header->resizeSection(0, 150);
        header->resizeSection(1, 150);
        const int lastNeeds = header->sectionSizeHint(2);
        // The viewport leaves the last column 30 px short of its text.
        table.resize(300 + lastNeeds - 30 + 2 * table.frameWidth(), 200);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTRY_COMPARE(header->sectionSize(2), lastNeeds);
        // The first column gave the room: it stays wider than its text and its cell.
        QCOMPARE(header->sectionSize(0), 120);
        QCOMPARE(header->sectionSize(1), 150);
        QVERIFY(header->sectionSize(0) > std::max(header->sectionSizeHint(0),
                                                  static_cast<const QAbstractItemView &>(table).sizeHintForColumn(0)));
    }

    void columnsGiveNoMoreThanTheirSpareRoom()
    {
        QStandardItemModel model(1, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("Won amount in the quarter")});
        QTableView table;
        table.setModel(&model);
        TableStyle::apply(&table);
        QHeaderView *header = table.horizontalHeader();
        const int firstNeeds =
            std::max(header->sectionSizeHint(0), static_cast<const QAbstractItemView &>(table).sizeHintForColumn(0));
        const int secondNeeds =
            std::max(header->sectionSizeHint(1), static_cast<const QAbstractItemView &>(table).sizeHintForColumn(1));
        header->resizeSection(0, firstNeeds + 10);
        header->resizeSection(1, secondNeeds + 10);
        const int lastNeeds = header->sectionSizeHint(2);
        // 50 px short: the two columns have 20 px to give; the last column still widens to its
        // text, past the viewport (the table scrolls by the 30 px left).
        table.resize(firstNeeds + secondNeeds + 20 + lastNeeds - 50 + 2 * table.frameWidth(), 200);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTRY_COMPARE(header->sectionSize(0), firstNeeds);
        QCOMPARE(header->sectionSize(1), secondNeeds);
        QCOMPARE(header->sectionSize(2), lastNeeds);
        QCOMPARE(header->length() - table.viewport()->width(), 30);
    }

    // A column the DM drags narrower than its text keeps that width when the data changes; a
    // column narrowed otherwise widens back to its text.
    void aColumnTheDmDraggedKeepsItsWidth()
    {
        QStandardItemModel model(1, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("Expansion pipeline amount"),
                                         QStringLiteral("Won amount in the quarter"), QStringLiteral("C")});
        QTableView table;
        table.setModel(&model);
        TableStyle::apply(&table);
        table.resize(900, 200);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QHeaderView *header = table.horizontalHeader();
        QTRY_COMPARE(header->sectionSize(0), header->sectionSizeHint(0));
        QVERIFY(header->sectionSizeHint(0) > 60);

        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        header->resizeSection(0, 40); // as the DM's drag does, the button down
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        header->resizeSection(1, 40); // not a drag
        model.setHeaderData(2, Qt::Horizontal, QStringLiteral("D"));
        QTRY_COMPARE(header->sectionSize(1), header->sectionSizeHint(1));
        QCOMPARE(header->sectionSize(0), 40);
    }
};

QTEST_MAIN(TestTableStyle)
#include "tst_ui_tablestyle.moc"
