// The Plays and partners dock on tests/fixtures/plays (values by hand in its README): every model
// passes QAbstractItemModelTester; the with / without table shows n below the threshold, the SLED
// play 2 of 4 with d1's missing step, the compliance matrix d1's late SOC 2, the tasks d2's chain of
// three under the task each waits for; a deal row selects the deal; a language switch rewrites the
// cells in Russian.
#include "ComplianceMatrixModel.h"
#include "DealTaskModel.h"
#include "Format.h"
#include "PlayDealModel.h"
#include "PlayModel.h"
#include "RoleTaskModel.h"
#include "WithWithoutModel.h"
#include "Workspace.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"
#include "views/PlaysPartnersView.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmc;
using namespace dmc::ui;

class TestUiPlays : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QString cell(const QAbstractItemModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        m_path = m_dir.filePath(QStringLiteral("plays.db"));
        auto database = Database::open(m_path);
        QVERIFY(database.ok());
        auto profile = ImportProfile::load(QStringLiteral("canonical"));
        QVERIFY(profile.ok());
        auto report = Importer(**database, std::move(profile.value()))
                          .run({QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/plays")});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
    }

    void dockShowsTheFixture()
    {
        Workspace workspace;
        QSignalSpy built(&workspace, &Workspace::pocsAndPlaysChanged);
        QSignalSpy selected(&workspace, &Workspace::dealSelected);
        QVERIFY(workspace.open(m_path).ok());
        QVERIFY(built.wait(15000));
        PlaysPartnersView view(&workspace);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model :
             std::initializer_list<QAbstractItemModel *>{view.withWithoutModel(), view.playModel(),
                                                         view.playDealModel(), view.complianceModel(),
                                                         view.roleTaskModel(), view.dealTaskModel()})
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(model,
                                                           QAbstractItemModelTester::FailureReportingMode::QtTest));
        QCOMPARE(workspace.asOf(), QDate(2026, 6, 15));
        QCOMPARE(view.tabs()->count(), 4);
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("Partners"));

        // With / without: Enterprise, SLED, all; the all row 1 decided with a partner, 2 without.
        const WithWithoutModel &withWithout = *view.withWithoutModel();
        QCOMPARE(withWithout.rowCount(), 3);
        QCOMPARE(cell(withWithout, 2, WithWithoutModel::Segment), QStringLiteral("All segments"));
        QCOMPARE(cell(withWithout, 2, WithWithoutModel::WinRateWith), QStringLiteral("n = 1"));
        QCOMPARE(cell(withWithout, 2, WithWithoutModel::WinRateWithout), QStringLiteral("n = 2"));

        // Plays by name; the first selected; SLED new logo 2 of 4.
        const PlayModel &plays = *view.playModel();
        QCOMPARE(plays.rowCount(), 2);
        QCOMPARE(cell(plays, 1, PlayModel::Play), QStringLiteral("SLED new logo"));
        QCOMPARE(cell(plays, 1, PlayModel::Eligible), QStringLiteral("4"));
        QCOMPARE(cell(plays, 1, PlayModel::Adherent), QStringLiteral("2"));
        QCOMPARE(cell(plays, 1, PlayModel::Adherence), QStringLiteral("50%"));
        QCOMPARE(cell(plays, 1, PlayModel::Partners),
                 QStringLiteral("Alpha Partners (4 in common), Gamma Systems (2 in common)"));
        view.playTable()->setCurrentIndex(plays.index(1, 0));
        // The deals with a missing step first: d1 (s2 by Proposal), d5 (s1 by Discovery), then d3, d4.
        const PlayDealModel &deals = *view.playDealModel();
        QCOMPARE(deals.rowCount(), 4);
        QCOMPARE(cell(deals, 0, PlayDealModel::Deal), QStringLiteral("d1 · Acme case system"));
        QCOMPARE(cell(deals, 0, PlayDealModel::Missing), QStringLiteral("Security review booked (by Proposal)"));
        QCOMPARE(cell(deals, 1, PlayDealModel::Missing), QStringLiteral("Mutual plan agreed (by Discovery)"));
        QCOMPARE(cell(deals, 2, PlayDealModel::Missing), QString());
        emit view.playDealTable()->activated(deals.index(0, 0));
        QCOMPARE(selected.count(), 1);

        // Compliance: deals d1, d2, d3, d4, d5; columns FedRAMP, VPAT, SOC 2.
        const ComplianceMatrixModel &matrix = *view.complianceModel();
        QCOMPARE(matrix.rowCount(), 5);
        QCOMPARE(matrix.columnCount(), 4);
        QCOMPARE(matrix.headerData(3, Qt::Horizontal).toString(), QStringLiteral("SOC 2"));
        QCOMPARE(cell(matrix, 0, 3),
                 QStringLiteral("Started after the stage · started ") + Format::date(QDate(2026, 5, 20)));
        QCOMPARE(cell(matrix, 0, 2),
                 QStringLiteral("Started in parallel · started ") + Format::date(QDate(2026, 4, 20)));
        QCOMPARE(cell(matrix, 4, 2), QStringLiteral("Not started at the stage"));
        QCOMPARE(cell(matrix, 0, 1), QString()); // d1 has no FedRAMP row and no play requires it

        // Tasks: per role; AE's longest chain the three on d2.
        const RoleTaskModel &roles = *view.roleTaskModel();
        QCOMPARE(roles.rowCount(), 4);
        QCOMPARE(cell(roles, 0, RoleTaskModel::Role), QStringLiteral("AE"));
        QCOMPARE(cell(roles, 1, RoleTaskModel::Overdue), QStringLiteral("1"));
        QCOMPARE(cell(roles, 0, RoleTaskModel::Chain),
                 QStringLiteral("d2: 3 open tasks in a row, the last due 2026-08-05, 5 days after the close date "
                                "2026-07-31"));
        // The dependency view: c0, then c1 under it, c2 under c1, c3 under c2.
        const DealTaskModel &tasks = *view.dealTaskModel();
        QCOMPARE(tasks.rowCount(), 13);
        int c0 = -1;
        for (int row = 0; row < tasks.rowCount(); ++row)
            if (cell(tasks, row, DealTaskModel::Task) == QLatin1String("Draft the onboarding plan"))
                c0 = row;
        QVERIFY(c0 >= 0);
        QCOMPARE(tasks.depthAt(c0 + 3), 3);
        QCOMPARE(cell(tasks, c0 + 3, DealTaskModel::Task), QStringLiteral("         ↳ Send the proposal"));
        QCOMPARE(cell(tasks, c0 + 1, DealTaskModel::State), QStringLiteral("Open"));
        QCOMPARE(cell(tasks, c0, DealTaskModel::State), QStringLiteral("Done"));

        // Russian.
        QVERIFY(Translations::install(QStringLiteral("ru")));
        workspace.retranslate();
        QVERIFY(built.wait(15000));
        QCOMPARE(view.tabs()->tabText(1), QStringLiteral("Сценарии"));
        QCOMPARE(cell(withWithout, 2, WithWithoutModel::Segment), QStringLiteral("Все сегменты"));
        QCOMPARE(cell(matrix, 4, 2), QStringLiteral("Не начат к этапу"));
        QVERIFY(Translations::install(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestUiPlays)
#include "tst_ui_plays.moc"
