// The Stage labels dialog (View > Stage labels...): a row per stage of the database with the
// labels a new database starts with (store/DefaultTermLabels: Negotiation reads «Переговоры»),
// an edited cell comes back as the label to save, an emptied one as a removal, and a read-only
// database offers no editing.
#include "dialogs/StageLabelsDialog.h"
#include "i18n/Translations.h"
#include "store/DefaultTermLabels.h"

#include <QTableWidget>
#include <QTest>

using namespace dmc;
using namespace dmc::ui;

namespace {

const QStringList Ladder{QStringLiteral("Lead"), QStringLiteral("Negotiation"), QStringLiteral("Pilot")};

QString labelOf(const std::vector<TermLabel> &labels, const QString &term, const QString &language)
{
    for (const TermLabel &label : labels)
        if (label.term == term && label.language == language)
            return label.label;
    return QStringLiteral("<absent>");
}

} // namespace

class TestStageLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void showsAndReturnsTheLabels()
    {
        StageLabelsDialog dialog(Ladder, defaultTermLabels(), true);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("StageLabelsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Label in Russian"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Negotiation"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Переговоры"));
        QCOMPARE(table->item(1, 2)->text(), QString());
        QCOMPARE(table->item(2, 1)->text(), QString()); // Pilot: not a shipped stage
        QVERIFY(!(table->item(1, 0)->flags() & Qt::ItemIsEditable));
        QVERIFY(table->item(1, 1)->flags() & Qt::ItemIsEditable);

        table->item(1, 1)->setText(QStringLiteral(" Торг "));
        table->item(0, 1)->setText(QString());
        table->item(2, 2)->setText(QStringLiteral("Pilot project"));
        const std::vector<TermLabel> labels = dialog.labels();
        QCOMPARE(labels.size(), size_t(6)); // 3 stages x (ru, en)
        QCOMPARE(labelOf(labels, QStringLiteral("Negotiation"), QStringLiteral("ru")), QStringLiteral("Торг"));
        QCOMPARE(labelOf(labels, QStringLiteral("Lead"), QStringLiteral("ru")), QString());
        QCOMPARE(labelOf(labels, QStringLiteral("Pilot"), QStringLiteral("en")), QStringLiteral("Pilot project"));
        QCOMPARE(labels.front().kind, QStringLiteral("stage"));
    }

    void aReadOnlyDatabaseOffersNoEditing()
    {
        StageLabelsDialog dialog(Ladder, defaultTermLabels(), false);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("StageLabelsTable"));
        QVERIFY(table);
        QVERIFY(!(table->item(1, 1)->flags() & Qt::ItemIsEditable));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Переговоры"));
    }
};

QTEST_MAIN(TestStageLabels)
#include "tst_ui_stagelabels.moc"
