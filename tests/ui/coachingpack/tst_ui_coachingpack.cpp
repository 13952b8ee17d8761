// The coaching pack in the window, on the demo district (as a DM saw it for issue #16): its
// numbers read as the cockpit's tiles, the MEDDPICC matrix shows every column at the window's
// default size and fills the width, an empty belief stack says why, and saving the note says
// when it was saved.
//
// Demo facts used (dmcockpit demo, as of 2026-12-07, Q4 FY2026, Boston): Henry Xu (R005) has no
// Commit deal closing in the quarter (cockpit: commit 0), so no belief stack; Priya Garcia (R001)
// has Commit 148,500, so a stack of six beliefs, none rated in a new demo.
#include "BeliefModel.h"
#include "MeddpiccMatrixModel.h"
#include "PackNumbersModel.h"
#include "Workspace.h"
#include "demo/DemoDatabase.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "views/CoachingPackView.h"
#include "views/CockpitView.h"
#include "views/KpiTile.h"
#include "window/MainWindow.h"
#include "window/ViewDock.h"
#include "workspace/DmActions.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;
using namespace dmc::ui;

namespace {

const QString HenryXu = QStringLiteral("R005");
const QString PriyaGarcia = QStringLiteral("R001");

} // namespace

class TestUiCoachingPack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    Workspace *workspace() const { return m_window->workspace(); }
    CoachingPackView *pack() const
    {
        return qobject_cast<CoachingPackView *>(m_window->dock(DockId::CoachingPack)->content());
    }

    bool showPackOf(const QString &rep)
    {
        QSignalSpy packs(workspace(), &Workspace::packChanged);
        workspace()->setPackRep(rep);
        while (workspace()->pack().repId != rep)
            if (!packs.wait(15000))
                return false;
        return true;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_coachingpack"));
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        {
            auto database = Database::open(m_path);
            QVERIFY(database.ok());
            QVERIFY(DemoDatabase::create(**database, DemoOptions{}).ok());
        }
        m_window = std::make_unique<MainWindow>();
        // The window's default size (MainWindow's constructor), not maximized: the offscreen
        // screen is 800x600, and a maximized window there is only as wide as its minimum, which
        // depends on the views built so far.
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1500, 920);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy results(workspace(), &Workspace::resultsChanged);
        QVERIFY(m_window->openDatabase(m_path));
        QVERIFY(results.wait(20000));
        workspace()->setScope(QStringLiteral("district:Boston"));
        m_window->dock(DockId::CoachingPack)->show();
        m_window->dock(DockId::CoachingPack)->raise();
        QVERIFY(pack());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    // The numbers table writes what the cockpit's tiles write for the rep.
    void numbersReadAsTheCockpitTiles()
    {
        QVERIFY(showPackOf(HenryXu));
        PackNumbersModel *numbers = pack()->numbersModel();
        QCOMPARE(numbers->rowCount(), 8);
        QCOMPARE(numbers->headerData(PackNumbersModel::Change, Qt::Horizontal).toString(),
                 QStringLiteral("Change since %1")
                     .arg(Translations::locale().toString(QDate(2026, 11, 30), QLocale::ShortFormat)));

        QSignalSpy results(workspace(), &Workspace::resultsChanged);
        workspace()->setScope(QStringLiteral("rep:") + HenryXu);
        QVERIFY(results.wait(15000));
        auto *cockpit = qobject_cast<CockpitView *>(m_window->dock(DockId::Cockpit)->content());
        QVERIFY(cockpit);
        const QList<std::pair<int, CockpitView::Tile>> rows{{0, CockpitView::Tile::Quota},
                                                            {1, CockpitView::Tile::Won},
                                                            {2, CockpitView::Tile::Commit},
                                                            {3, CockpitView::Tile::BestCase},
                                                            {4, CockpitView::Tile::Pipeline},
                                                            {5, CockpitView::Tile::Gap},
                                                            {6, CockpitView::Tile::Coverage},
                                                            {7, CockpitView::Tile::RunRate}};
        for (const auto &[row, tile] : rows)
            QCOMPARE(numbers->index(row, PackNumbersModel::Value).data().toString(), cockpit->tile(tile)->value());
        // Henry Xu's quota is 685,000 and his pipeline 520,260.87 (`dmcockpit cockpit`).
        QCOMPARE(numbers->index(0, PackNumbersModel::Value).data().toString(), QStringLiteral("$685K"));
        QCOMPARE(numbers->index(4, PackNumbersModel::Value).data().toString(), QStringLiteral("$520K"));
        workspace()->setScope(QStringLiteral("district:Boston"));
    }

    // At the window's default size the matrix shows its eleven columns without scrolling and
    // spans the pack's width (no blank area beside it).
    void matrixUsesTheWidth()
    {
        QVERIFY(showPackOf(HenryXu));
        QTableView *matrix = pack()->matrixTable();
        QCOMPARE(matrix->model()->columnCount(), MeddpiccMatrixModel::ColumnCount);
        QTRY_VERIFY(matrix->isVisible());
        QCOMPARE(matrix->horizontalScrollBar()->maximum(), 0);
        const QHeaderView *header = matrix->horizontalHeader();
        for (int column = 0; column < MeddpiccMatrixModel::ColumnCount; ++column) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= matrix->viewport()->width(), qPrintable(QString::number(column)));
            const QString head = matrix->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(head),
                     qPrintable(head)); // the head is not cut
        }
        QCOMPARE(matrix->model()->headerData(MeddpiccMatrixModel::FirstElement + 1, Qt::Horizontal).toString(),
                 QStringLiteral("EB"));
        QCOMPARE(matrix->model()
                     ->headerData(MeddpiccMatrixModel::FirstElement + 1, Qt::Horizontal, Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Economic buyer"));
        // The matrix spans the page: from the page's left margin to its right one.
        const QWidget *page = matrix->parentWidget();
        QVERIFY2(matrix->width() >= page->width() - 40,
                 qPrintable(QStringLiteral("%1 of %2").arg(matrix->width()).arg(page->width())));
    }

    void emptyBeliefStackSaysWhy()
    {
        QVERIFY(showPackOf(HenryXu));
        QVERIFY(workspace()->pack().beliefStacks.empty());
        QCOMPARE(pack()->beliefStatus(),
                 QStringLiteral("No belief stack: Henry Xu has no Commit deals closing in Q4 FY2026. A stack lists "
                                "six beliefs for each of the rep's three largest Commit deals of the period."));
        QVERIFY(!pack()->dealPicker()->isVisible());

        QVERIFY(showPackOf(PriyaGarcia));
        QVERIFY(!workspace()->pack().beliefStacks.empty());
        QTRY_VERIFY(pack()->dealPicker()->isVisible());
        QCOMPARE(pack()->beliefStatus(),
                 QStringLiteral("No belief of this deal is rated yet; ratings go in the DM rating column."));
        QVERIFY(pack()->beliefModel()->setData(pack()->beliefModel()->index(0, BeliefModel::Rating),
                                               QStringLiteral("mostly_proven")));
        QCOMPARE(pack()->beliefStatus(), QStringLiteral("1 of 6 beliefs rated."));
    }

    // The plays part shows what the pack's documents show (tests/cli/golden/expected/pack-R004.md):
    // the summary lines, then one line per listed deal with its stage and what is not done.
    void playsPartAsInTheDocuments()
    {
        QVERIFY(showPackOf(QStringLiteral("R004")));
        auto *plays = pack()->findChild<QLabel *>(QStringLiteral("PackPlays"));
        QVERIFY(plays);
        QTRY_VERIFY(plays->isVisible());
        const QStringList lines = plays->text().split(u'\n');
        QCOMPARE(lines.size(), 7); // 4 summary lines, 3 deals
        QCOMPARE(lines[1],
                 QStringLiteral("Regulated industries: 5 eligible deals; 4 with every step due by their "
                                "stage done (80%)."));
        QCOMPARE(lines[4],
                 QStringLiteral("Falcon Utilities - Analytics add-on \u00b7 Proposal \u00b7 compliance "
                                "artifacts not started at the stage: ISO 27001: not started, Discovery "
                                "entered 2026-11-03 \u00b7 tasks past due: Partner quote received "
                                "(Partner, due 2026-11-28)"));
    }

    // Typing says the note is not saved yet; Save notes stores it and says at what time.
    void savingTheNoteSaysWhen()
    {
        QVERIFY(showPackOf(PriyaGarcia));
        QPlainTextEdit *note = pack()->noteEditor();
        auto *save = pack()->findChild<QPushButton *>(QStringLiteral("SavePackNote"));
        QVERIFY(save);
        QCOMPARE(pack()->noteStatus(), QString());
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Mutual plan for Falcon by Friday"));
        QCOMPARE(pack()->noteStatus(), QStringLiteral("Edited, not saved yet."));

        const auto savedAt = [](const QTime &time) -> QString {
            return QStringLiteral("Saved ") + Translations::locale().toString(time, QLocale::ShortFormat);
        };
        const QTime before = QTime::currentTime();
        QTest::mouseClick(save, Qt::LeftButton);
        const QTime after = QTime::currentTime();
        const QString status = pack()->noteStatus();
        QVERIFY2(status == savedAt(before) || status == savedAt(after), qPrintable(status));
        QCOMPARE(workspace()->coachingNote(), QStringLiteral("Mutual plan for Falcon by Friday"));

        // Saving again without a change keeps the line; another rep starts without one.
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(pack()->noteStatus(), status);
        QVERIFY(showPackOf(HenryXu));
        QCOMPARE(pack()->noteStatus(), QString());
        QVERIFY(showPackOf(PriyaGarcia));
        QCOMPARE(note->toPlainText(), QStringLiteral("Mutual plan for Falcon by Friday"));
    }
};

QTEST_MAIN(TestUiCoachingPack)
#include "tst_ui_coachingpack.moc"
